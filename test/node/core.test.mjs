// Runs in plain Node against the built package, imported by its public name through the
// `exports` map, as a provider's server would.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createResultPayload,
  parseDefinition,
  parseResultPayload,
  scoreChecklist,
  scoreQuiz,
  stepperProgress,
} from 'recipro-widgets/core';

const quiz = {
  kind: 'quiz',
  id: 'node-quiz',
  version: '1',
  title: 'Node quiz',
  disclaimer: 'A reflection tool, not a diagnosis.',
  scales: [{ id: 'agree', options: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })) }],
  dimensions: [
    { id: 'give', label: 'Give' },
    { id: 'receive', label: 'Receive' },
  ],
  items: [
    { id: 'g1', text: 'I help.', scale: 'agree', dimension: 'give' },
    { id: 'r1', text: 'I am helped.', scale: 'agree', dimension: 'receive' },
  ],
  scores: [{ id: 'lean', kind: 'difference', of: ['give', 'receive'] }],
  bandings: [
    {
      id: 'overall',
      score: 'lean',
      bands: [
        { id: 'receive-more', min: -100, max: -20, label: 'You receive more', summary: '…' },
        { id: 'balanced', min: -20, max: 20, label: 'Balanced', summary: '…' },
        { id: 'carry-more', min: 20, max: 100, label: 'You carry more', summary: '…' },
      ],
    },
  ],
};

describe('recipro-widgets/core in Node', () => {
  it('parses, scores and re-scores a submitted payload', () => {
    const parsed = parseDefinition(quiz);
    assert.equal(parsed.ok, true);
    const result = scoreQuiz(parsed.definition, { g1: 5, r1: 1 });
    assert.equal(result.band.band.id, 'carry-more');
    const payload = JSON.parse(
      JSON.stringify(createResultPayload(result, { answers: { g1: 5, r1: 1 }, include: ['answers'] })),
    );
    const received = parseResultPayload(payload);
    assert.equal(received.ok, true);
    assert.deepEqual(scoreQuiz(parsed.definition, received.payload.answers).scores, received.payload.result.scores);
  });

  it('returns readable issues for a bad definition', () => {
    const parsed = parseDefinition({ ...quiz, items: [{ ...quiz.items[0], dimension: 'giv' }, quiz.items[1]] });
    assert.equal(parsed.ok, false);
    assert.equal(parsed.issues[0].path, 'items[0].dimension');
    assert.match(parsed.issues[0].message, /"giv" is not a dimension of this quiz \(known: give, receive\)/);
  });

  it('exports every scorer', () => {
    assert.equal(typeof scoreChecklist, 'function');
    assert.equal(typeof stepperProgress, 'function');
  });
});
