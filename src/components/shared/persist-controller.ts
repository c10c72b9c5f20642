import type { ReactiveControllerHost } from 'lit';
import { onceEach } from '../../load-once.js';
import type { DefinitionKind, ProgressDataByKind, RestoreResult, StorageProblem, Store } from '../../core/index.js';

export type PersistMode = 'session' | 'local';

type Host = ReactiveControllerHost & HTMLElement;
type StorageCode = typeof import('./persist-storage.js');

/** Reads the `persist` attribute's value: only `session` and `local` turn storage on. */
export function persistMode(value: string | null | undefined): PersistMode | null {
  return value === 'session' || value === 'local' ? value : null;
}

let storageCode: StorageCode | undefined;
const loadOnce = onceEach<StorageCode>();

/** The storage code, loaded once; undefined when it could not be loaded (offline). */
async function loadStorageCode(): Promise<StorageCode | undefined> {
  return (storageCode ??= await loadOnce('storage', () => import('./persist-storage.js')));
}

/**
 * Saves and restores an element's progress. Nothing is stored unless a mode is set; storage
 * that fails degrades to memory and `problem` says so, so the element can tell the reader.
 *
 * The storage code loads only for an element that keeps progress: `prepare` (called before a
 * definition is shown) waits for it, so `restore` can answer at once; a reader who opts in later
 * has their first save wait for it.
 */
export class PersistController<K extends DefinitionKind> {
  private store: Store | null = null;
  private storeMode: PersistMode | null = null;
  private unavailable = false;
  /** Resolves once a pending load of the storage code (and the save waiting for it) is done. */
  settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: Host,
    private readonly options: {
      kind: K;
      mode: () => PersistMode | null;
      key: () => string | null | undefined;
      /** The reader can opt in (the stepper): a record they left in `localStorage` counts even with no mode set. */
      readerOptIn?: boolean;
    },
  ) {}

  get mode(): PersistMode | null {
    return this.options.mode();
  }

  /**
   * Why progress is not being saved, when storage was asked for and failed. Reading it touches no
   * storage: it reports on the store that restoring or saving created.
   */
  get problem(): StorageProblem | null {
    if (!this.mode) return null;
    if (this.unavailable && !storageCode) return 'unavailable';
    const store = this.mode === this.storeMode ? this.store : null;
    return store && store.kind === 'memory' ? store.problem : null;
  }

  /** Whether the reader kept a record in `localStorage` on an earlier visit. Reads only: nothing is written. */
  hasLocalRecord(definitionId: string): boolean {
    try {
      return globalThis.localStorage?.getItem(this.storageKey(definitionId)) != null;
    } catch {
      return false;
    }
  }

  /** The storage key: one per element kind and definition, or the host's `persist-key`. */
  storageKey(definitionId: string): string {
    const custom = this.options.key();
    return `recipro:${this.options.kind}:${custom ? `key:${custom}` : definitionId}`;
  }

  /** Before a definition is shown: a promise while the storage code it needs is loading, else nothing. */
  prepare(definitionId: string): Promise<void> | undefined {
    if (storageCode || !(this.mode || (this.options.readerOptIn && this.hasLocalRecord(definitionId))))
      return undefined;
    return (this.settled = this.load());
  }

  private async load(): Promise<void> {
    this.unavailable = !(await loadStorageCode());
    this.host.requestUpdate();
  }

  private ensure(): Store | null {
    const mode = this.mode;
    if (!storageCode) return null;
    if (mode !== this.storeMode) {
      this.storeMode = mode;
      this.store = mode ? storageCode.createStore(mode) : null;
    }
    return this.store;
  }

  restore(definitionId: string): RestoreResult<K> {
    const store = this.ensure();
    if (!store || !storageCode) return { status: 'empty', progress: null };
    const key = this.storageKey(definitionId);
    const result = storageCode.restoreProgress(store.get(key), { kind: this.options.kind, definitionId });
    // Unreadable, expired or foreign records are removed quietly: the reader starts fresh.
    if (!result.progress && result.status !== 'empty') store.remove(key);
    return result;
  }

  save(definition: { id: string; version: string }, data: ProgressDataByKind[K]): void {
    if (!this.mode) return;
    if (!storageCode) {
      // The reader opted in just now: save once the storage code is here.
      this.settled = this.load().then(() => (storageCode && this.mode ? this.save(definition, data) : undefined));
      return;
    }
    const store = this.ensure()!;
    store.set(this.storageKey(definition.id), storageCode.serializeProgress(this.options.kind, definition, data));
    this.host.requestUpdate();
  }

  /** Whether anything is stored for this definition. */
  has(definitionId: string): boolean {
    const store = this.ensure();
    return !!store && store.get(this.storageKey(definitionId)) !== null;
  }

  /** Forgets what is stored for a definition, in both storage areas (whichever an earlier visit used). */
  clear(definitionId: string): void {
    this.host.requestUpdate();
    const key = this.storageKey(definitionId);
    this.ensure()?.remove(key);
    // Without a mode, nothing was stored by this element (unless its reader opted in earlier).
    if (!this.mode && !this.options.readerOptIn) return;
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      try {
        globalThis[area]?.removeItem(key);
      } catch {
        /* blocked storage holds nothing of ours */
      }
    }
  }
}
