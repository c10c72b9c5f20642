import type { Catalog } from '../core/index.js';
import type { PackLoaderTable, PackTable } from '../content/registry.js';

/* The built-in packs are declared once, in `src/content/registry.ts`: every language translates each one. */
export { PACK_IDS, type PackId } from '../content/registry.js';

/** One language: its interface strings and its translation of every built-in pack. */
export interface LocalePack {
  /** BCP 47 language subtag, e.g. `fr`. */
  language: string;
  messages: Catalog;
  /** Every built-in pack, each of the same kind as the English one: one missing fails type-checking. */
  packs: PackTable;
}

/** Each built-in pack of one language, loaded on demand (one missing fails type-checking). */
export type PackLoaders = PackLoaderTable;
