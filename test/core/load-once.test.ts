import { expect } from '@open-wc/testing';
import { onceEach } from '../../src/load-once.js';

describe('onceEach', () => {
  it('runs a load once per key: callers share its promise', async () => {
    const loadOnce = onceEach<number>();
    let runs = 0;
    const load = async () => ++runs;
    const [a, b] = await Promise.all([loadOnce('x', load), loadOnce('x', load)]);
    expect([a, b, runs]).to.deep.equal([1, 1, 1]);
    expect(await loadOnce('y', load)).to.equal(2);
  });

  it('resolves a failure to undefined and forgets it, so the next call tries again (back online)', async () => {
    const loadOnce = onceEach<string>();
    let online = false;
    const load = async () => {
      if (!online) throw new Error('offline');
      return 'chunk';
    };
    expect(await loadOnce('x', load)).to.equal(undefined);
    online = true;
    expect(await loadOnce('x', load)).to.equal('chunk');
  });
});
