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
    // give: g1 5 and g2 1 (reversed: 5) → 100; receive: r1 1 and r2 5 (reversed: 1) → 0. The safety
    // answer (4) withholds the steps, not the bands.
    expect(payload.result).to.deep.equal({
      kind: 'quiz',
      band: { id: 'carry-more', label: 'You carry more' },
      bands: [
        { banding: 'overall', score: 'lean', value: 100, band: 'carry-more' },
        { banding: 'engagement', score: 'engagement', value: 50, band: 'engaged' },
      ],
      scores: { give: 100, receive: 0, lean: 100, engagement: 50 },
      focus: ['lean'],
      steps: [],
      completeness: { answered: 5, total: 5, sufficient: true },
    });
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
    if (!parsed.ok) expect.fail(`the payload was refused: ${JSON.stringify(parsed.issues)}`);
    const { payload } = parsed;
    expect(payload.answers).to.deep.equal({ g1: 5, g2: 1, r1: 1, r2: 5, safe: 4 });
    expect(payload.result).to.deep.include({
      kind: 'quiz',
      scores: { give: 100, receive: 0, lean: 100, engagement: 50 },
    });
    expect(scoreQuiz(smallQuiz, payload.answers).scores).to.deep.equal({
      give: 100,
      receive: 0,
      lean: 100,
      engagement: 50,
    });
  });

  it('explains an invalid payload', () => {
    const parsed = parseResultPayload({ schema: 'recipro-result', schemaVersion: 1 });
    if (parsed.ok) expect.fail('an invalid payload was accepted');
    expect(parsed.issues.map((i) => i.path)).to.include.members(['key', 'completedAt', 'result']);
  });
});
