import type { Catalog } from './en.js';

const catalogs = new Map<string, Catalog>();

/** Adds (or replaces) a language's catalog, e.g. one loaded on demand. */
export function registerCatalog(language: string, catalog: Catalog): void {
  catalogs.set(language.toLowerCase(), catalog);
}

/** `fr-CA` → `fr`: the registered language for a locale, or `en`. */
export function resolveLanguage(locale: string | undefined | null): string {
  if (!locale) return 'en';
  const lower = locale.toLowerCase();
  if (catalogs.has(lower)) return lower;
  const language = lower.split(/[-_]/)[0] ?? '';
  return catalogs.has(language) ? language : 'en';
}

/**
 * The strings for a locale, falling back to `english` for an unregistered language and for any
 * key a registered catalog lacks (one registered at run time, e.g. from JSON, may lack keys the
 * types promise). Each element passes only its own English strings, so a page with one element
 * carries only that element's strings.
 */
export function catalogFor<T extends object>(locale: string | undefined | null, english: T): T {
  const catalog = catalogs.get(resolveLanguage(locale));
  if (!catalog) return english;
  return new Proxy(catalog, {
    get: (target, key: string) => (target as Record<string, unknown>)[key] ?? (english as Record<string, unknown>)[key],
  }) as unknown as T;
}
