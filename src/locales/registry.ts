import { registerCatalog, type Catalog, type Definition } from '../core/index.js';
import { onceEach } from '../load-once.js';
import type { LocalePack, PackLoaders } from './types.js';

/** Languages whose interface strings are registered. */
const languages = new Set<string>();
/** Per language, the translated packs at hand and the loaders of the others. */
const packs = new Map<string, Record<string, Definition>>();
const loaders = new Map<string, Partial<PackLoaders>>();
const loadOnce = onceEach<void>();

/** Makes a language available at once: its interface strings and every translated pack. */
export function registerLocale(pack: LocalePack): void {
  registerLanguage(pack.language, pack.messages);
  Object.assign(packs.get(pack.language)!, pack.packs);
}

/** Makes a language's interface strings available; its packs load on demand through `packLoaders`. */
export function registerLanguage(language: string, messages: Catalog, packLoaders: Partial<PackLoaders> = {}): void {
  languages.add(language);
  registerCatalog(language, messages);
  if (!packs.has(language)) packs.set(language, {});
  loaders.set(language, { ...loaders.get(language), ...packLoaders });
}

export function isLocaleLoaded(language: string): boolean {
  return language === 'en' || languages.has(language);
}

/** A built-in pack in a language, if it is at hand (English packs live with each element). */
export function localizedPack(id: string, language: string): Definition | undefined {
  const found = packs.get(language);
  return found && Object.hasOwn(found, id) ? found[id] : undefined;
}

/**
 * Loads a built-in pack's translation, once. Undefined when there is nothing to load: the pack
 * is at hand, or the language (English included) has no translation of it. Resolves even when
 * the load fails (offline): the element then shows the English pack, and a later update retries.
 */
export function loadLocalizedPack(id: string, language: string): Promise<void> | undefined {
  const own = loaders.get(language);
  const loader = own && Object.hasOwn(own, id) ? own[id as keyof PackLoaders] : undefined;
  if (!loader || localizedPack(id, language)) return undefined;
  return loadOnce(`${language}:${id}`, async () => {
    packs.get(language)![id] = await loader();
  });
}
