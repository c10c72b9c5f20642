import { expect } from '@open-wc/testing';
import { sourceNgrams } from '../fixtures/source-ngrams.js';
import { fnv1a, RUN, runs, words } from './ngrams.js';

// The same values come out of scripts/source-ngrams.mjs: if either copy changes, this fails.
describe('ngrams', () => {
  it('hashes with 32-bit FNV-1a (published test vectors)', () => {
    expect(fnv1a('')).to.equal('811c9dc5');
    expect(fnv1a('a')).to.equal('e40c292c');
    expect(fnv1a('foobar')).to.equal('bf9cf968');
  });

  it('normalises case, quotes, apostrophes and dashes', () => {
    expect(words('“Don’t” STOP—care’s give-and-take: it’s 2 ways, ‘always’ café déjà vu')).to.deep.equal([
      "don't",
      'stop',
      "care's",
      'give',
      'and',
      'take',
      "it's",
      '2',
      'ways',
      'always',
      'café',
      'déjà',
      'vu',
    ]);
    expect(words("Don't stop")).to.deep.equal(words('DON’T  stop!'));
  });

  it('hashes a normalised run to the value the script computes', () => {
    const [first] = runs('“Don’t” STOP—care’s give-and-take: it’s 2 ways, ‘always’ café déjà vu', 10);
    expect(first).to.equal("don't stop care's give and take it's 2 ways always");
    expect(fnv1a(first!)).to.equal('c79fc82b');
    expect(fnv1a('éé')).to.equal('c2fc1457');
  });

  it('makes one run per window of seven words', () => {
    expect(RUN).to.equal(7);
    expect(runs('one two three four five six')).to.deep.equal([]);
    expect(runs('one two three four five six seven eight')).to.deep.equal([
      'one two three four five six seven',
      'two three four five six seven eight',
    ]);
  });

  it('has a generated fixture of sorted, unique hashes', () => {
    expect(sourceNgrams.length).to.be.greaterThan(1000);
    expect(sourceNgrams.every((h) => /^[0-9a-f]{8}$/.test(h))).to.equal(true);
    expect([...new Set(sourceNgrams)].sort()).to.deep.equal([...sourceNgrams]);
  });
});
