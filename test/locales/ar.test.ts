import type { Resources } from '../../src/core/index.js';
import { expect } from '@open-wc/testing';
import {
  describeIssue,
  en,
  parseDefinition,
  relationships,
  cultures,
  reverseValue,
  scaleBounds,
  scoreChecklist,
  scoreQuiz,
  type ChecklistDefinition,
  type QuizDefinition,
  type StepperDefinition,
} from '../../src/core/index.js';
import { presets, supportResources as englishResources } from '../../src/content/index.js';
import { ar } from '../../src/locales/ar/index.js';
import { messages } from '../../src/locales/ar/messages.js';
import { supportResources } from '../../src/locales/ar/resources.js';
import { PACK_IDS } from '../../src/locales/types.js';
import { expectSameStructure } from './same-structure.js';

const FORMS = ['practical', 'emotional', 'communication', 'repair', 'healing', 'future'];
/** How each relationship's wording names the other person. */
const PERSON = {
  partner: /شريك حياتي/,
  family: /هذا الفرد من عائلتي/,
  friend: /صد[يا]ق/,
  colleague: /هذا الزميل/,
} as const;
const SAMPLES = [0, 1, 2, 3, 11, 100];

/** Every string in a value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

/** Wording that would ask the reader to give more: "give/offer/do more", "more giving", "give more effort". */
const GIVE_MORE = [
  /(أعط|اعط|تعطي|تعطين|ابذل|تبذل|تبذلين|قدّم|تقدّم|تقدّمين)\S*\s+(أكثر|المزيد)/,
  /المزيد من (العطاء|الجهد|التضحية|التنازل)/,
  /(زيادة|تزيد|زِد|ضاعف)\S*\s+(من\s+)?(عطائك|العطاء|جهدك|تضحيتك)/,
  /عطاءً?ا?\s+أكبر/,
  /(حاول|المحاولة)\S*\s+(أكثر|بجهد أكبر)/,
];

const quiz = ar.packs['reciprocity-balance'] as QuizDefinition;
const englishQuiz = presets['reciprocity-balance'] as QuizDefinition;
const frequency = englishQuiz.scales.find((s) => s.id === 'frequency')!;
const { min, max } = scaleBounds(frequency);
const NEVER = 1;

type Level = 'max' | 'min' | 'mid';
/** Raw answers that score every give item at `give` and every receive item at `receive`, minding `reverse`. */
function answers(give: Level, receive: Level, safety = NEVER): Record<string, number> {
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

/** Answers that differ item by item, so that each form leans its own way. */
function mixed(): Record<string, number> {
  return Object.fromEntries(englishQuiz.items.map((item, i) => [item.id, item.dimension ? 1 + ((i * 3) % 5) : NEVER]));
}

/**
 * The shared structural check, with one adjustment: `steps` is an identity key because band
 * `steps` list step ids, but a quiz's and a stepper's `steps` are lists of step objects whose
 * titles are wording. Those lists are compared item by item (ids, letters, prompt ids, numbers
 * identical; wording translated); every other part of the pack goes through the check unchanged.
 */
function expectSamePack(translated: unknown, english: unknown, path: string): void {
  const t = translated as Record<string, unknown>;
  const e = english as Record<string, unknown>;
  const stepObjects = Array.isArray(e.steps) && e.steps.some((s) => s !== null && typeof s === 'object');
  if (!stepObjects) {
    expectSameStructure(translated, english, 'ar', path);
    return;
  }
  const { steps: tSteps, ...tRest } = t;
  const { steps: eSteps, ...eRest } = e;
  expectSameStructure(tRest, eRest, 'ar', path);
  expect(tSteps, `${path}.steps`).to.be.an('array');
  expect((tSteps as unknown[]).length, `${path}.steps: list length`).to.equal((eSteps as unknown[]).length);
  (eSteps as unknown[]).forEach((step, i) =>
    expectSameStructure((tSteps as unknown[])[i], step, 'ar', `${path}.steps[${i}]`),
  );
}

describe('Arabic locale pack', () => {
  it('is Arabic, with every built-in pack', () => {
    expect(ar.language).to.equal('ar');
    expect(Object.keys(ar.packs).sort()).to.deep.equal([...PACK_IDS].sort());
    expect(Object.keys(ar.packs).sort()).to.deep.equal(Object.keys(presets).sort());
  });

  for (const id of PACK_IDS) {
    describe(`"${id}"`, () => {
      const pack = ar.packs[id];
      const english = presets[id];

      it('passes parseDefinition', () => {
        const result = parseDefinition(pack);
        expect(result.ok, result.ok ? '' : result.issues.map(describeIssue).join('\n')).to.equal(true);
        expect(pack.id).to.equal(id);
      });

      it('has the English structure: same ids, numbers and order, every wording translated', () => {
        expectSamePack(pack, english, id);
      });

      it('is marked as Arabic, and its wording is Arabic', () => {
        expect(pack.locale).to.equal('ar');
        const words = strings({ title: pack.title, disclaimer: pack.disclaimer, attribution: pack.attribution });
        for (const text of words) expect(text, text).to.match(/[\u0600-\u06FF]/);
        expect(pack.attribution?.text).to.include('RECIPRO');
        expect(pack.attribution?.text).to.include('بريانكا شارما');
        expect(pack.attribution?.text).to.include('Priyanka Sharma');
        expect(pack.disclaimer).to.include('لا تشخيص ولا علاج');
      });

      it('closes every direction isolate it opens', () => {
        for (const text of strings(pack)) {
          const opened = (text.match(/[\u2066\u2067\u2068]/g) ?? []).length;
          const closed = (text.match(/\u2069/g) ?? []).length;
          expect(closed, text).to.equal(opened);
        }
      });
    });
  }

  describe('quiz', () => {
    for (const relationship of relationships) {
      it(`words every item for a ${relationship}`, () => {
        for (const item of quiz.items) {
          const own = typeof item.text === 'string' ? undefined : item.text[relationship];
          expect(own, `${item.id} has no ${relationship} wording`).to.be.a('string');
          expect(own!.trim(), item.id).to.not.equal('');
          expect(own, `${item.id} (${relationship})`).to.match(PERSON[relationship]);
        }
      });
    }

    const cases: [string, Record<string, number>][] = [
      ['giving everything', answers('max', 'min')],
      ['receiving everything', answers('min', 'max')],
      ['balanced', answers('mid', 'mid')],
      ['lowest', answers('min', 'min')],
      ['mixed', mixed()],
      ['giving everything, with a safety concern', answers('max', 'min', 3)],
      ['mixed, answering "not sure" about safety', { ...mixed(), safety: 6 }],
      ['giving everything, "sometimes" on being controlled', { ...answers('max', 'min'), control: 3 }],
    ];
    for (const [name, given] of cases) {
      it(`gives the same scores as English (${name})`, () => {
        const arabic = scoreQuiz(quiz, given);
        const english = scoreQuiz(englishQuiz, given);
        expect(arabic.problems).to.deep.equal([]);
        expect(arabic.scores).to.deep.equal(english.scores);
        expect(arabic.band?.band.id).to.equal(english.band?.band.id);
        expect(arabic.bands.map((b) => [b.banding, b.band.id])).to.deep.equal(
          english.bands.map((b) => [b.banding, b.band.id]),
        );
        const focus = (r: typeof arabic) => r.focus.map((f) => [f.banding, f.score, f.value, f.band.id]);
        expect(focus(arabic)).to.deep.equal(focus(english));
        expect(arabic.guidance.showResources).to.equal(english.guidance.showResources);
        expect(arabic.guidance.steps).to.deep.equal(english.guidance.steps);
        expect(arabic.guidance.advice.length).to.equal(english.guidance.advice.length);
      });
    }

    it('lands giving everything in "carry more" and receiving everything in "receive more", form by form', () => {
      const carry = scoreQuiz(quiz, answers('max', 'min'));
      const receive = scoreQuiz(quiz, answers('min', 'max'));
      expect(carry.band?.band.id).to.equal('carry-more');
      expect(receive.band?.band.id).to.equal('receive-more');
      for (const form of FORMS) {
        expect(carry.bands.find((b) => b.banding === `${form}-lean`)?.band.id, form).to.equal('carry-more');
        expect(receive.bands.find((b) => b.banding === `${form}-lean`)?.band.id, form).to.equal('receive-more');
      }
    });

    it('keeps the RECIPRO letters and step ids, translating the titles', () => {
      expect(quiz.steps!.map((s) => s.letter).join('')).to.equal('RECIPRO');
      expect(quiz.steps!.map((s) => s.id)).to.deep.equal(englishQuiz.steps!.map((s) => s.id));
      for (const step of quiz.steps!) expect(step.title, step.id).to.match(/[\u0600-\u06FF]/);
    });

    it('has a cultural note for each of the six regions', () => {
      for (const culture of cultures) {
        const note = quiz.cultureNotes?.[culture];
        expect(note?.title, culture).to.match(/^في /);
        expect(note!.body, culture).to.match(/كثير/);
      }
    });

    it('keeps the safety message about safety: no repairing, no giving', () => {
      const message = `${quiz.safety!.title} ${quiz.safety!.message}`;
      expect(message).to.include('سلامت');
      for (const word of ['إصلاح', 'أصلح', 'رأب', 'عطاء', 'أعط', 'بذل', 'تحاول', 'حاول أكثر', 'ترميم'])
        expect(message, word).not.to.include(word);
    });
  });

  describe('advice', () => {
    const advice: string[] = [];
    for (const banding of quiz.bandings) for (const band of banding.bands) if (band.advice) advice.push(band.advice);
    for (const id of PACK_IDS) {
      const pack = ar.packs[id];
      if (pack.kind === 'checklist')
        for (const band of (pack as ChecklistDefinition).bands) advice.push(band.takeaway, band.next ?? '');
    }
    const catalogAdvice = Object.entries(messages)
      .filter(([key, value]) => /Takeaway$/.test(key) && typeof value === 'string')
      .map(([, value]) => value as string);

    it('never tells the reader to give more', () => {
      expect(advice.length).to.be.at.least(20);
      for (const text of [...advice, ...catalogAdvice])
        for (const pattern of GIVE_MORE) expect(text, `${text} ~ ${pattern}`).not.to.match(pattern);
    });

    it('checks its own pattern list', () => {
      for (const bad of [
        'حاول أن تعطي أكثر.',
        'ابذل المزيد من أجل العلاقة.',
        'المزيد من العطاء سيُصلح الأمر.',
        'قدّم أكثر مما تأخذ.',
      ]) {
        expect(
          GIVE_MORE.some((p) => p.test(bad)),
          bad,
        ).to.equal(true);
      }
    });

    it("never offers the quiz's balance advice to someone who answered with a safety concern", () => {
      for (const value of quiz.items.find((i) => i.id === 'safety')!.safety!.values) {
        const result = scoreQuiz(quiz, answers('max', 'min', value));
        expect(result.guidance.showResources, `answer ${value}`).to.equal(true);
        expect(result.guidance.advice, `answer ${value}`).to.deep.equal([]);
      }
    });
  });

  describe('checklists', () => {
    for (const id of PACK_IDS) {
      const pack = ar.packs[id];
      if (pack.kind !== 'checklist') continue;
      it(`"${id}" scores like English with none, some and all checked`, () => {
        const english = presets[id] as ChecklistDefinition;
        const list = pack as ChecklistDefinition;
        const some = list.items.filter((_, i) => i % 2 === 0).map((i) => i.id);
        for (const checked of [[], some, list.items.map((i) => i.id)]) {
          const a = scoreChecklist(list, checked);
          const b = scoreChecklist(english, checked);
          expect([a.score, a.count, a.total, a.band.id]).to.deep.equal([b.score, b.count, b.total, b.band.id]);
        }
      });
    }
  });

  describe('stepper', () => {
    const stepper = ar.packs['recipro-steps'] as StepperDefinition;

    it("shares the quiz's step titles and keeps the reminders", () => {
      expect(stepper.steps.map((s) => s.letter).join('')).to.equal('RECIPRO');
      for (const step of stepper.steps) expect(step.title).to.equal(quiz.steps!.find((s) => s.id === step.id)!.title);
      const english = presets['recipro-steps'] as StepperDefinition;
      expect(stepper.steps.map((s) => s.practice.reminder?.everyWeeks)).to.deep.equal(
        english.steps.map((s) => s.practice.reminder?.everyWeeks),
      );
    });
  });

  describe('support resources', () => {
    it('keeps the services, regions, numbers and order of the English list', () => {
      expectSameStructure(supportResources, englishResources, 'ar', 'resources');
      expect(supportResources.items.map((r) => r.region)).to.deep.equal(englishResources.items.map((r) => r.region));
    });

    it('keeps the emergency line, with every emergency number', () => {
      expect(supportResources.emergency).to.match(/^إذا كنت في خطر الآن، فيُرجى الاتصال برقم الطوارئ المحلي/);
      for (const n of ['911', '999', '000', '112']) expect(supportResources.emergency).to.include(n);
    });

    it('says "free" where English does, and names 800 HOPE for the UAE line', () => {
      englishResources.items.forEach((item, i) => {
        const free = /free/i.test(item.description);
        expect(/مجان/.test(supportResources.items[i]!.description), item.name).to.equal(free);
      });
      const uae = supportResources.items.find((r) => r.region === 'ae')!;
      expect(uae.description).to.include('800 HOPE');
      expect(uae.description).to.include('بالعربية');
    });

    it('is the list every Arabic pack with resources carries (work: its crisis lines after workplace routes)', () => {
      for (const id of PACK_IDS) {
        const pack = ar.packs[id] as { resources?: Resources };
        if (!(presets[id] as { resources?: unknown }).resources) continue;
        if (id !== 'work-reciprocity') {
          expect(pack.resources, id).to.equal(supportResources);
          continue;
        }
        const work = pack.resources!;
        expect(work.emergency).to.equal(supportResources.emergency);
        // Two workplace routes, then the Arabic services less the five lines for abuse at home.
        expect(work.items.length).to.equal(2 + supportResources.items.length - 5);
        expect(work.items.slice(2)).to.deep.equal(
          supportResources.items.filter((_, i) => ![1, 3, 5, 7, 10].includes(i)),
        );
      }
    });
  });

  describe('messages', () => {
    const english = en as Record<string, unknown>;
    const arabic = messages as Record<string, unknown>;

    it('has every key of the English catalog, and no other', () => {
      expect(Object.keys(arabic).sort()).to.deep.equal(Object.keys(english).sort());
    });

    it('translates every plain string', () => {
      for (const [key, value] of Object.entries(english)) {
        if (typeof value !== 'string') continue;
        expect(arabic[key], key).to.be.a('string');
        expect((arabic[key] as string).trim(), key).to.not.equal('');
        expect(arabic[key], key).to.match(/[\u0600-\u06FF]/);
      }
    });

    for (const n of SAMPLES) {
      it(`returns a non-empty string from every parametrised message for ${n}`, () => {
        for (const [key, value] of Object.entries(english)) {
          if (typeof value !== 'function') continue;
          const fn = arabic[key] as (...args: unknown[]) => string;
          expect(fn, key).to.be.a('function');
          expect(fn.length, `${key}: parameters`).to.equal(value.length);
          const out = fn(...Array.from({ length: value.length }, () => n));
          expect(out, key).to.be.a('string');
          expect(out.trim(), `${key}(${n})`).to.not.equal('');
        }
      });
    }

    it('uses the Arabic number forms after a count', () => {
      expect([1, 2, 3, 11, 100, 103].map((n) => messages.questions(n))).to.deep.equal([
        'سؤال واحد',
        'سؤالان',
        '3 أسئلة',
        '11 سؤالًا',
        '100 سؤال',
        '103 أسئلة',
      ]);
      expect([1, 2, 5, 30].map((n) => messages.minutes(n))).to.deep.equal([
        'نحو دقيقة واحدة',
        'نحو دقيقتين',
        'نحو 5 دقائق',
        'نحو 30 دقيقة',
      ]);
      expect([1, 2, 4, 12].map((n) => messages.reminderEvery('تذكير', n))).to.deep.equal([
        'تذكير، كل أسبوع',
        'تذكير، كل أسبوعين',
        'تذكير، كل 4 أسابيع',
        'تذكير، كل 12 أسبوعًا',
      ]);
      expect(messages.keptLocal(30)).to.include('بعد 30 يومًا');
      expect([1, 2, 3, 11].map((n) => messages.warningSigns(n))).to.deep.equal([
        'علامة تحذير واحدة',
        'علامتا تحذير',
        '3 علامات تحذير',
        '11 علامة تحذير',
      ]);
      expect(messages.errorMore(7)).to.equal('…و7 مشكلات أخرى.');
    });

    it('keeps counts and titles in the parametrised strings', () => {
      expect(messages.questionOf(3, 18)).to.equal('السؤال 3 من 18');
      expect(messages.stepHeading(2, 7, 'التعبير')).to.equal('الخطوة 2 من 7: التعبير');
      expect(messages.markedDone('التأمّل', 1, 7)).to.include('«التأمّل»');
      expect(messages.resultReady('متوازن تقريبًا')).to.include('متوازن تقريبًا');
    });

    it('keeps a Latin status message in its own direction isolate', () => {
      expect(messages.fetchFailed('HTTP 404 from https://example.org/quiz.json')).to.equal(
        'تعذّر تحميل ملف التعريف (\u2068HTTP 404 from https://example.org/quiz.json\u2069).',
      );
    });
  });
});
