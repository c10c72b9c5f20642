import { expect } from '@open-wc/testing';
import { scoreChecklist, type ChecklistDefinition } from '../../src/core/index.js';
import { smallChecklist } from '../fixtures/definitions.js';

describe('scoreChecklist', () => {
  it('weights the checked share and counts by polarity', () => {
    const result = scoreChecklist(smallChecklist, ['b']);
    expect(result.checked).to.deep.equal(['b']);
    expect(result.count).to.equal(1);
    expect(result.total).to.equal(3);
    expect(result.checkedShare).to.equal(60); // 3 of 5 weight
    expect(result.byPolarity).to.deep.equal({ healthy: { checked: 1, total: 2 }, warning: { checked: 0, total: 1 } });
  });

  it('reads a warning item the other way round in a healthy list', () => {
    // Nothing checked: the unchecked warning sign counts in the list's favour (1 of 5).
    expect(scoreChecklist(smallChecklist, []).score).to.equal(20);
    expect(scoreChecklist(smallChecklist, ['a', 'b']).score).to.equal(100);
    expect(scoreChecklist(smallChecklist, ['a', 'b']).band.id).to.equal('many');
    expect(scoreChecklist(smallChecklist, ['a', 'b', 'c']).score).to.equal(80);
  });

  it('bands a warning list in its own direction: more checked, more concern', () => {
    const warning: ChecklistDefinition = {
      ...smallChecklist,
      polarity: 'warning',
      items: smallChecklist.items.map(({ id, text }) => ({ id, text })),
    };
    expect(scoreChecklist(warning, []).band.id).to.equal('few');
    expect(scoreChecklist(warning, ['a', 'b', 'c']).band.id).to.equal('many');
    expect(scoreChecklist(warning, ['a', 'b', 'c']).score).to.equal(
      scoreChecklist(warning, ['a', 'b', 'c']).checkedShare,
    );
  });

  it('keeps the definition order and ignores repeats', () => {
    expect(scoreChecklist(smallChecklist, ['c', 'a', 'a']).checked).to.deep.equal(['a', 'c']);
    expect(scoreChecklist(smallChecklist, new Set(['c'])).checked).to.deep.equal(['c']);
  });

  it('reports unknown and invalid ids without throwing', () => {
    const result = scoreChecklist(smallChecklist, ['a', 'zz', 3, null]);
    expect(result.problems.map((p) => p.kind)).to.deep.equal(['unknown-id', 'invalid-value', 'invalid-value']);
    expect(result.checked).to.deep.equal(['a']);
    expect(scoreChecklist(smallChecklist, 'a').problems[0]!.kind).to.equal('invalid-input');
  });
});
