import type { LocalePack } from './types.js';
import { isLocaleLoaded, registerLocale } from './registry.js';

/** The languages the library speaks. English is built in; the others load on demand as chunks. */
export const LANGUAGES = ['en', 'fr', 'hi', 'ar'] as const;

const loaders: Record<string, () => Promise<{ default: LocalePack }>> = {
  fr: () => import('./fr/index.js'),
  hi: () => import('./hi/index.js'),
  ar: () => import('./ar/index.js'),
};

/** `fr-CA` → `fr`; a language the library does not speak → `en`. */
export function supportedLanguage(locale: string | null | undefined): string {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(language) ? language : 'en';
}

const pending = new Map<string, Promise<boolean>>();

/** Loads a language once; resolves false (and English is used) when it cannot be loaded. */
export function loadLanguage(language: string): Promise<boolean> {
  if (isLocaleLoaded(language)) return Promise.resolve(true);
  const loader = loaders[language];
  if (!loader) return Promise.resolve(false);
  let promise = pending.get(language);
  if (!promise) {
    promise = loader().then(
      (module) => {
        registerLocale(module.default);
        return true;
      },
      () => {
        pending.delete(language); // offline: a later update tries again
        return false;
      },
    );
    pending.set(language, promise);
  }
  return promise;
}
