// docs/content-coverage.md maps the article's sections and its 20 FAQ questions to where a reader
// meets them. Every FAQ must have a row, and every string id on the page must point at a real,
// non-empty string of the English packs.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { presets } from 'recipro-widgets/content';

const doc = await readFile(new URL('../../docs/content-coverage.md', import.meta.url), 'utf8');

/** The string at `pack › a.b.c`, where a list element is named by its id or its position. */
export function resolve(stringId) {
  const [packId, path] = stringId.split(' › ');
  let value = presets[packId];
  if (!value) return undefined;
  for (const segment of path.split('.')) {
    if (Array.isArray(value)) value = value.find((v) => v?.id === segment) ?? value[Number(segment)];
    else value = value?.[segment];
    if (value === undefined) return undefined;
  }
  return value;
}

/** Every `pack › path` in backticks on the page. */
const ids = [...doc.matchAll(/`([a-z-]+ › [^`]+)`/g)].map((m) => m[1]);
const faqRows = doc
  .split('<!-- faq:start -->')[1]
  .split('<!-- faq:end -->')[0]
  .trim()
  .split('\n')
  .slice(2)
  .map((line) => line.split('|').map((cell) => cell.trim()));

describe('content coverage (docs/content-coverage.md)', () => {
  it('resolves a string id, and nothing for a wrong one (the check can fail)', () => {
    assert.equal(typeof resolve('recipro-steps › steps.observe.body'), 'string');
    assert.equal(resolve('recipro-steps › steps.observe.nothing'), undefined);
    assert.equal(resolve('no-such-pack › intro'), undefined);
  });

  it('has one row for each of the article’s 20 FAQ questions, numbered 1 to 20', () => {
    assert.deepEqual(
      faqRows.map((row) => Number(row[1])),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('points every FAQ at a string a reader meets', () => {
    for (const row of faqRows) {
      const id = row[4].replaceAll('`', '');
      const value = resolve(id);
      assert.equal(typeof value, 'string', `FAQ ${row[1]}: ${id}`);
      assert.ok(value.trim().length > 0, `FAQ ${row[1]}: ${id} is empty`);
    }
  });

  it('points every string id on the page at a real, non-empty string', () => {
    assert.ok(ids.length >= 40, `only ${ids.length} ids found`);
    for (const id of ids) {
      const value = resolve(id);
      assert.equal(typeof value, 'string', id);
      assert.ok(value.trim().length > 0, `${id} is empty`);
    }
  });
});
