import { registerCatalog, type Definition } from '../core/index.js';
import type { LocalePack } from './types.js';

const loaded = new Map<string, LocalePack>();

/** Makes a language available: its interface strings and its translated packs. */
export function registerLocale(pack: LocalePack): void {
  loaded.set(pack.language, pack);
  registerCatalog(pack.language, pack.messages);
}

export function isLocaleLoaded(language: string): boolean {
  return language === 'en' || loaded.has(language);
}

/** A built-in pack in a loaded language, or undefined (English packs live with each element). */
export function localizedPack(id: string, language: string): Definition | undefined {
  return (loaded.get(language)?.packs as Record<string, Definition> | undefined)?.[id];
}
