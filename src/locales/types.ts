import type { Catalog, Definition } from '../core/index.js';

/** Ids of the built-in packs; every language provides every one, with the same structure. */
export const PACK_IDS = [
  'reciprocity-balance',
  'romantic-signs',
  'one-sided-signs',
  'friendship-balance',
  'work-reciprocity',
  'trauma-and-reciprocity',
  'restore-steps',
  'recipro-steps',
] as const;
export type PackId = (typeof PACK_IDS)[number];

/** One language: its interface strings and its translation of every built-in pack. */
export interface LocalePack {
  /** BCP 47 language subtag, e.g. `fr`. */
  language: string;
  messages: Catalog;
  packs: Record<PackId, Definition>;
}

/** Each built-in pack of one language, loaded on demand. */
export type PackLoaders = Record<PackId, () => Promise<Definition>>;
