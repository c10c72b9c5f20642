import type { Definition } from '../core/index.js';
import { onceEach } from '../load-once.js';

/**
 * One kind's built-in packs, each loaded on its own when an element shows it, so a page downloads
 * only the pack it uses. Each kind's table of loaders stays in its own element's chunk (see
 * `registry.ts`); this is only the shelf they are kept on once loaded.
 */
export class PackShelf<D extends Definition> {
  /** The packs loaded (or provided) so far, by id. */
  readonly packs: Record<string, D> = {};
  private readonly loadOnce = onceEach<void>();

  /** `loaders`: one literal `import()` each, so that rollup makes each pack a chunk of its own. */
  constructor(readonly loaders: Readonly<Record<string, () => Promise<D>>>) {}

  /** Every built-in id of this kind, loaded or not. */
  get ids(): string[] {
    return Object.keys(this.loaders);
  }

  /** What an element's config takes to show these packs (see `ElementConfig`). */
  get presetOptions() {
    return { presets: this.packs, presetIds: this.ids, loadPreset: (id: string) => this.load(id) };
  }

  /** Makes a pack available without loading it (the script-tag build bundles the default checklist). */
  provide(pack: D): void {
    this.packs[pack.id] = pack;
  }

  /**
   * Loads one pack once; undefined when there is nothing to load (loaded already, or not a built-in
   * id: the element reports it). Offline, the promise still resolves and the element says the pack
   * could not be loaded; a later attempt retries.
   */
  load(id: string): Promise<void> | undefined {
    if (Object.hasOwn(this.packs, id) || !Object.hasOwn(this.loaders, id)) return undefined;
    return this.loadOnce(id, async () => this.provide(await this.loaders[id]!()));
  }
}
