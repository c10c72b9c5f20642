import { expect } from '@open-wc/testing';
import {
  createResultPayload,
  parseResultPayload,
  scoreChecklist,
  scoreQuiz,
  stepperProgress,
} from '../../src/core/index.js';
import { smallChecklist, smallQuiz, smallStepper } from '../fixtures/definitions.js';

const answers = { g1: 5, g2: 1, r1: 1, r2: 5, safe: 4 };
const now = new Date('2026-06-01T12:00:00Z');

describe('result payload', () => {
  it('carries scores and bands but no answers by default', () => {
    const payload = createResultPayload(scoreQuiz(smallQuiz, answers), {
      answers,
      now,
      locale: 'en',
      relationship: 'partner',
    });
    expect(payload).to.deep.include({
      schema: 'recipro-result',
      schemaVersion: 1,
      completedAt: now.toISOString(),
      locale: 'en',
    });
    expect(payload.definition).to.deep.equal({ id: 'small-quiz', version: '1.0.0' });
    expect(payload.result.kind).to.equal('quiz');
    if (payload.result.kind === 'quiz')
      expect(payload.result.band).to.deep.equal({ id: 'carry-more', label: 'You carry more' });
    expect(payload).to.not.have.property('answers');
    expect(payload).to.not.have.property('safetyConcern');
    expect(parseResultPayload(JSON.parse(JSON.stringify(payload))).ok).to.equal(true);
  });

  it('includes answers and the safety flag only when asked', () => {
    const payload = createResultPayload(scoreQuiz(smallQuiz, answers), { answers, include: ['scores', 'answers'] });
    expect(payload.answers).to.deep.equal(answers);
    expect(payload.safetyConcern).to.equal(true);
  });

  it('gives each payload a fresh random key', () => {
    const result = scoreQuiz(smallQuiz, answers);
    const a = createResultPayload(result);
    const b = createResultPayload(result);
    expect(a.key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.key).to.not.equal(b.key);
  });

  it('summarises checklists and steppers; notes only when asked', () => {
    const checklist = createResultPayload(scoreChecklist(smallChecklist, ['a']), { include: ['answers'] });
    expect(checklist.answers).to.deep.equal(['a']);
    const notes = { reflect: { p1: 'private' } };
    const progress = stepperProgress(smallStepper, { steps: { reflect: { done: true, notes } } });
    expect(createResultPayload(progress, { notes })).to.not.have.property('notes');
    expect(createResultPayload(progress, { notes, include: ['notes'] }).notes).to.deep.equal(notes);
  });

  it('lets a server re-score the answers it received', () => {
    const sent = JSON.parse(
      JSON.stringify(createResultPayload(scoreQuiz(smallQuiz, answers), { answers, include: ['answers'] })),
    );
    const parsed = parseResultPayload(sent);
    expect(parsed.ok).to.equal(true);
    if (parsed.ok && parsed.payload.result.kind === 'quiz') {
      const again = scoreQuiz(smallQuiz, parsed.payload.answers);
      expect(again.scores).to.deep.equal(parsed.payload.result.scores);
    }
  });

  it('explains an invalid payload', () => {
    const parsed = parseResultPayload({ schema: 'recipro-result', schemaVersion: 1 });
    expect(parsed.ok).to.equal(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).to.include.members(['key', 'completedAt', 'result']);
  });
});
