import type * as z from 'zod/mini';

type ZodLocale = { default: () => { localeError: z.core.$ZodErrorMap } };

/**
 * The languages zod itself speaks among ours: each is a chunk of its own, loaded only when needed.
 * (The English-only classic script replaces this module: see `englishOnly` in rollup.config.mjs.)
 */
const zodLocales: Record<string, () => Promise<ZodLocale>> = {
  fr: () => import('zod/v4/locales/fr.js'),
  hi: () => import('zod/v4/locales/hi.js'),
  ar: () => import('zod/v4/locales/ar.js'),
};

/**
 * zod's error messages in `language` (`fr`, `hi`, `ar`), for `parseDefinition`'s `zodMessages`.
 * Undefined for English, a language zod does not speak, or when they cannot be loaded (offline).
 */
export async function zodMessagesFor(language: string): Promise<z.core.$ZodErrorMap | undefined> {
  const load = Object.hasOwn(zodLocales, language) ? zodLocales[language] : undefined;
  return load?.().then(
    (locale) => locale.default().localeError,
    () => undefined,
  );
}
