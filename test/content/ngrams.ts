/**
 * Word runs for the originality check. `scripts/source-ngrams.mjs` keeps a copy of `words`
 * and `fnv1a`: the two must stay identical (ngrams.test.ts pins both to fixed values).
 */

/** Length of the word runs that must not be shared with the source article. */
export const RUN = 7;

/** Lowercase words; curly apostrophes unified, apostrophes kept only inside words, dashes split. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
export function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Every run of `RUN` consecutive words of `text`, joined by single spaces. */
export function runs(text: string, length = RUN): string[] {
  const list = words(text);
  const out: string[] = [];
  for (let i = 0; i + length <= list.length; i++) out.push(list.slice(i, i + length).join(' '));
  return out;
}
