import { expect } from '@open-wc/testing';
import { PROGRESS_VERSION, restoreProgress, serializeProgress } from '../../src/core/index.js';

const definition = { id: 'small-quiz', version: '1.0.0' };
const expectQuiz = { kind: 'quiz' as const, definitionId: 'small-quiz' };
const now = new Date('2026-06-01T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe('saved progress', () => {
  it('round-trips the current version', () => {
    const raw = serializeProgress('quiz', definition, { answers: { g1: 4 }, position: 1 }, daysAgo(1));
    const restored = restoreProgress(raw, expectQuiz, { now });
    expect(restored.status).to.equal('restored');
    expect(restored.progress?.data).to.deep.equal({ answers: { g1: 4 }, position: 1 });
    expect(JSON.parse(raw).version).to.equal(PROGRESS_VERSION);
  });

  it('migrates version 1 records', () => {
    const raw = JSON.stringify({ v: 1, id: 'small-quiz', t: daysAgo(2).getTime(), answers: { g1: 2 } });
    const restored = restoreProgress(raw, expectQuiz, { now });
    expect(restored.status).to.equal('migrated');
    expect(restored.progress?.data).to.deep.equal({ answers: { g1: 2 } });
    expect(restored.progress?.savedAt).to.equal(daysAgo(2).toISOString());
  });

  it('migrates version 1 stepper records', () => {
    const raw = JSON.stringify({
      v: 1,
      id: 'steps',
      t: daysAgo(2).getTime(),
      current: 'b',
      steps: { a: { done: true } },
    });
    const restored = restoreProgress(raw, { kind: 'stepper', definitionId: 'steps' }, { now });
    expect(restored.progress?.data).to.deep.equal({ current: 'b', steps: { a: { done: true } } });
  });

  it('expires after 30 days by default', () => {
    const raw = serializeProgress('quiz', definition, { answers: {} }, daysAgo(31));
    expect(restoreProgress(raw, expectQuiz, { now }).status).to.equal('expired');
    expect(restoreProgress(raw, expectQuiz, { now, expiryDays: 60 }).status).to.equal('restored');
  });

  it('starts fresh on anything unreadable, newer or for another definition', () => {
    const newer = JSON.stringify({
      ...JSON.parse(serializeProgress('quiz', definition, { answers: {} }, now)),
      version: PROGRESS_VERSION + 1,
    });
    const cases: [string | null, string][] = [
      [null, 'empty'],
      ['', 'empty'],
      ['{not json', 'corrupt'],
      ['[]', 'corrupt'],
      ['{"format":"recipro-progress","version":2}', 'corrupt'],
      [
        JSON.stringify({
          ...JSON.parse(serializeProgress('quiz', definition, { answers: {} }, now)),
          data: { answers: { g1: 'x' } },
        }),
        'corrupt',
      ],
      [newer, 'newer'],
      [serializeProgress('checklist', definition, { checked: [] }, now), 'mismatch'],
      [serializeProgress('quiz', { id: 'other', version: '1' }, { answers: {} }, now), 'mismatch'],
    ];
    for (const [raw, status] of cases) {
      const restored = restoreProgress(raw, expectQuiz, { now });
      expect(restored, String(raw)).to.deep.equal({ status, progress: null });
    }
  });
});
