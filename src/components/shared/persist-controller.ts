import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createStore,
  restoreProgress,
  serializeProgress,
  type DefinitionKind,
  type ProgressDataByKind,
  type RestoreResult,
  type StorageProblem,
  type Store,
} from '../../core/index.js';

export type PersistMode = 'session' | 'local';

type Host = ReactiveControllerHost & HTMLElement;

/** Reads the `persist` attribute's value: only `session` and `local` turn storage on. */
export function persistMode(value: string | null | undefined): PersistMode | null {
  return value === 'session' || value === 'local' ? value : null;
}

/**
 * Saves and restores an element's progress. Nothing is stored unless a mode is set; storage
 * that fails degrades to memory and `problem` says so, so the element can tell the reader.
 */
export class PersistController<K extends DefinitionKind> implements ReactiveController {
  private store: Store | null = null;
  private storeMode: PersistMode | null = null;

  constructor(
    private readonly host: Host,
    private readonly options: { kind: K; mode: () => PersistMode | null; key: () => string | null | undefined },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get mode(): PersistMode | null {
    return this.options.mode();
  }

  /** Why progress is not being saved, when storage was asked for and failed. */
  get problem(): StorageProblem | null {
    const store = this.ensure();
    return store && store.kind === 'memory' && store.problem !== 'corrupt' ? store.problem : null;
  }

  /** The storage key: one per element kind and definition, or the host's `persist-key`. */
  storageKey(definitionId: string): string {
    const custom = this.options.key();
    return `recipro:${this.options.kind}:${custom ? `key:${custom}` : definitionId}`;
  }

  private ensure(): Store | null {
    const mode = this.mode;
    if (mode !== this.storeMode) {
      this.storeMode = mode;
      this.store = mode ? createStore(mode) : null;
    }
    return this.store;
  }

  restore(definitionId: string): RestoreResult<K> {
    const store = this.ensure();
    if (!store) return { status: 'empty', progress: null };
    const key = this.storageKey(definitionId);
    const result = restoreProgress(store.get(key), { kind: this.options.kind, definitionId });
    // Unreadable, expired or foreign records are removed quietly: the reader starts fresh.
    if (!result.progress && result.status !== 'empty') store.remove(key);
    return result;
  }

  save(definition: { id: string; version: string }, data: ProgressDataByKind[K]): void {
    const store = this.ensure();
    if (!store) return;
    store.set(this.storageKey(definition.id), serializeProgress(this.options.kind, definition, data));
    this.host.requestUpdate();
  }

  /** Whether anything is stored for this definition. */
  has(definitionId: string): boolean {
    const store = this.ensure();
    return !!store && store.get(this.storageKey(definitionId)) !== null;
  }

  clear(definitionId: string): void {
    this.ensure()?.remove(this.storageKey(definitionId));
    this.host.requestUpdate();
  }
}
