// What a quiz result tells the reader (quizReport), run in plain Node against the built package:
// the headline, the other bandings worth a line, the focus, the steps, the culture note, and
// support first whenever a safety rule fired. Every expected report is written out by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMixed, parseDefinition, quizReport, scoreLabel, scoreQuiz } from 'recipro-widgets/core';
import { quizBase } from './fixtures.mjs';

const half = (id, low, high) => [
  { id: `${id}-low`, min: 0, max: 50, ...low },
  { id: `${id}-high`, min: 50, max: 100, ...high },
];

// Two scored questions per dimension and one safety question. Bandings: the overall lean, a
// closeness banding (neutral when close), giving (the focus) and receiving (charted).
const quiz = {
  ...quizBase,
  id: 'spec-report',
  title: 'Report quiz',
  dimensions: [
    { id: 'give', label: 'Give' },
    { id: 'receive', label: 'Receive', description: 'What comes back to you.' },
  ],
  scores: [
    { id: 'lean', kind: 'difference', of: ['give', 'receive'] },
    { id: 'together', kind: 'mean', label: 'Time together', of: ['give', 'receive'] },
  ],
  bandings: [
    {
      id: 'overall',
      score: 'lean',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'You receive more',
          summary: 'They carry more.',
          advice: 'Offer help.',
          steps: ['offer'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          label: 'Balanced',
          summary: 'Even.',
          advice: 'Keep it up.',
          questions: [{ question: 'Is even always good?', answer: 'Mostly.' }],
          steps: ['thank'],
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'You carry more',
          summary: { partner: 'You carry more.', family: 'You carry more, which can be right for a season.' },
          advice: 'Ask for help.',
          steps: ['ask'],
        },
      ],
    },
    {
      id: 'closeness',
      score: 'together',
      bands: half(
        'together',
        { label: 'Drifting apart', summary: 'Little time together.', advice: 'Plan time together.', steps: ['plan'] },
        { label: 'Close', summary: 'Much time together.', neutral: true },
      ),
    },
    {
      id: 'giving',
      score: 'give',
      bands: half(
        'give',
        { label: 'Giving little', summary: 'You give little.', advice: 'Offer small things.', steps: ['offer'] },
        { label: 'Giving a lot', summary: 'You give a lot.' },
      ),
    },
    {
      id: 'receiving',
      score: 'receive',
      bands: half(
        'receive',
        { label: 'Receiving little', summary: 'Little comes back.', advice: 'Say what you need.' },
        { label: 'Receiving a lot', summary: 'A lot comes back.', advice: 'Say thank you.' },
      ),
    },
  ],
  focus: { scores: ['give'], count: 1, order: 'lowest' },
  chart: { scores: ['receive'], lowLabel: 'Little', highLabel: 'A lot' },
  steps: [
    { id: 'offer', title: 'Offer', summary: 'Offer something small.' },
    { id: 'thank', title: 'Thank', summary: 'Say thank you.' },
    { id: 'ask', title: 'Ask', summary: 'Ask for what you need.' },
    { id: 'plan', title: 'Plan', summary: 'Plan time together.' },
  ],
  safety: { title: 'Your safety comes first', message: 'Support matters more than any score.' },
  resources: {
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
  },
  cultureNotes: { uk: { title: 'In the UK', body: 'Understatement is common.' } },
};

const answers = (g, r, afraid = 1) => ({ g1: g, g2: g, r1: r, r2: r, afraid });
/** The report for these answers, scored by scoreQuiz (the input quizReport works on). */
const report = (given, culture) => quizReport(quiz, scoreQuiz(quiz, given), { culture });
const forms = [{ score: 'receive', label: 'Receive', description: 'What comes back to you.' }];
const question = { question: 'Is even always good?', answer: 'Mostly.' };

describe('quizReport', () => {
  it('is tested with a valid definition', () => {
    const parsed = parseDefinition(quiz);
    assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
  });

  describe('without a safety concern', () => {
    // give 0, receive 0: lean 0 (balanced), together 0 (drifting), giving low (focus), receiving low (charted).
    it('headline with advice, other bandings worth a line, the focus, and the suggested steps', () => {
      assert.deepEqual(report(answers(1, 1)), {
        safety: false,
        withheld: false,
        chart: true,
        supportRegion: null,
        headline: { label: 'Balanced', summary: 'Even.', advice: 'Keep it up.', questions: [question] },
        // The overall band here is not marked neutral, so the result is not called mixed.
        mixed: false,
        others: [{ label: 'Drifting apart', summary: 'Little time together.', advice: 'Plan time together.' }],
        focus: [
          {
            score: 'give',
            scoreLabel: 'Give',
            label: 'Giving little',
            summary: 'You give little.',
            advice: 'Offer small things.',
          },
        ],
        steps: [
          { id: 'thank', title: 'Thank', summary: 'Say thank you.' },
          { id: 'plan', title: 'Plan', summary: 'Plan time together.' },
          { id: 'offer', title: 'Offer', summary: 'Offer something small.' },
        ],
        forms,
      });
    });

    it('others leave out neutral bands, the focus and charted scores', () => {
      // give 0, receive 100: lean -100, together 50 (close: neutral), giving in focus, receiving charted.
      const result = scoreQuiz(quiz, answers(1, 5));
      assert.deepEqual(
        result.bands.map((b) => b.band.id),
        ['receive-more', 'together-high', 'give-low', 'receive-high'],
      );
      assert.deepEqual(quizReport(quiz, result).others, []);
    });

    it('a focus candidate that was not picked is not repeated among the others (as in scoreQuiz’s advice)', () => {
      // give 0 and together 0 are both candidates; one is picked (give, first in order), together is left out.
      const twoCandidates = { ...quiz, focus: { scores: ['give', 'together'], count: 1, order: 'lowest' } };
      const result = scoreQuiz(twoCandidates, answers(1, 1));
      assert.deepEqual(
        result.focus.map((f) => f.score),
        ['give'],
      );
      assert.deepEqual(quizReport(twoCandidates, result).others, []);
    });

    it('the focus has the band’s summary, and its advice when it has one', () => {
      assert.deepEqual(report(answers(5, 1)).focus, [
        { score: 'give', scoreLabel: 'Give', label: 'Giving a lot', summary: 'You give a lot.' },
      ]);
    });

    it('no headline when the overall score is unknown', () => {
      assert.deepEqual(report({ afraid: 1 }), {
        safety: false,
        withheld: false,
        chart: true,
        supportRegion: null,
        headline: null,
        mixed: false,
        others: [],
        focus: [],
        steps: [],
        forms,
      });
    });

    it('words a band’s summary for the relationship in use, else the default relationship', () => {
      // give 100, receive 0: lean 100, you carry more.
      const given = scoreQuiz(quiz, answers(5, 1));
      const summary = (relationship) => quizReport(quiz, given, { relationship }).headline.summary;
      assert.equal(summary('family'), 'You carry more, which can be right for a season.');
      assert.equal(summary('partner'), 'You carry more.');
      assert.equal(summary('friend'), 'You carry more.');
      assert.equal(summary(undefined), 'You carry more.');
    });
  });

  describe('when a safety rule fired', () => {
    it('support comes first and alone: nothing that interprets the relationship, no chart', () => {
      assert.deepEqual(report(answers(1, 1, 2), 'uk'), {
        safety: true,
        withheld: true,
        chart: false,
        supportRegion: 'uk',
        headline: null,
        mixed: false,
        others: [],
        focus: [],
        steps: [],
        forms: [],
      });
    });

    it('the rest, once the reader asks for it: bands, chart and culture note, still no advice, focus or steps', () => {
      assert.deepEqual(quizReport(quiz, scoreQuiz(quiz, answers(1, 1, 2)), { culture: 'uk', rest: true }), {
        safety: true,
        withheld: false,
        chart: true,
        supportRegion: 'uk',
        headline: { label: 'Balanced', summary: 'Even.' },
        mixed: false,
        others: [{ label: 'Drifting apart', summary: 'Little time together.' }],
        focus: [],
        steps: [],
        forms,
        cultureNote: { title: 'In the UK', body: 'Understatement is common.' },
      });
    });

    it('asking for the rest keeps the advice when no safety rule fired', () => {
      const rest = quizReport(quiz, scoreQuiz(quiz, answers(1, 1)), { rest: true });
      assert.deepEqual(rest.headline, {
        label: 'Balanced',
        summary: 'Even.',
        advice: 'Keep it up.',
        questions: [question],
      });
      assert.equal(rest.steps.length, 3);
    });
  });

  describe('a mixed result: balanced overall, uneven in places', () => {
    // The same quiz with the overall "Balanced" band neutral, and "Giving a lot" neutral too, so that
    // giving (the focus) leans only when the reader gives little.
    const neutral = (bands, id) => bands.map((band) => (band.id === id ? { ...band, neutral: true } : band));
    const evenQuiz = {
      ...quiz,
      bandings: quiz.bandings.map((banding) =>
        banding.id === 'overall'
          ? { ...banding, bands: neutral(banding.bands, 'balanced') }
          : banding.id === 'giving'
            ? { ...banding, bands: neutral(banding.bands, 'give-high') }
            : banding,
      ),
    };
    const mixed = (given, options) => quizReport(evenQuiz, scoreQuiz(evenQuiz, given), options).mixed;

    it('is tested with a valid definition', () => {
      const parsed = parseDefinition(evenQuiz);
      assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
    });

    it('is mixed when the overall band is neutral and a form leans (give 0, receive 0: lean 0, giving little)', () => {
      assert.equal(mixed(answers(1, 1)), true);
    });

    it('is not mixed when the overall band is neutral and nothing leans (give 100, receive 100)', () => {
      assert.equal(mixed(answers(5, 5)), false);
    });

    it('is not mixed when the overall band leans (give 100, receive 0: you carry more)', () => {
      assert.equal(mixed(answers(5, 1)), false);
    });

    it('after a safety concern: not while support is shown alone; mixed in the rest, which has no focus', () => {
      assert.equal(mixed(answers(1, 1, 2)), false);
      const rest = quizReport(evenQuiz, scoreQuiz(evenQuiz, answers(1, 1, 2)), { rest: true });
      assert.equal(rest.mixed, true);
      assert.deepEqual(rest.focus, []);
    });

    it('isMixed says the same from the scored result alone', () => {
      assert.equal(isMixed(scoreQuiz(evenQuiz, answers(1, 1))), true);
      assert.equal(isMixed(scoreQuiz(evenQuiz, answers(5, 5))), false);
      assert.equal(isMixed(scoreQuiz(evenQuiz, answers(5, 1))), false);
      assert.equal(isMixed(scoreQuiz(evenQuiz, {})), false);
    });
  });

  describe('whose helplines come first', () => {
    it('the reader’s region when the page sets no culture, else the page’s culture', () => {
      const result = scoreQuiz(quiz, answers(1, 1, 2));
      assert.equal(quizReport(quiz, result, { region: 'in' }).supportRegion, 'in');
      assert.equal(quizReport(quiz, result, { culture: 'uk', region: 'in' }).supportRegion, 'uk');
      assert.equal(quizReport(quiz, result).supportRegion, null);
    });
  });

  describe('the culture note', () => {
    it('is given for a culture the quiz has a note for', () => {
      assert.deepEqual(report(answers(1, 1), 'uk').cultureNote, {
        title: 'In the UK',
        body: 'Understatement is common.',
      });
    });

    it('is left out for another culture, or none', () => {
      for (const culture of ['us', null, undefined]) {
        assert.equal(Object.hasOwn(report(answers(1, 1), culture), 'cultureNote'), false, String(culture));
      }
    });
  });

  describe('scoreLabel', () => {
    it('names a derived score by its label, a dimension by its label, anything else by its id', () => {
      assert.equal(scoreLabel(quiz, 'together'), 'Time together');
      assert.equal(scoreLabel(quiz, 'give'), 'Give');
      assert.equal(scoreLabel(quiz, 'lean'), 'lean');
      assert.equal(scoreLabel(quiz, 'nothing'), 'nothing');
    });
  });
});
