import type { Catalog } from '../core/index.js';
import type { PackLoaders } from './types.js';
import { onceEach } from '../load-once.js';
import { isLocaleLoaded, registerLanguage } from './registry.js';

/** The languages the library speaks. English is built in; the others load on demand as chunks. */
export const LANGUAGES = ['en', 'fr', 'hi', 'ar'] as const;

/** Each language's interface strings, with loaders for its packs (each pack loads when shown). */
const loaders: Record<string, () => Promise<{ messages: Catalog; packs: PackLoaders }>> = {
  fr: () => import('./fr/on-demand.js'),
  hi: () => import('./hi/on-demand.js'),
  ar: () => import('./ar/on-demand.js'),
};

/** `fr-CA` → `fr`; a language neither built in nor registered by the page → `en`. */
export function supportedLanguage(locale: string | null | undefined): string {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(language) || isLocaleLoaded(language) ? language : 'en';
}

const loadOnce = onceEach<true>();

/** Loads a language's interface strings once; resolves false (and English is used) when they cannot be loaded. */
export function loadLanguage(language: string): Promise<boolean> {
  if (isLocaleLoaded(language)) return Promise.resolve(true);
  const loader = loaders[language];
  if (!loader) return Promise.resolve(false);
  return loadOnce(language, async () => {
    const module = await loader();
    registerLanguage(language, module.messages, module.packs);
    return true as const;
  }).then((ok) => ok ?? false); // offline: English for now, a later update tries again
}
