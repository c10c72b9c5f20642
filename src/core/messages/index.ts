import { en, type Catalog, type MessageKey } from './en.js';

export { en, type Catalog, type MessageKey };

const catalogs = new Map<string, Catalog>([['en', en]]);

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

/** The catalog for a locale, falling back to English for the language and for any missing key. */
export function messagesFor(locale: string | undefined | null): Catalog {
  const catalog = catalogs.get(resolveLanguage(locale)) ?? en;
  if (catalog === en) return en;
  // A catalog registered at run time (e.g. JSON) may lack keys the types promise.
  return new Proxy(catalog, {
    get: (target, key: string) => (target as Record<string, unknown>)[key] ?? (en as Record<string, unknown>)[key],
  });
}

/** Looks up one message. */
export function message<K extends MessageKey>(
  locale: string | undefined | null,
  key: K,
  ...args: Catalog[K] extends (...a: infer A) => string ? A : []
): string {
  const value = messagesFor(locale)[key] as unknown;
  return typeof value === 'function' ? (value as (...a: unknown[]) => string)(...args) : String(value);
}
