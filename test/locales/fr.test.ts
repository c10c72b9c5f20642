import { expect } from '@open-wc/testing';
import {
  en,
  parseDefinition,
  registerCatalog,
  relationships,
  scoreChecklist,
  scoreQuiz,
  type Catalog,
  type ChecklistDefinition,
  type Definition,
  type QuizAnswers,
  type QuizDefinition,
  type QuizResult,
  type StepperDefinition,
} from '../../src/core/index.js';
import { presets } from '../../src/content/index.js';
import { checklistSummaryText } from '../../src/components/checklist/checklist-summary.js';
import { quizSummaryText } from '../../src/components/quiz/quiz-summary.js';
import { summaryMarkdown, summaryText } from '../../src/components/stepper/stepper-summary.js';
import fr from '../../src/locales/fr/index.js';
import { supportResources as frResources } from '../../src/locales/fr/resources.js';
import { PACK_IDS } from '../../src/locales/types.js';
import { expectSameStructure, IDENTITY_KEYS as SHARED_IDENTITY_KEYS } from './same-structure.js';

const frQuiz = fr.packs['reciprocity-balance'] as QuizDefinition;
const enQuiz = presets['reciprocity-balance'];

/** Every string in a value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

/**
 * Keys whose values are identifiers, not wording, when they hold a string or a list of strings
 * (as in same-structure.ts, plus `scores` for the focus and chart lists). A `steps` list of step
 * objects is wording, and is walked.
 */
const IDENTITY_KEYS = new Set([...SHARED_IDENTITY_KEYS, 'scores', 'locale']);
const isIdentity = (key: string, value: unknown) =>
  IDENTITY_KEYS.has(key) &&
  (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')));

/** [path, French, English] for every piece of wording, walking both definitions side by side. */
function wordingPairs(translated: unknown, english: unknown, path = ''): [string, string, string][] {
  if (typeof english === 'string') return [[path, translated as string, english]];
  if (Array.isArray(english))
    return english.flatMap((item, i) => wordingPairs((translated as unknown[])[i], item, `${path}[${i}]`));
  if (english && typeof english === 'object') {
    return Object.entries(english)
      .filter(([key, value]) => !isIdentity(key, value))
      .flatMap(([key, value]) =>
        wordingPairs((translated as Record<string, unknown>)[key], value, path ? `${path}.${key}` : key),
      );
  }
  return [];
}

/**
 * `expectSameStructure`, applied so that a list of step objects is compared item by item.
 * The shared helper lists `steps` among its identity keys (right for a band's list of step
 * ids) and so demands that a quiz's or stepper's step objects equal the English ones word for
 * word, which no translation can pass. Comparing each step on its own still checks their ids,
 * letters, numbers and keys exactly; only the wording may differ.
 */
function expectSameStructureByStep(translated: Definition, english: Definition): void {
  const steps = (d: Definition): unknown[] | undefined =>
    'steps' in d && Array.isArray(d.steps) ? d.steps : undefined;
  const [a, b] = [steps(translated), steps(english)];
  if (!b) return expectSameStructure(translated, english, 'fr');
  const { steps: _a, ...restA } = translated as Definition & { steps: unknown };
  const { steps: _b, ...restB } = english as Definition & { steps: unknown };
  expectSameStructure(restA, restB, 'fr');
  expect(a, 'steps').to.be.an('array').with.lengthOf(b.length);
  b.forEach((step, i) => expectSameStructure(a![i], step, 'fr', `steps[${i}]`));
}

/** Every message, with functions called on sample arguments of both kinds. */
const SAMPLES = [0, 1, 2, 5];
function renderedMessages(catalog: Catalog): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[key, value]];
    const fn = value as (...args: unknown[]) => string;
    return [
      ...SAMPLES.map((n): [string, string] => [`${key}(${n})`, fn(...Array.from({ length: fn.length }, () => n))]),
      [`${key}(text)`, fn(...Array.from({ length: fn.length }, (_, i) => (i === 0 ? 'Réfléchir' : 3)))],
    ];
  });
}

/** Answers that put the reader on the giving side (`give`), the receiving side, or a fixed pattern. */
function answers(
  quiz: QuizDefinition,
  pick: (item: QuizDefinition['items'][number], index: number) => number,
): QuizAnswers {
  // Both safety questions (fear, being controlled) are answered « Jamais » unless a set says otherwise.
  return Object.fromEntries(quiz.items.map((item, i) => [item.id, item.dimension === undefined ? 1 : pick(item, i)]));
}
const leaning = (towards: 'give' | 'receive') => (item: QuizDefinition['items'][number]) => {
  const high = item.dimension?.endsWith(`-${towards}`) ?? false;
  return high !== Boolean(item.reverse) ? 5 : 1;
};
const ANSWER_SETS: Record<string, QuizAnswers> = {
  'give-all': answers(enQuiz, leaning('give')),
  'receive-all': answers(enQuiz, leaning('receive')),
  mixed: answers(enQuiz, (_, i) => ((i * 7) % 5) + 1),
  middle: answers(enQuiz, () => 3),
  'mixed, safety unsure': { ...answers(enQuiz, (_, i) => ((i * 3) % 5) + 1), safety: 6 },
  'give-all, control sometimes': { ...answers(enQuiz, leaning('give')), control: 3 },
  'partly answered': Object.fromEntries(Object.entries(answers(enQuiz, (_, i) => ((i * 2) % 5) + 1)).slice(0, 9)),
};

/** What must not differ between languages: everything in a result but its wording. */
const outcome = (result: QuizResult) => ({
  scores: result.scores,
  dimensions: Object.fromEntries(
    Object.entries(result.dimensions).map(([id, d]) => [id, [d.raw, d.normalized, d.answered, d.total]]),
  ),
  bands: result.bands.map((b) => [b.banding, b.score, b.value, b.band.id]),
  band: result.band?.band.id ?? null,
  focus: result.focus.map((f) => [f.banding, f.band.id]),
  safety: result.safety,
  steps: result.guidance.steps,
  adviceCount: result.guidance.advice.length,
  showResources: result.guidance.showResources,
  completeness: result.completeness,
  problems: result.problems,
});

/** French for "give more" and its near relatives: never advice, least of all to someone who feels unsafe. */
const GIVE_MORE = new RegExp(
  [
    String.raw`\b(donn|offr|apport|fai|en fai|en f)\w*\s+(encore\s+)?(plus|davantage)\b`,
    String.raw`\b(en faire|en faites|faire|faites)\s+(encore\s+)?(plus|davantage)\b`,
    String.raw`\b(vous\s+)?(investi|impliqu|dévou|sacrifi)\w*[-\s]+(vous\s+)?(encore\s+)?(plus|davantage)\b`,
    String.raw`plus d[’']efforts`,
  ].join('|'),
  'i',
);

describe('French locale pack', () => {
  it('declares French and provides every pack', () => {
    expect(fr.language).to.equal('fr');
    expect(Object.keys(fr.packs).sort()).to.deep.equal([...PACK_IDS].sort());
  });

  for (const id of PACK_IDS) {
    describe(id, () => {
      it('is a valid definition of the same kind as the English pack', () => {
        const result = parseDefinition(fr.packs[id], presets[id].kind);
        expect(result.ok, result.ok ? '' : JSON.stringify(result.issues)).to.equal(true);
      });

      it('has exactly the English structure, ids and numbers', () => {
        expectSameStructureByStep(fr.packs[id], presets[id]);
      });

      it('is marked as French', () => {
        expect(fr.packs[id].locale).to.equal('fr');
      });

      it('translates every piece of wording (only proper names stay as in English)', () => {
        const KEEP = new Set([
          '988 Suicide & Crisis Lifeline',
          'National Domestic Violence Hotline',
          'Tele-MANAS',
          'Samaritans',
          'Lifeline',
          '1800RESPECT',
          'Women Helpline (Mission Shakti)',
          '3919 Violences Femmes Info',
        ]);
        const untranslated = wordingPairs(fr.packs[id], presets[id]).filter(([, a, b]) => a === b && !KEEP.has(b));
        expect(untranslated.map(([path]) => path)).to.deep.equal([]);
      });
    });
  }

  describe('the quiz', () => {
    it('words every item for all four relationships', () => {
      for (const item of frQuiz.items) {
        expect(item.text, item.id).to.be.an('object');
        for (const relationship of relationships) {
          const text = (item.text as Record<string, string | undefined>)[relationship];
          expect(text, `${item.id}.${relationship}`).to.be.a('string').and.not.equal('');
        }
      }
    });

    it('names the person the relationship is about in each wording', () => {
      const PERSON = {
        partner: /mon ou ma partenaire/i,
        family: /ce membre de ma famille/i,
        friend: /mon ami ou amie|notre amitié/i,
        colleague: /ce ou cette collègue/i,
      };
      for (const item of frQuiz.items) {
        for (const relationship of relationships) {
          const text = (item.text as Record<string, string>)[relationship]!;
          expect(text, `${item.id}.${relationship}`).to.match(PERSON[relationship]);
        }
      }
    });

    for (const [name, given] of Object.entries(ANSWER_SETS)) {
      it(`gives the same scores, bands and guidance as English (${name})`, () => {
        const french = scoreQuiz(frQuiz, given);
        const english = scoreQuiz(enQuiz, given);
        expect(outcome(french)).to.deep.equal(outcome(english));
        expect(french.guidance.advice.every((a) => a.trim() !== '')).to.equal(true);
      });
    }

    it('leans the expected way for give-all and receive-all answers', () => {
      expect(scoreQuiz(frQuiz, ANSWER_SETS['give-all']).band?.band.id).to.equal('carry-more');
      expect(scoreQuiz(frQuiz, ANSWER_SETS['receive-all']).band?.band.id).to.equal('receive-more');
    });

    it('sets advice aside and shows support when the safety answer is « Je ne sais pas »', () => {
      const result = scoreQuiz(frQuiz, ANSWER_SETS['mixed, safety unsure']);
      const unsure = frQuiz.scales.find((s) => s.id === 'safety')!.options.find((o) => o.value === 6)!;
      expect(unsure.label).to.equal('Je ne sais pas');
      expect(result.guidance.showResources).to.equal(true);
      expect(result.guidance.advice).to.deep.equal([]);
    });
  });

  it('gives the same checklist bands as English for every number of ticks', () => {
    for (const id of PACK_IDS) {
      const english = presets[id];
      if (english.kind !== 'checklist') continue;
      const french = fr.packs[id] as ChecklistDefinition;
      for (let n = 0; n <= english.items.length; n++) {
        const ticked = english.items.slice(0, n).map((i) => i.id);
        const a = scoreChecklist(french, ticked);
        const b = scoreChecklist(english, ticked);
        expect([a.score, a.band.id], `${id}, ${n} ticked`).to.deep.equal([b.score, b.band.id]);
      }
    }
  });

  it('keeps the RECIPRO letters and step ids, with French titles that start with their letter', () => {
    const steps = (fr.packs['recipro-steps'] as StepperDefinition).steps;
    expect(steps.map((s) => s.letter).join('')).to.equal('RECIPRO');
    expect(steps.map((s) => s.id)).to.deep.equal([
      'reflect',
      'express',
      'check-in',
      'invest',
      'practice-balance',
      'repair',
      'observe',
    ]);
    for (const step of steps) expect(step.title[0], step.id).to.equal(step.letter);
    expect(frQuiz.steps?.map((s) => s.title)).to.deep.equal(steps.map((s) => s.title));
  });

  it('keeps the credit to Priyanka Sharma’s article in every pack', () => {
    for (const id of PACK_IDS) expect(fr.packs[id].attribution?.text, id).to.contain('Priyanka Sharma');
  });

  describe('support resources', () => {
    it('keeps every service, region and number of the English list, in the same order', () => {
      const shape = (r: typeof frResources) =>
        r.items.map((i) => [i.region, i.contacts.map((c) => [c.phone, c.sms ?? false, c.url ?? null])]);
      expect(shape(frResources)).to.deep.equal(shape(enQuiz.resources!));
      expect(frQuiz.resources).to.equal(frResources);
    });

    it('keeps the emergency line with the emergency numbers', () => {
      expect(frResources.emergency).to.match(/^Si vous êtes en danger en ce moment, appelez le numéro d’urgence local/);
      for (const n of ['911', '999', '000', '112']) expect(frResources.emergency).to.contain(n);
    });

    it('says « gratuit » wherever English says free', () => {
      frResources.items.forEach((item, i) => {
        const english = enQuiz.resources!.items[i]!.description;
        expect(/\bfree\b|toll-free/i.test(english), item.name).to.equal(/gratuit/i.test(item.description));
      });
    });
  });

  describe('interface strings', () => {
    it('has every key of the English catalog, of the same type, and no other', () => {
      expect(Object.keys(fr.messages).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(en)) {
        const french = (fr.messages as Record<string, unknown>)[key];
        expect(typeof french, key).to.equal(typeof value);
        if (typeof value === 'function')
          expect((french as (...a: unknown[]) => string).length, `${key} parameters`).to.equal(value.length);
      }
    });

    it('returns a non-empty string from every message, for sample arguments', () => {
      for (const [key, text] of renderedMessages(fr.messages)) {
        expect(text, key).to.be.a('string');
        expect(text.trim(), key).to.not.equal('');
        expect(text, key).to.not.match(/undefined|NaN|\[object/);
      }
    });

    it('translates every interface string (only « Score » and « Question » are the same word)', () => {
      const same = Object.entries(en).filter(
        ([key, value]) => typeof value === 'string' && (fr.messages as Record<string, unknown>)[key] === value,
      );
      expect(same.map(([key]) => key)).to.deep.equal(['tableValue']);
    });

    it('uses the singular for 0 and 1 and the plural from 2', () => {
      const t = fr.messages;
      expect([0, 1, 2, 5].map((n) => t.questions(n))).to.deep.equal([
        '0 question',
        '1 question',
        '2 questions',
        '5 questions',
      ]);
      expect(t.minutes(1)).to.equal('Environ 1 minute');
      expect(t.minutes(5)).to.equal('Environ 5 minutes');
      expect(t.answeredOf(1, 25)).to.equal('1 réponse sur 25');
      expect(t.answeredOf(12, 25)).to.equal('12 réponses sur 25');
      expect(t.checkedOf(0, 8)).to.equal('0 case cochée sur 8');
      expect(t.checkedOf(3, 8)).to.equal('3 cases cochées sur 8');
      expect(t.doneOf(1, 7)).to.equal('1 étape terminée sur 7');
      expect(t.doneOf(7, 7)).to.equal('7 étapes terminées sur 7');
      expect(t.warningSigns(1)).to.equal('1 signe d’alerte');
      expect(t.warningSigns(3)).to.equal('3 signes d’alerte');
      expect(t.errorMore(1)).to.equal('…et 1 autre problème.');
      expect(t.keepNotesOn(1)).to.contain('après 1 jour sans');
      expect(t.keptLocal(30)).to.contain('après 30 jours sans');
      expect(t.reminderEvery('Faire le point', 1)).to.equal('Faire le point, chaque semaine');
      expect(t.reminderEvery('Faire le point', 2)).to.equal('Faire le point, toutes les 2 semaines');
    });

    it('puts the no-break spaces of French typography into parametrised strings', () => {
      const t = fr.messages;
      expect(t.stepHeading(2, 7, 'Exprimer')).to.equal('Étape 2 sur 7\u00a0: Exprimer');
      expect(t.resultReady('Plutôt équilibré')).to.equal('Votre résultat est prêt\u00a0: Plutôt équilibré.');
      expect(t.markedDone('Exprimer', 2, 7)).to.equal(
        'Étape «\u00a0Exprimer\u00a0» terminée. 2 étapes terminées sur 7.',
      );
    });

    it('keeps that no-break space before every colon of the copied and downloaded summaries', () => {
      registerCatalog('fr', fr.messages);
      const stepper = fr.packs['recipro-steps'] as StepperDefinition;
      const checklist = fr.packs['one-sided-signs'] as ChecklistDefinition;
      const summaries = [
        summaryText(stepper, {}, fr.messages, 'fr'),
        summaryMarkdown(stepper, {}, fr.messages, 'fr'),
        checklistSummaryText(
          checklist,
          scoreChecklist(
            checklist,
            checklist.items.map((i) => i.id),
          ),
          '9 cases cochées sur 9',
          fr.messages,
          true,
        ),
        quizSummaryText(frQuiz, scoreQuiz(frQuiz, { ...answers(frQuiz, leaning('give')), safety: 3 }), 'fr', {
          culture: 'us',
        }),
      ];
      expect(summaries[0]).to.contain(`R\u00a0: ${stepper.steps[0]!.title}`);
      for (const text of summaries) expect(text.match(/\S(?<!\u00a0): /g) ?? [], text.slice(0, 60)).to.deep.equal([]);
    });
  });

  describe('wording rules', () => {
    const advice = [
      ...frQuiz.bandings.flatMap((b) => b.bands.map((band) => band.advice ?? '')),
      ...PACK_IDS.flatMap((id) => {
        const pack = fr.packs[id];
        return pack.kind === 'checklist' ? pack.bands.flatMap((b) => [b.takeaway, b.next ?? '']) : [];
      }),
      ...Object.entries(fr.messages)
        .filter(([key, value]) => typeof value === 'string' && /Takeaway$/.test(key))
        .map(([, value]) => value as string),
    ].filter(Boolean);

    it('the check for « give more » catches the phrasings it is meant to catch', () => {
      for (const phrase of [
        'Donnez plus.',
        'essayez de donner davantage',
        'Offrez davantage de temps',
        'en faire plus',
        'Investissez-vous davantage',
        'faites plus d’efforts',
        'apportez plus',
      ])
        expect(phrase, phrase).to.match(GIVE_MORE);
      for (const phrase of [
        'Vous recevez davantage de soutien',
        'C’est vous qui portez le plus',
        'De quoi ai-je davantage besoin\u202f?',
      ])
        expect(phrase, phrase).to.not.match(GIVE_MORE);
    });

    it('no advice or takeaway tells the reader to give more', () => {
      expect(advice.length).to.be.greaterThan(20);
      for (const text of advice) expect(text).to.not.match(GIVE_MORE);
    });

    it('the safety message and resources never suggest giving more or mending things with the person feared', () => {
      const texts = [frQuiz.safety!.title, frQuiz.safety!.message, ...strings(frResources)];
      for (const text of texts) {
        expect(text).to.not.match(GIVE_MORE);
        expect(text).to.not.match(/répar|réconcili|arranger|premier pas|donn/i);
      }
    });

    it('follows French typography: no-break spaces before « : ; ? ! », inside guillemets, curly apostrophes', () => {
      const all = [
        ...PACK_IDS.flatMap((id) => wordingPairs(fr.packs[id], presets[id]).map(([, a]) => a)),
        ...renderedMessages(fr.messages).map(([, text]) => text),
      ];
      for (const text of all) {
        expect(text, text).to.not.match(/ [:;?!»]|« /);
        expect(text, text).to.not.match(/[^\u00a0\u202f ]:|[^\u202f ][;?!](?!\d)/);
        expect(text, text).to.not.match(/\u202f:|\u00a0[;?!]/);
        expect(text, text).to.not.match(/«(?!\u00a0)|[^\u00a0]»/);
        expect(text, text).to.not.match(/'|\.\.\./);
      }
    });
  });
});
