export type StorageKind = 'local' | 'session' | 'memory';

/** Why a store fell back to memory (unreadable saved progress is reported by `restoreProgress`). */
export type StorageProblem = 'unavailable' | 'blocked' | 'quota' | 'failed';

/** The subset of the Web Storage API the adapter uses; tests pass fakes that throw. */
export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/**
 * A key-value store that never throws. It uses localStorage or sessionStorage when they work;
 * blocked storage, quota errors and failures degrade to memory for the rest of the session,
 * and `problem` says why, so an element can tell the reader their progress is not being saved.
 */
export interface Store {
  readonly requested: StorageKind;
  /** Where values are kept now: `memory` after any failure. */
  readonly kind: StorageKind;
  readonly problem: StorageProblem | null;
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

function problemOf(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
  if (name === 'SecurityError') return 'blocked';
  return 'failed';
}

function backendFor(kind: StorageKind): { backend: StorageBackend | null; problem: StorageProblem | null } {
  if (kind === 'memory') return { backend: null, problem: null };
  try {
    const backend = (globalThis as Record<string, unknown>)[kind === 'local' ? 'localStorage' : 'sessionStorage'] as
      StorageBackend | undefined;
    if (!backend) return { backend: null, problem: 'unavailable' };
    // Some browsers expose storage that throws on first use (private modes, blocked cookies).
    const probe = '__recipro_probe__';
    backend.setItem(probe, '1');
    backend.removeItem(probe);
    return { backend, problem: null };
  } catch (error) {
    return { backend: null, problem: problemOf(error) };
  }
}

export function createStore(requested: StorageKind, options: { backend?: StorageBackend } = {}): Store {
  const memory = new Map<string, string>();
  const initial = options.backend !== undefined ? { backend: options.backend, problem: null } : backendFor(requested);
  let backend: StorageBackend | null = initial.backend;
  let problem: StorageProblem | null = initial.problem;

  const degrade = (error: unknown) => {
    // Keep what the backend held where we can, so nothing the reader did is lost.
    if (backend) {
      try {
        for (let i = 0; i < backend.length; i++) {
          const key = backend.key(i);
          if (key !== null && !memory.has(key)) {
            const value = backend.getItem(key);
            if (value !== null) memory.set(key, value);
          }
        }
      } catch {
        /* the backend is unreadable: memory holds what this session wrote */
      }
    }
    backend = null;
    problem = problemOf(error);
  };

  return {
    requested,
    get kind() {
      return backend ? requested : 'memory';
    },
    get problem() {
      return problem;
    },
    get(key) {
      if (backend) {
        try {
          return backend.getItem(key);
        } catch (error) {
          degrade(error);
        }
      }
      return memory.get(key) ?? null;
    },
    set(key, value) {
      memory.set(key, value);
      if (backend) {
        try {
          backend.setItem(key, value);
          return true;
        } catch (error) {
          degrade(error);
        }
      }
      return requested === 'memory';
    },
    remove(key) {
      memory.delete(key);
      if (backend) {
        try {
          backend.removeItem(key);
        } catch (error) {
          degrade(error);
        }
      }
    },
  };
}
