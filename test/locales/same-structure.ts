import { expect } from '@open-wc/testing';

/** Keys whose string values are identifiers or data, not wording: they must match English exactly. */
export const IDENTITY_KEYS: ReadonlySet<string> = new Set([
  'id',
  'kind',
  'scale',
  'dimension',
  'score',
  'banding',
  // a banding's `when.bands` and the focus's `follow` name bands and bandings
  'bands',
  'follow',
  'of',
  'steps',
  'region',
  'phone',
  'url',
  'letter',
  'version',
  'order',
  'policy',
  'polarity',
  'defaultRelationship',
  '$schema',
]);

/**
 * Asserts that a translated definition has exactly the English one's structure: the same keys,
 * list lengths, numbers, booleans and identifiers; only wording differs (and must not be empty).
 * So the same answers give the same scores in every language.
 */
export function expectSameStructure(translated: unknown, english: unknown, language: string, path = ''): void {
  if (Array.isArray(english)) {
    expect(translated, path).to.be.an('array');
    expect((translated as unknown[]).length, `${path}: list length`).to.equal(english.length);
    english.forEach((item, i) => expectSameStructure((translated as unknown[])[i], item, language, `${path}[${i}]`));
    return;
  }
  if (english !== null && typeof english === 'object') {
    expect(translated, path).to.be.an('object');
    const keys = Object.keys(english as object).filter((k) => k !== 'locale');
    expect(
      Object.keys(translated as object)
        .filter((k) => k !== 'locale')
        .sort(),
      `${path}: keys`,
    ).to.deep.equal([...keys].sort());
    for (const key of keys) {
      const at = path ? `${path}.${key}` : key;
      const a = (translated as Record<string, unknown>)[key];
      const b = (english as Record<string, unknown>)[key];
      if (typeof b === 'string' && IDENTITY_KEYS.has(key)) expect(a, at).to.equal(b);
      // Lists of ids (a band's `steps`, a score's `of`) match exactly; lists of objects (a quiz's
      // `steps`) are compared in depth.
      else if (Array.isArray(b) && IDENTITY_KEYS.has(key) && b.every((x) => typeof x === 'string'))
        expect(a, at).to.deep.equal(b);
      else expectSameStructure(a, b, language, at);
    }
    return;
  }
  if (typeof english === 'string') {
    expect(translated, path).to.be.a('string');
    expect((translated as string).trim(), `${path}: empty translation`).to.not.equal('');
    return;
  }
  expect(translated, path).to.equal(english);
}
