import type { Region } from './constants.js';

/** Country subtags of the regions whose support services the packs list. */
const BY_COUNTRY: Readonly<Record<string, Region>> = {
  us: 'us',
  in: 'in',
  gb: 'uk',
  au: 'au',
  ca: 'ca',
  ae: 'ae',
  fr: 'fr',
};

/** Languages spoken mostly in one of those regions: the region when the locale names no country. */
const BY_LANGUAGE: Readonly<Record<string, Region>> = { hi: 'in' };

/**
 * The region whose support services a reader most likely needs, from their locale (`en-GB` → `uk`,
 * `hi` → `in`, `fr-CA` → `ca`); null when the locale does not say (`en`, `fr`, `ar`). Used to list
 * that region's helplines first when the page sets no `culture`.
 */
export function regionOf(locale: string | null | undefined): Region | null {
  const [language = '', ...rest] = (locale ?? '').toLowerCase().split(/[-_]/);
  const country = rest.find((part) => /^[a-z]{2}$/.test(part));
  if (country && Object.hasOwn(BY_COUNTRY, country)) return BY_COUNTRY[country]!;
  return Object.hasOwn(BY_LANGUAGE, language) ? BY_LANGUAGE[language]! : null;
}
