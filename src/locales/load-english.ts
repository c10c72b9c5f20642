// The classic-script build (`recipro.iife.js`) cannot load chunks, so it speaks English only:
// this module replaces `load.ts` there. The module build loads the other languages on demand.
export const LANGUAGES = ['en'] as const;

export function supportedLanguage(_locale: string | null | undefined): string {
  return 'en';
}

export function loadLanguage(language: string): Promise<boolean> {
  return Promise.resolve(language === 'en');
}
