import { expect } from '@open-wc/testing';
import {
  describeIssue,
  en,
  message,
  parseDefinition,
  registerCatalog,
  relationships,
  reverseValue,
  scaleBounds,
  scoreQuiz,
  type QuizDefinition,
  type StepperDefinition,
} from '../../src/core/index.js';
import { presets, supportResources as englishResources } from '../../src/content/index.js';
import hiDefault, { hi } from '../../src/locales/hi/index.js';
import { supportResources } from '../../src/locales/hi/resources.js';
import { PACK_IDS } from '../../src/locales/types.js';
import { expectSameStructure, IDENTITY_KEYS } from './same-structure.js';

const DEVANAGARI = /[\u0900-\u097F]/;
const PERSON = { partner: 'साथी', family: 'परिवार', friend: 'दोस्त', colleague: 'सहकर्मी' } as const;
/**
 * Telling the reader to give more, try harder or do more, in Hindi (with or without nukta) or
 * English. A danda (।) ends a word.
 */
const GIVE_MORE = new RegExp(
  [
    // "more", then "give", "do", "try" or "work hard" as a whole word.
    String.raw`(ज़्यादा|ज्यादा|अधिक|और)\s+` +
      String.raw`(दें|दीजिए|दो|देते रहें|करें|कीजिए|कोशिश करें|मेहनत करें)(?![\u0900-\u0963\u0966-\u097F])`,
    'give more',
    'try harder',
    'do more for',
  ].join('|'),
  'i',
);
/** Keys whose strings are not wording: ids, data, and the names of services abroad. */
const NOT_WORDING = new Set([...IDENTITY_KEYS, 'locale', 'name']);

/** Every wording string in a value, with its path. */
function wordings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => wordings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      // `focus.scores` and `chart.scores` list score ids; the quiz's own `scores` are objects with labels.
      const ids = k === 'scores' && Array.isArray(v) && v.every((x) => typeof x === 'string');
      return NOT_WORDING.has(k) || ids ? [] : wordings(v, path ? `${path}.${k}` : k);
    });
  }
  return [];
}

const quiz = hi.packs['reciprocity-balance'] as QuizDefinition;
const englishQuiz = presets['reciprocity-balance'];
const frequency = englishQuiz.scales.find((s) => s.id === 'frequency')!;
const { min, max } = scaleBounds(frequency);

type Level = 'max' | 'min' | 'mid';
/** Raw answers that score every give item at `give` and every receive item at `receive`, minding `reverse`. */
function answers(give: Level, receive: Level, safety = 1): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of englishQuiz.items) {
    if (!item.dimension) {
      out[item.id] = safety;
      continue;
    }
    const level = item.dimension.endsWith('-give') ? give : receive;
    const scored = level === 'max' ? max : level === 'min' ? min : (min + max) / 2;
    out[item.id] = item.reverse ? reverseValue(frequency, scored) : scored;
  }
  return out;
}

describe('Hindi locale pack', () => {
  it('is a LocalePack for `hi` with every built-in pack', () => {
    expect(hi.language).to.equal('hi');
    expect(hiDefault).to.equal(hi);
    expect(Object.keys(hi.packs).sort()).to.deep.equal([...PACK_IDS].sort());
  });

  describe('every pack', () => {
    for (const id of PACK_IDS) {
      it(`"${id}" passes parseDefinition`, () => {
        const result = parseDefinition(hi.packs[id]);
        expect(result.ok, result.ok ? '' : result.issues.map(describeIssue).join('\n')).to.equal(true);
        expect(hi.packs[id].id).to.equal(id);
        expect(hi.packs[id].locale).to.equal('hi');
      });

      it(`"${id}" has the English structure`, () => {
        expectSameStructure(hi.packs[id], presets[id], 'hi');
      });

      it(`"${id}" is worded in Hindi throughout, with the attribution and disclaimer`, () => {
        for (const [path, text] of wordings(hi.packs[id])) expect(text, `${id}: ${path}`).to.match(DEVANAGARI);
        expect(hi.packs[id].attribution?.text).to.include('RECIPRO').and.to.include('प्रियंका शर्मा');
        expect(hi.packs[id].disclaimer).to.include('डायग्नोसिस').and.to.include('थेरेपी');
      });
    }
  });

  describe('reciprocity-balance quiz', () => {
    for (const relationship of relationships) {
      it(`words every item for a ${relationship}`, () => {
        for (const item of quiz.items) {
          const own = typeof item.text === 'string' ? undefined : item.text[relationship];
          expect(own, `${item.id} has no ${relationship} wording`).to.be.a('string');
          expect(own, item.id).to.include(PERSON[relationship]);
        }
      });
    }

    for (const [name, give, receive] of [
      ['give-all', 'max', 'min'],
      ['receive-all', 'min', 'max'],
      ['balanced', 'mid', 'mid'],
      ['lowest', 'min', 'min'],
      ['mixed', 'max', 'mid'],
    ] as const) {
      it(`gives the same scores, bands and guidance as English (${name})`, () => {
        const a = answers(give, receive);
        const hindi = scoreQuiz(quiz, a);
        const english = scoreQuiz(englishQuiz, a);
        expect(hindi.problems).to.deep.equal([]);
        expect(hindi.scores).to.deep.equal(english.scores);
        expect(hindi.bands.map((b) => `${b.banding}:${b.band.id}`)).to.deep.equal(
          english.bands.map((b) => `${b.banding}:${b.band.id}`),
        );
        expect(hindi.focus.map((b) => b.score)).to.deep.equal(english.focus.map((b) => b.score));
        expect(hindi.guidance.steps).to.deep.equal(english.guidance.steps);
        expect(hindi.guidance.advice).to.have.length(english.guidance.advice.length);
        for (const advice of hindi.guidance.advice) expect(advice).to.match(DEVANAGARI);
      });
    }

    it('gives the same scores for an irregular mix of answers', () => {
      const a = Object.fromEntries(
        englishQuiz.items.map((item, i) => [item.id, item.dimension ? ((i * 7) % 5) + 1 : 1]),
      );
      expect(scoreQuiz(quiz, a).scores).to.deep.equal(scoreQuiz(englishQuiz, a).scores);
    });

    it('sets advice aside and shows support for any concerning safety answer, as in English', () => {
      for (const value of [2, 3, 4, 5, 6]) {
        const result = scoreQuiz(quiz, answers('max', 'min', value));
        expect(result.guidance.showResources, `answer ${value}`).to.equal(true);
        expect(result.guidance.advice).to.deep.equal([]);
      }
      expect(quiz.scales.find((s) => s.id === 'safety')!.options.map((o) => o.label)[0]).to.equal('कभी नहीं');
    });

    it('never tells the reader to give more, and the safety message never suggests repair', () => {
      // The check itself catches the phrasing it is for, whichever way the nukta is encoded.
      expect('थोड़ा और ज़्यादा दें।'.normalize('NFC')).to.match(GIVE_MORE);
      expect('\u091C\u093C्यादा दीजिए'.normalize('NFC')).to.match(GIVE_MORE);
      expect('\u095B्यादा दीजिए'.normalize('NFC')).to.match(GIVE_MORE);
      expect('और देखें कि उनका जवाब कैसा रहता है।').not.to.match(GIVE_MORE);
      const wordings = (text: string | Record<string, string | undefined>) =>
        typeof text === 'string' ? [text] : Object.values(text).map((t) => t ?? '');
      const advice = quiz.bandings.flatMap((b) =>
        b.bands.flatMap((band) => [...wordings(band.summary), band.advice ?? '']),
      );
      for (const text of advice) expect(text.normalize('NFC')).not.to.match(GIVE_MORE);
      const safety = `${quiz.safety!.title} ${quiz.safety!.message}`;
      // Reconcile, improve, ill feeling, take the first step (but not पहले, "first"), handle, try.
      for (const word of [/सुलह/, /सुधार/, /मनमुटाव/, /पहल(?![\u0900-\u0963\u0966-\u097F])/, /सँभाल/, /कोशिश/])
        expect(safety).not.to.match(word);
      expect(safety).not.to.match(GIVE_MORE);
      expect(safety).to.include('सुरक्षा');
    });

    it('keeps the RECIPRO letters and step ids, with the same titles in the stepper', () => {
      const stepper = hi.packs['recipro-steps'] as StepperDefinition;
      expect(quiz.steps!.map((s) => s.letter).join('')).to.equal('RECIPRO');
      expect(stepper.steps.map((s) => s.letter).join('')).to.equal('RECIPRO');
      expect(stepper.steps.map((s) => s.id)).to.deep.equal(englishQuiz.steps!.map((s) => s.id));
      for (const step of stepper.steps) expect(step.title).to.equal(quiz.steps!.find((s) => s.id === step.id)!.title);
    });
  });

  describe('checklist takeaways', () => {
    it('never tell the reader to give more, nor do their next steps', () => {
      for (const id of PACK_IDS) {
        const pack = hi.packs[id];
        if (pack.kind !== 'checklist') continue;
        for (const band of pack.bands)
          for (const text of [band.takeaway, band.next ?? ''])
            expect(text.normalize('NFC'), `${id}.${band.id}`).not.to.match(GIVE_MORE);
      }
      for (const [key, value] of Object.entries(hi.messages)) {
        if (typeof value === 'string') expect(value.normalize('NFC'), key).not.to.match(GIVE_MORE);
      }
    });
  });

  describe('support resources', () => {
    it('keep the services, regions, order and numbers of the English list', () => {
      expectSameStructure(supportResources, englishResources, 'hi');
      expect(quiz.resources).to.equal(supportResources);
      for (const id of ['one-sided-signs', 'trauma-and-reciprocity'] as const) {
        const pack = hi.packs[id];
        expect(pack.kind === 'checklist' && pack.resources, id).to.equal(supportResources);
      }
    });

    it('keep the emergency line, and name Tele-MANAS as free', () => {
      expect(supportResources.emergency).to.match(/^अगर आप अभी ख़तरे में हैं/);
      for (const n of ['911', '999', '000', '112']) expect(supportResources.emergency).to.include(n);
      const teleManas = supportResources.items.find((r) => r.region === 'in')!;
      expect(teleManas.name).to.include('टेली-मानस').and.to.include('Tele-MANAS');
      expect(teleManas.description).to.include('मुफ़्त');
      expect(teleManas.contacts.map((c) => c.phone)).to.deep.equal(['14416', '1-800-891-4416']);
    });
  });

  describe('messages', () => {
    it('has every key of the English catalog, and no other', () => {
      expect(Object.keys(hi.messages).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(en))
        expect(typeof hi.messages[key as keyof typeof en], key).to.equal(typeof value);
    });

    it('words every plain message in Hindi', () => {
      for (const [key, value] of Object.entries(hi.messages)) {
        if (typeof value === 'string' && key !== 'bandTakeaway') expect(value, key).to.match(DEVANAGARI);
      }
    });

    it('returns a non-empty string from every parametrised message', () => {
      for (const [key, value] of Object.entries(hi.messages)) {
        if (typeof value !== 'function') continue;
        for (const n of [0, 1, 2, 5]) {
          const args = Array.from({ length: value.length }, () => n);
          const out = (value as (...a: unknown[]) => string)(...args);
          expect(out, `${key}(${args.join(', ')})`).to.be.a('string');
          expect(out.trim(), `${key}(${args.join(', ')})`).to.not.equal('');
          expect(out, `${key}(${args.join(', ')})`).to.not.include('undefined');
        }
        const words = Array.from({ length: value.length }, (_, i) => `शब्द${i}`);
        expect((value as (...a: unknown[]) => string)(...words).trim(), key).to.not.equal('');
      }
    });

    it('puts counts in Hindi order, with singular and plural agreement', () => {
      const t = hi.messages;
      expect(t.questionOf(3, 18)).to.equal('18 में से सवाल 3');
      expect(t.checkedOf(1, 3)).to.equal('3 में से 1 पर निशान लगा है');
      expect(t.answeredOf(1, 18)).to.equal('18 में से 1 सवाल का जवाब दिया गया');
      expect(t.answeredOf(5, 18)).to.equal('18 में से 5 सवालों के जवाब दिए गए');
      expect(t.doneOf(1, 7)).to.equal('7 में से 1 चरण पूरा हुआ');
      expect(t.doneOf(2, 7)).to.equal('7 में से 2 चरण पूरे हुए');
      expect(t.errorMore(1)).to.equal('…और 1 अन्य समस्या।');
      expect(t.errorMore(5)).to.equal('…और 5 अन्य समस्याएँ।');
      expect(t.reminderEvery('हालचाल', 1)).to.equal('हालचाल, हर हफ़्ते');
      expect(t.reminderEvery('हालचाल', 2)).to.equal('हालचाल, हर 2 हफ़्ते में');
      expect(t.stepHeading(2, 7, 'अपनी बात कहें')).to.equal('7 में से चरण 2: अपनी बात कहें');
    });

    it('resolves for hi and regional Hindi once registered', () => {
      registerCatalog('hi', hi.messages);
      expect(message('hi', 'next')).to.equal('आगे');
      expect(message('hi-IN', 'questionOf', 1, 3)).to.equal('3 में से सवाल 1');
    });
  });
});
