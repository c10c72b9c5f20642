import { expect } from '@open-wc/testing';
import { createStore, type StorageBackend } from '../../src/core/index.js';

class FakeStorage implements StorageBackend {
  data = new Map<string, string>();
  failOn: { get?: Error; set?: Error; remove?: Error } = {};
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.failOn.get) throw this.failOn.get;
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failOn.set) throw this.failOn.set;
    this.data.set(k, v);
  }
  removeItem(k: string) {
    if (this.failOn.remove) throw this.failOn.remove;
    this.data.delete(k);
  }
}

const domError = (name: string) => Object.assign(new Error(name), { name });

describe('createStore', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('writes to localStorage and sessionStorage', () => {
    createStore('local').set('recipro:a', '1');
    createStore('session').set('recipro:b', '2');
    expect(localStorage.getItem('recipro:a')).to.equal('1');
    expect(sessionStorage.getItem('recipro:b')).to.equal('2');
  });

  it('keeps memory stores off the page storage', () => {
    const store = createStore('memory');
    expect(store.set('recipro:a', '1')).to.equal(true);
    expect(store.get('recipro:a')).to.equal('1');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('degrades to memory on a quota error and keeps the value', () => {
    const backend = new FakeStorage();
    const store = createStore('local', { backend });
    backend.failOn.set = domError('QuotaExceededError');
    expect(store.set('k', 'v')).to.equal(false);
    expect(store.kind).to.equal('memory');
    expect(store.problem).to.equal('quota');
    expect(store.get('k')).to.equal('v');
  });

  it('degrades to memory when reads are blocked, keeping what was written', () => {
    const backend = new FakeStorage();
    const store = createStore('local', { backend });
    store.set('k', 'v');
    backend.failOn.get = domError('SecurityError');
    expect(store.get('k')).to.equal('v');
    expect(store.problem).to.equal('blocked');
  });

  it('reports storage that is unavailable', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw domError('SecurityError');
      },
    });
    try {
      const store = createStore('local');
      expect(store.kind).to.equal('memory');
      expect(store.problem).to.equal('blocked');
      expect(store.set('k', 'v')).to.equal(false);
      expect(store.get('k')).to.equal('v');
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('removes a key from the backend, leaving the others', () => {
    const store = createStore('local');
    store.set('recipro:a', '1');
    store.set('recipro:b', '2');
    store.remove('recipro:a');
    expect(localStorage.getItem('recipro:a')).to.equal(null);
    expect(store.get('recipro:a')).to.equal(null);
    expect(localStorage.getItem('recipro:b')).to.equal('2');
  });
});
