import { expect } from '@open-wc/testing';
import { checklistStrings } from '../../src/components/checklist/checklist-strings.js';
import { readList } from '../../src/components/checklist/list-definition.js';
import { describeIssue, parseDefinition } from '../../src/core/index.js';

type Item = { text: string; id?: string; weight?: string; polarity?: string };

/** A host holding a writer's `<ul>`, built node by node. */
function host(items: readonly Item[]): HTMLElement {
  const element = document.createElement('div');
  const list = element.appendChild(document.createElement('ul'));
  for (const item of items) {
    const li = list.appendChild(document.createElement('li'));
    li.textContent = item.text;
    if (item.id !== undefined) li.dataset.id = item.id;
    if (item.weight !== undefined) li.dataset.weight = item.weight;
    if (item.polarity !== undefined) li.dataset.polarity = item.polarity;
  }
  return element;
}

/**
 * What the checklist decides without the validator, and what the validator says. The shortcut may
 * send a valid list to the validator, but must never accept one the validator refuses.
 */
function read(items: readonly Item[]): { valid: boolean; problems: string[] } {
  const source = readList(host(items), checklistStrings('en'))!;
  const parsed = parseDefinition(source.value, 'checklist');
  return { valid: source.valid, problems: parsed.ok ? [] : parsed.issues.map(describeIssue) };
}

const many = (count: number): Item[] => Array.from({ length: count }, (_, i) => ({ text: `Sign ${i}` }));

describe("a writer's list: valid without the validator only when the validator agrees", () => {
  it('accepts plain items, with ids made from their text', () => {
    expect(read([{ text: 'We both listen.' }, { text: 'We share chores.' }])).to.deep.equal({
      valid: true,
      problems: [],
    });
  });

  it('takes data-id up to 64 characters', () => {
    expect(read([{ text: 'A', id: 'a'.repeat(64) }])).to.deep.equal({ valid: true, problems: [] });
    expect(read([{ text: 'A', id: 'a'.repeat(65) }])).to.deep.equal({
      valid: false,
      problems: ['items[0].id: must be at most 64 characters long'],
    });
    expect(read([{ text: 'A', id: 'not an id' }])).to.deep.equal({
      valid: false,
      problems: [
        'items[0].id: "not an id" is not a usable id: ' +
          'use letters, digits, "-" and "_", starting with a letter or digit',
      ],
    });
  });

  it('takes data-weight above 0 and up to 100', () => {
    expect(read([{ text: 'A', weight: '100' }])).to.deep.equal({ valid: true, problems: [] });
    expect(read([{ text: 'A', weight: '101' }])).to.deep.equal({
      valid: false,
      problems: ['items[0].weight: must be at most 100'],
    });
    expect(read([{ text: 'A', weight: '0' }])).to.deep.equal({
      valid: false,
      problems: ['items[0].weight: must be greater than 0'],
    });
    expect(read([{ text: 'A', weight: 'heavy' }])).to.deep.equal({
      valid: false,
      problems: ['items[0].weight: must be a number, not a text'],
    });
  });

  it('takes data-polarity healthy or warning', () => {
    expect(
      read([
        { text: 'A', polarity: 'healthy' },
        { text: 'B', polarity: 'warning' },
      ]),
    ).to.deep.equal({
      valid: true,
      problems: [],
    });
    expect(read([{ text: 'A', polarity: 'bad' }]).valid).to.equal(false);
    expect(read([{ text: 'A', polarity: 'bad' }]).problems).to.have.length(1);
    expect(read([{ text: 'A', polarity: 'bad' }]).problems[0]).to.match(/^items\[0\]\.polarity: must be one of /);
  });

  it('sends repeated data-ids to the validator, which names them', () => {
    const { valid, problems } = read([
      { text: 'A', id: 'same' },
      { text: 'B', id: 'same' },
    ]);
    expect(valid).to.equal(false);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^items\[1\]\.id: /);
  });

  it('takes up to 5000 items', () => {
    expect(read(many(5000))).to.deep.equal({ valid: true, problems: [] });
    expect(read(many(5001))).to.deep.equal({ valid: false, problems: ['items: must list at most 5000 entries'] });
  });
});
