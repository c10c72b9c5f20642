import { expect } from '@open-wc/testing';
import { presets } from '../../src/content/index.js';
import { sourceNgrams } from '../fixtures/source-ngrams.js';
import { fnv1a, RUN, runs, words } from './ngrams.js';

/** Every string in a value, with the path that leads to it. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

/** A title as short as a run may be the article's own name for a thing (e.g. a step's title). */
const shortTitle = (path: string, text: string) => /\.(title|label)$/.test(path) && words(text).length <= RUN;

/** The runs of seven words in `value` whose hash is among `hashes`, with where they are. */
function shared(value: unknown, name: string, hashes: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [path, text] of strings(value, name)) {
    if (shortTitle(path, text)) continue;
    for (const run of runs(text)) if (hashes.has(fnv1a(run))) found.push(`${path}: "${run}"`);
  }
  return found;
}

describe('originality of the content packs', () => {
  const source = new Set(sourceNgrams);

  it('finds a shared run when there is one (the check can fail)', () => {
    const made = new Set(
      runs('so they wrote that reciprocity is a loop of care between two people always, in the end').map(fnv1a),
    );
    const pack = { items: [{ text: 'We think reciprocity is a loop of care, between friends.' }] };
    expect(shared(pack, 'pack', made)).to.deep.equal(['pack.items[0].text: "reciprocity is a loop of care between"']);
    expect(shared({ text: 'Some say reciprocity is a loop of kindness between friends.' }, 'pack', made)).to.deep.equal(
      [],
    );
  });

  it('lets a title of seven words or fewer match, and nothing longer', () => {
    const made = new Set(runs('the article says reciprocity is a loop of care between people').map(fnv1a));
    expect(shared({ title: 'Reciprocity is a loop of care between' }, 'pack', made)).to.deep.equal([]);
    expect(shared({ title: 'Reciprocity is a loop of care between people' }, 'pack', made)).to.have.length(2);
    expect(shared({ text: 'Reciprocity is a loop of care between' }, 'pack', made)).to.have.length(1);
  });

  for (const [id, pack] of Object.entries(presets)) {
    it(`"${id}" shares no run of seven words with the source article`, () => {
      const found = shared(pack, id, source);
      expect(found, `reword these runs, which the source article also has:\n${found.join('\n')}\n`).to.deep.equal([]);
    });
  }
});
