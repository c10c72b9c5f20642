import { catalogFor, registerCatalog, resolveLanguage } from './catalogs.js';
import { en, type Catalog, type MessageKey } from './en.js';

export { en, catalogFor, registerCatalog, resolveLanguage, type Catalog, type MessageKey };
// Each element's English strings, for `catalogFor`.
export { common as commonMessages } from './en/common.js';
export { quiz as quizMessages } from './en/quiz.js';
export { checklist as checklistMessages } from './en/checklist.js';
export { stepper as stepperMessages } from './en/stepper.js';

/** The catalog for a locale, falling back to English for the language and for any missing key. */
export function messagesFor(locale: string | undefined | null): Catalog {
  return catalogFor(locale, en);
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
