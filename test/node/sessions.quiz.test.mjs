// The quiz's rules as pure functions, run in plain Node against the built package: what each
// reader action does to the session, and what the element must do about it (effects as data).
// Every expected state and effect is written out by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initQuiz, parseDefinition, reduceQuiz } from 'recipro-widgets/core';
import { quizBase } from './fixtures.mjs';

const resources = {
  title: 'Support',
  emergency: 'If you are in danger now, call your local emergency number.',
  items: [
    {
      region: 'any',
      name: 'Helpline',
      description: 'Free and confidential.',
      contacts: [{ label: 'Call', phone: '555-0100' }],
    },
  ],
};

// Four scored questions (two per dimension) and one unscored safety question, last.
const quiz = {
  ...quizBase,
  id: 'spec-quiz',
  title: 'Spec quiz',
  scores: [{ id: 'lean', kind: 'difference', of: ['give', 'receive'] }],
  bandings: [
    {
      id: 'overall',
      score: 'lean',
      bands: [
        { id: 'receive-more', min: -100, max: -20, label: 'You receive more', summary: 'They carry more.' },
        { id: 'balanced', min: -20, max: 20, label: 'Balanced', summary: 'Even.' },
        { id: 'carry-more', min: 20, max: 100, label: 'You carry more', summary: 'You carry more.' },
      ],
    },
  ],
  resources,
};

/** The same quiz, but scored questions may be skipped (half of each dimension is enough). */
const gappy = { ...quiz, id: 'spec-quiz-gaps', missing: { policy: 'minimum', share: 0.5 } };

/** Answers that finish the quiz: give 100, receive 50, lean 50 ("You carry more"), no safety concern. */
const all = { g1: 5, g2: 5, r1: 3, r2: 3, afraid: 1 };

const NOW = new Date('2024-05-01T10:00:00.000Z');
const LATER = new Date('2024-05-02T08:30:00.000Z');

/** Runs reader actions one after another; returns the last transition. */
const run = (transition, ...actions) => actions.reduce(({ state }, action) => reduceQuiz(state, action), transition);

const start = { type: 'start', now: NOW };
const next = { type: 'next' };
const answer = (id, value) => ({ type: 'answer', id, value });
/** A started paged session with `answers` given and the reader moved on to question `index`. */
function atQuestion(index, answers = {}, definition = quiz) {
  const actions = [start, ...Object.entries(answers).map(([id, value]) => answer(id, value))];
  for (let i = 0; i < index; i++) actions.push(next);
  return run(initQuiz(definition), ...actions).state;
}

describe('quiz session', () => {
  it('is tested with valid definitions', () => {
    for (const definition of [quiz, gappy]) {
      const parsed = parseDefinition(definition);
      assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
    }
  });

  describe('a fresh start', () => {
    it('shows the intro with nothing answered, and asks nothing of the element', () => {
      assert.deepEqual(initQuiz(quiz), {
        state: { definition: quiz, layout: 'paged', answers: {}, view: { screen: 'intro' }, hint: null, notice: null },
        effects: [],
      });
    });

    it('takes the layout it is given', () => {
      assert.equal(initQuiz(quiz, { layout: 'list' }).state.layout, 'list');
    });
  });

  describe('start', () => {
    it('paged: opens the first question, focuses its radio group, saves, emits recipro-start', () => {
      const { state, effects } = reduceQuiz(initQuiz(quiz).state, start);
      assert.deepEqual(state.view, { screen: 'questions', index: 0 });
      assert.deepEqual(state.startedAt, NOW);
      assert.deepEqual(effects, [
        { type: 'focus', target: 'item-0' },
        { type: 'save', data: { answers: {}, position: 0, started: true } },
        { type: 'emit', name: 'recipro-start', detail: {} },
      ]);
    });

    it('list: focuses the heading of the list of questions', () => {
      const { effects } = reduceQuiz(initQuiz(quiz, { layout: 'list' }).state, start);
      assert.deepEqual(effects, [
        { type: 'focus', target: 'questions-heading' },
        { type: 'save', data: { answers: {}, position: 0, started: true } },
        { type: 'emit', name: 'recipro-start', detail: {} },
      ]);
    });
  });

  describe('answer', () => {
    it('saves the answers with the reader’s position and emits recipro-change with id and value', () => {
      const { state, effects } = reduceQuiz(atQuestion(1, { g1: 5 }), answer('g2', 4));
      assert.deepEqual(state.answers, { g1: 5, g2: 4 });
      assert.deepEqual(effects, [
        { type: 'save', data: { answers: { g1: 5, g2: 4 }, position: 1, started: true } },
        { type: 'emit', name: 'recipro-change', detail: { id: 'g2', value: 4 } },
      ]);
    });

    it('changes an earlier answer and clears the hint', () => {
      const hinted = reduceQuiz(atQuestion(1, { g1: 5 }), next).state;
      assert.deepEqual(hinted.hint, { kind: 'required', index: 1 });
      const { state } = run({ state: hinted }, answer('g1', 2), answer('g2', 3));
      assert.deepEqual(state.answers, { g1: 2, g2: 3 });
      assert.equal(state.hint, null);
    });
  });

  describe('next (paged)', () => {
    it('on an unanswered required question: a hint, focus on the question, no move, nothing saved', () => {
      const { state, effects } = reduceQuiz(atQuestion(2, { g1: 5, g2: 4 }), next);
      assert.deepEqual(state.view, { screen: 'questions', index: 2 });
      assert.deepEqual(state.hint, { kind: 'required', index: 2 });
      assert.deepEqual(effects, [{ type: 'focus', target: 'item-2' }]);
    });

    it('on an answered question: moves on, focuses the next question’s radio group and saves the new position', () => {
      const { state, effects } = reduceQuiz(atQuestion(0, { g1: 5 }), next);
      assert.deepEqual(state.view, { screen: 'questions', index: 1 });
      assert.deepEqual(effects, [
        { type: 'focus', target: 'item-1' },
        { type: 'save', data: { answers: { g1: 5 }, position: 1, started: true } },
      ]);
    });

    it('from the last question: the result, focused, saved at the end, announced and completed', () => {
      const { state, effects } = reduceQuiz(atQuestion(4, all), next);
      assert.equal(state.view.screen, 'result');
      assert.equal(state.hint, null);
      assert.equal(effects.length, 4);
      assert.deepEqual(effects.slice(0, 3), [
        { type: 'focus', target: 'result-heading' },
        { type: 'save', data: { answers: { g1: 5, g2: 5, r1: 3, r2: 3, afraid: 1 }, position: 5, started: true } },
        { type: 'announce', message: { key: 'result-ready', band: 'You carry more' } },
      ]);
      const { result, ...complete } = effects[3];
      assert.deepEqual(complete, {
        type: 'complete',
        answers: { g1: 5, g2: 5, r1: 3, r2: 3, afraid: 1 },
        startedAt: NOW,
      });
      assert.equal(result, state.view.result);
      assert.deepEqual(result.scores, { give: 100, receive: 50, lean: 50 });
      assert.equal(result.band.band.id, 'carry-more');
      assert.equal(result.guidance.showResources, false);
    });

    it('does nothing on the intro or the result', () => {
      const intro = initQuiz(quiz).state;
      assert.deepEqual(reduceQuiz(intro, next), { state: intro, effects: [] });
      const result = reduceQuiz(atQuestion(4, all), next).state;
      assert.deepEqual(reduceQuiz(result, next), { state: result, effects: [] });
    });
  });

  describe('back (paged)', () => {
    it('from the first question: the intro, focused', () => {
      const { state, effects } = reduceQuiz(atQuestion(0, { g1: 5 }), { type: 'back' });
      assert.deepEqual(state.view, { screen: 'intro' });
      assert.deepEqual(state.answers, { g1: 5 });
      assert.deepEqual(effects, [{ type: 'focus', target: 'intro-heading' }]);
    });

    it('from a later question: one question back, nothing saved, the hint dropped', () => {
      const hinted = reduceQuiz(atQuestion(2, { g1: 5, g2: 4 }), next).state;
      const { state, effects } = reduceQuiz(hinted, { type: 'back' });
      assert.deepEqual(state.view, { screen: 'questions', index: 1 });
      assert.equal(state.hint, null);
      assert.deepEqual(effects, [{ type: 'focus', target: 'item-1' }]);
    });
  });

  describe('the list layout', () => {
    const listed = (answers) =>
      run(initQuiz(quiz, { layout: 'list' }), start, ...Object.entries(answers).map(([id, v]) => answer(id, v))).state;

    it('finish with a gap: a "missing" hint at the first gap, focused, no result', () => {
      const { state, effects } = reduceQuiz(listed({ g1: 5, r1: 3, afraid: 1 }), { type: 'finish' });
      assert.deepEqual(state.view, { screen: 'questions', index: 0 });
      assert.deepEqual(state.hint, { kind: 'missing', index: 1 });
      assert.deepEqual(effects, [{ type: 'focus', target: 'item-1' }]);
    });

    it('finish with every question answered: the result', () => {
      const { state, effects } = reduceQuiz(listed(all), { type: 'finish' });
      assert.equal(state.view.screen, 'result');
      assert.deepEqual(
        effects.map((e) => e.type),
        ['focus', 'save', 'announce', 'complete'],
      );
      assert.deepEqual(effects[1], { type: 'save', data: { answers: all, position: 5, started: true } });
    });

    it('answers save position 0 (the list has no pages)', () => {
      const { effects } = reduceQuiz(listed({ g1: 5 }), answer('r2', 1));
      assert.deepEqual(effects[0], { type: 'save', data: { answers: { g1: 5, r2: 1 }, position: 0, started: true } });
    });

    it('back returns to the intro', () => {
      const { state, effects } = reduceQuiz(listed({ g1: 5 }), { type: 'back' });
      assert.deepEqual(state.view, { screen: 'intro' });
      assert.deepEqual(effects, [{ type: 'focus', target: 'intro-heading' }]);
    });
  });

  describe('a definition that allows gaps (missing.policy "minimum")', () => {
    it('lets the reader move past an unanswered scored question', () => {
      const { state, effects } = reduceQuiz(atQuestion(0, {}, gappy), next);
      assert.deepEqual(state.view, { screen: 'questions', index: 1 });
      assert.equal(state.hint, null);
      assert.deepEqual(effects, [
        { type: 'focus', target: 'item-1' },
        { type: 'save', data: { answers: {}, position: 1, started: true } },
      ]);
    });

    it('never lets the safety question be skipped', () => {
      const { state, effects } = reduceQuiz(atQuestion(4, {}, gappy), next);
      assert.deepEqual(state.view, { screen: 'questions', index: 4 });
      assert.deepEqual(state.hint, { kind: 'required', index: 4 });
      assert.deepEqual(effects, [{ type: 'focus', target: 'item-4' }]);
    });

    it('finish points at the safety question when it is the only required gap', () => {
      const listed = run(initQuiz(gappy, { layout: 'list' }), start, answer('g1', 5)).state;
      const { state, effects } = reduceQuiz(listed, { type: 'finish' });
      assert.deepEqual(state.hint, { kind: 'missing', index: 4 });
      assert.deepEqual(effects, [{ type: 'focus', target: 'item-4' }]);
    });

    it('finishes with only the safety question answered; the result has no band to announce', () => {
      const listed = run(initQuiz(gappy, { layout: 'list' }), start, answer('afraid', 1)).state;
      const { state, effects } = reduceQuiz(listed, { type: 'finish' });
      assert.equal(state.view.screen, 'result');
      assert.deepEqual(effects[2], { type: 'announce', message: { key: 'result-ready', band: null } });
    });

    it('never lets a scored question that carries a safety rule be skipped', () => {
      const scoredSafety = {
        ...gappy,
        items: [{ ...gappy.items[0], safety: { values: [1] } }, ...gappy.items.slice(1)],
      };
      assert.equal(parseDefinition(scoredSafety).ok, true);
      const { state, effects } = reduceQuiz(atQuestion(0, {}, scoredSafety), next);
      assert.deepEqual(state.hint, { kind: 'required', index: 0 });
      assert.deepEqual(effects, [{ type: 'focus', target: 'item-0' }]);
    });
  });

  describe('restoring saved progress', () => {
    it('a record not yet started: the intro, with the saved answers', () => {
      const { state, effects } = initQuiz(quiz, { saved: { answers: { g1: 5 }, position: 0, started: false } });
      assert.deepEqual(state, {
        definition: quiz,
        layout: 'paged',
        answers: { g1: 5 },
        view: { screen: 'intro' },
        hint: null,
        notice: null,
      });
      assert.deepEqual(effects, []);
    });

    it('resumes at the saved position when every required question before it is answered', () => {
      const { state, effects } = initQuiz(quiz, {
        saved: { answers: { g1: 5, g2: 4, r1: 3 }, position: 1, started: true },
      });
      assert.deepEqual(state.view, { screen: 'questions', index: 1 });
      assert.deepEqual(effects, []);
    });

    it('resumes at the first unanswered required question, even when the saved position is further', () => {
      const saved = { answers: { g1: 5, g2: 4, r2: 3 }, position: 4, started: true };
      assert.deepEqual(initQuiz(quiz, { saved }), {
        state: {
          definition: quiz,
          layout: 'paged',
          answers: { g1: 5, g2: 4, r2: 3 },
          view: { screen: 'questions', index: 2 },
          hint: null,
          notice: null,
        },
        effects: [],
      });
    });

    it('a record past the end shows the result quietly: complete with quiet, no announcement, no event', () => {
      const { state, effects } = initQuiz(quiz, { saved: { answers: all, position: 7, started: true } });
      assert.equal(state.view.screen, 'result');
      assert.equal(effects.length, 1);
      const { result, ...complete } = effects[0];
      assert.deepEqual(complete, { type: 'complete', answers: { g1: 5, g2: 5, r1: 3, r2: 3, afraid: 1 }, quiet: true });
      assert.equal(result, state.view.result);
      assert.equal(result.band.band.id, 'carry-more');
    });

    it('a finished record whose answers no longer finish the quiz resumes at the gap instead', () => {
      const saved = { answers: { g1: 5, g2: 5, r2: 3, afraid: 1 }, position: 5, started: true };
      const { state, effects } = initQuiz(quiz, { saved });
      assert.deepEqual(state.view, { screen: 'questions', index: 2 });
      assert.deepEqual(effects, []);
    });

    it('drops impossible answers: unknown questions and values not on the question’s scale', () => {
      const saved = { answers: { g1: 5, g2: 9, ghost: 3, r1: 2, afraid: 3 }, position: 3, started: true };
      const { state, effects } = initQuiz(quiz, { saved });
      assert.deepEqual(state.answers, { g1: 5, r1: 2 });
      assert.deepEqual(state.view, { screen: 'questions', index: 1 });
      assert.deepEqual(effects, []);
    });
  });

  describe('a definition arriving again while the reader is part-way through', () => {
    it('the same definition (same id and version) keeps the reader’s place and answers, saved ones ignored', () => {
      const previous = atQuestion(1, { g1: 5, g2: 4 });
      const saved = { answers: { g1: 1 }, position: 0, started: true };
      assert.deepEqual(initQuiz(structuredClone(quiz), { previous, saved }), {
        state: {
          definition: quiz,
          layout: 'paged',
          answers: { g1: 5, g2: 4 },
          view: { screen: 'questions', index: 1 },
          startedAt: NOW,
          hint: null,
          notice: null,
        },
        effects: [],
      });
    });

    it('the same definition takes the layout given now', () => {
      const previous = atQuestion(1, { g1: 5 });
      assert.equal(initQuiz(quiz, { previous, layout: 'list' }).state.layout, 'list');
    });

    it('a new version restarts on the intro with a "restarted" notice and discards the old result', () => {
      const changed = { ...quiz, version: '2' };
      assert.deepEqual(initQuiz(changed, { previous: atQuestion(2, { g1: 5, g2: 4 }) }), {
        state: {
          definition: changed,
          layout: 'paged',
          answers: {},
          view: { screen: 'intro' },
          hint: null,
          notice: 'restarted',
        },
        effects: [{ type: 'discard' }],
      });
    });

    it('the same id and version with fewer questions (an edited inline script) restarts too', () => {
      const shorter = { ...quiz, items: quiz.items.slice(0, 3) };
      const { state, effects } = initQuiz(shorter, { previous: atQuestion(3, { g1: 5, g2: 4, r1: 2 }) });
      assert.deepEqual(state.view, { screen: 'intro' });
      assert.deepEqual(state.answers, {});
      assert.equal(state.notice, 'restarted');
      assert.deepEqual(effects, [{ type: 'discard' }]);
    });

    it('the same id and version whose scale lost an answered value restarts too', () => {
      const narrower = {
        ...quiz,
        scales: [{ ...quiz.scales[0], options: quiz.scales[0].options.slice(0, 3) }, quiz.scales[1]],
      };
      const { state, effects } = initQuiz(narrower, { previous: atQuestion(1, { g1: 5 }) });
      assert.equal(state.notice, 'restarted');
      assert.deepEqual(effects, [{ type: 'discard' }]);
    });

    it('the same id and version with a question added does not keep a finished reader on the old result', () => {
      const finished = reduceQuiz(atQuestion(4, all), next).state;
      const longer = {
        ...quiz,
        items: [...quiz.items, { id: 'g3', text: 'I plan.', scale: 'agree', dimension: 'give' }],
      };
      assert.equal(parseDefinition(longer).ok, true);
      const { state } = initQuiz(longer, { previous: finished });
      assert.notEqual(state.view.screen, 'result');
    });

    it('another quiz with saved, started progress resumes without saying it started again', () => {
      const other = { ...quiz, id: 'spec-other' };
      const saved = { answers: { g1: 5 }, position: 1, started: true };
      const { state, effects } = initQuiz(other, { previous: atQuestion(1, { g1: 5 }), saved });
      assert.equal(state.notice, null);
      assert.deepEqual(state.view, { screen: 'questions', index: 1 });
      assert.deepEqual(effects, [{ type: 'discard' }]);
    });

    it('a reader still on the untouched intro gets no notice', () => {
      const { state, effects } = initQuiz({ ...quiz, version: '2' }, { previous: initQuiz(quiz).state });
      assert.equal(state.notice, null);
      assert.deepEqual(effects, [{ type: 'discard' }]);
    });

    it('the notice goes when the reader starts', () => {
      const restarted = initQuiz({ ...quiz, version: '2' }, { previous: atQuestion(1, { g1: 5 }) }).state;
      assert.equal(reduceQuiz(restarted, start).state.notice, null);
    });
  });

  describe('retake', () => {
    it('discards the result, forgets the answers and starts again from the first question', () => {
      const finished = reduceQuiz(atQuestion(4, all), next).state;
      const { state, effects } = reduceQuiz(finished, { type: 'retake', now: LATER });
      assert.deepEqual(state, {
        definition: quiz,
        layout: 'paged',
        answers: {},
        view: { screen: 'questions', index: 0 },
        startedAt: LATER,
        hint: null,
        notice: null,
      });
      assert.deepEqual(effects, [
        { type: 'discard' },
        { type: 'focus', target: 'item-0' },
        { type: 'save', data: { answers: {}, position: 0, started: true } },
        { type: 'emit', name: 'recipro-start', detail: {} },
      ]);
    });
  });

  describe('show-rest (after a safety concern)', () => {
    it('on the result screen: marks the rest as asked for and moves focus to it', () => {
      const finished = reduceQuiz(atQuestion(4, all), next).state;
      const { state, effects } = reduceQuiz(finished, { type: 'show-rest' });
      assert.equal(state.view.screen, 'result');
      assert.equal(state.view.rest, true);
      assert.equal(state.view.result, finished.view.result);
      assert.deepEqual(effects, [{ type: 'focus', target: 'result-rest' }]);
    });

    it('anywhere else, or a second time, does nothing', () => {
      const asking = atQuestion(1, { g1: 5 });
      assert.deepEqual(reduceQuiz(asking, { type: 'show-rest' }), { state: asking, effects: [] });
      const shown = reduceQuiz(reduceQuiz(atQuestion(4, all), next).state, { type: 'show-rest' }).state;
      assert.deepEqual(reduceQuiz(shown, { type: 'show-rest' }), { state: shown, effects: [] });
    });
  });

  describe('clear-stored', () => {
    it('clears the saved record and says so; what is on screen stays', () => {
      const finished = reduceQuiz(atQuestion(4, all), next).state;
      const { state, effects } = reduceQuiz(finished, { type: 'clear-stored' });
      assert.equal(state, finished);
      assert.deepEqual(effects, [{ type: 'clear' }, { type: 'announce', message: { key: 'cleared' } }]);
    });
  });

  describe('reset (the surrounding form was reset)', () => {
    it('forgets everything, back on the intro; clears the record and discards the result, without events', () => {
      const hinted = reduceQuiz(atQuestion(2, { g1: 5, g2: 4 }), next).state;
      assert.deepEqual(reduceQuiz(hinted, { type: 'reset' }), {
        state: {
          definition: quiz,
          layout: 'paged',
          answers: {},
          view: { screen: 'intro' },
          startedAt: undefined,
          hint: null,
          notice: null,
        },
        effects: [{ type: 'clear' }, { type: 'discard' }],
      });
    });
  });

  describe('layout', () => {
    it('switches the layout, keeps the place and drops a hint, with no effects', () => {
      const hinted = reduceQuiz(atQuestion(1, { g1: 5 }), next).state;
      const { state, effects } = reduceQuiz(hinted, { type: 'layout', layout: 'list' });
      assert.equal(state.layout, 'list');
      assert.deepEqual(state.view, { screen: 'questions', index: 1 });
      assert.equal(state.hint, null);
      assert.deepEqual(effects, []);
    });
  });
});
