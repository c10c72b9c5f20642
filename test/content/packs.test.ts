import { expect } from '@open-wc/testing';
import {
  describeIssue,
  parseDefinition,
  relationships,
  cultures,
  reverseValue,
  scaleBounds,
  scoreChecklist,
  scoreQuiz,
  textFor,
  type ChecklistDefinition,
} from '../../src/core/index.js';
import { DEFAULT_CHECKLIST } from '../../src/content/checklists/presets.js';
import { DEFAULT_QUIZ } from '../../src/content/quiz/presets.js';
import { DEFAULT_STEPPER } from '../../src/content/stepper/presets.js';
import {
  friendshipBalance,
  getPreset,
  oneSidedSigns,
  presets,
  reciproSteps,
  reciprocityBalance as quiz,
  restoreSteps,
  romanticSigns,
  supportResources,
  traumaAndReciprocity,
  workReciprocity,
} from '../../src/content/index.js';

const FORMS = ['practical', 'emotional', 'communication', 'repair', 'healing', 'future'];
const STEP_IDS = ['reflect', 'express', 'check-in', 'invest', 'practice-balance', 'repair', 'observe'];
const PERSON = { partner: 'partner', family: 'family member', friend: 'friend', colleague: 'colleague' } as const;

/** Every string in a value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

const frequency = quiz.scales.find((s) => s.id === 'frequency')!;
const { min, max } = scaleBounds(frequency);
const safetyItem = quiz.items.find((i) => i.id === 'safety')!;
const safetyScale = quiz.scales.find((s) => s.id === safetyItem.scale)!;
const NEVER = safetyScale.options.find((o) => o.label === 'Never')!.value;

type Level = 'max' | 'min' | 'mid';
/** Raw answers that score every give item at `give` and every receive item at `receive`, minding `reverse`. */
function answers(give: Level, receive: Level, safety: number = NEVER): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of quiz.items) {
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

const bandOf = (result: ReturnType<typeof scoreQuiz>, banding: string) =>
  result.bands.find((b) => b.banding === banding)?.band.id;

describe('content packs', () => {
  describe('every pack', () => {
    for (const [id, pack] of Object.entries(presets)) {
      it(`"${id}" passes parseDefinition`, () => {
        const result = parseDefinition(pack);
        expect(result.ok, result.ok ? '' : result.issues.map(describeIssue).join('\n')).to.equal(true);
        expect(pack.id).to.equal(id);
      });

      it(`"${id}" carries a version, a disclaimer and an attribution`, () => {
        expect(pack.version).to.match(/^\d+\.\d+\.\d+$/);
        expect(pack.disclaimer).to.match(/not a diagnosis and not therapy/);
        expect(pack.attribution?.text).to.match(/RECIPRO/);
        expect(pack.attribution?.url).to.equal(undefined);
      });
    }

    it('are reachable by id and kind, with the default ids', () => {
      expect(getPreset(DEFAULT_QUIZ, 'quiz')).to.equal(quiz);
      expect(getPreset(DEFAULT_CHECKLIST, 'checklist')).to.equal(romanticSigns);
      expect(getPreset(DEFAULT_STEPPER, 'stepper')).to.equal(reciproSteps);
      expect(getPreset('one-sided-signs')).to.equal(oneSidedSigns);
      expect(getPreset('recipro-steps', 'checklist')).to.equal(undefined);
      expect(getPreset('toString')).to.equal(undefined);
      expect(getPreset('nope')).to.equal(undefined);
      expect(Object.keys(presets)).to.have.length(8);
    });
  });

  describe('reciprocity-balance quiz', () => {
    it('has 18 to 30 scored items, two or more per dimension, a few reverse-scored', () => {
      const scored = quiz.items.filter((i) => i.dimension);
      expect(scored.length).to.be.within(18, 30);
      expect(scored.filter((i) => i.reverse).length).to.be.at.least(4);
      expect(quiz.dimensions.map((d) => d.id)).to.deep.equal(FORMS.flatMap((f) => [`${f}-give`, `${f}-receive`]));
      for (const d of quiz.dimensions)
        expect(scored.filter((i) => i.dimension === d.id).length, d.id).to.be.at.least(2);
    });

    it('declares the per-form, overall and engagement scores and bandings', () => {
      expect(quiz.scores!.map((s) => s.id)).to.deep.equal([...FORMS, 'give', 'receive', 'lean', 'engagement']);
      expect(quiz.bandings.map((b) => b.id)).to.deep.equal(['overall', 'engagement', ...FORMS.map((f) => `${f}-lean`)]);
      expect(quiz.steps!.map((s) => s.id)).to.deep.equal(STEP_IDS);
      expect(quiz.steps!.map((s) => s.letter).join('')).to.equal('RECIPRO');
      for (const banding of quiz.bandings) {
        for (const band of banding.bands.filter((b) => !b.neutral)) {
          expect(band.advice, `${banding.id}.${band.id} advice`).to.be.a('string');
          expect(band.steps, `${banding.id}.${band.id} steps`).to.have.length.within(1, 3);
        }
      }
    });

    for (const relationship of relationships) {
      describe(`for a ${relationship}`, () => {
        it('words every item for this relationship', () => {
          for (const item of quiz.items) {
            const own = typeof item.text === 'string' ? undefined : item.text[relationship];
            expect(own, `${item.id} has no ${relationship} wording`).to.be.a('string');
            expect(textFor(item.text, relationship)).to.equal(own);
            expect(own!.toLowerCase(), item.id).to.include(PERSON[relationship]);
          }
        });

        it('puts giving everything and receiving nothing in "you carry more"', () => {
          const result = scoreQuiz(quiz, answers('max', 'min'));
          expect(result.problems).to.deep.equal([]);
          expect(result.band?.band.id).to.equal('carry-more');
          expect(result.scores.lean).to.equal(100);
          for (const form of FORMS) expect(bandOf(result, `${form}-lean`), form).to.equal('carry-more');
          expect(result.focus).to.have.length(2);
          expect(result.guidance.showResources).to.equal(false);
          expect(result.guidance.advice.length).to.be.at.least(2);
          expect(result.guidance.steps.length).to.be.within(1, 3);
        });

        it('puts receiving everything and giving nothing in "you receive more"', () => {
          const result = scoreQuiz(quiz, answers('min', 'max'));
          expect(result.band?.band.id).to.equal('receive-more');
          expect(result.scores.lean).to.equal(-100);
          for (const form of FORMS) expect(bandOf(result, `${form}-lean`), form).to.equal('receive-more');
        });

        it('puts equal giving and receiving in "fairly balanced"', () => {
          for (const level of ['min', 'mid', 'max'] as const) {
            const result = scoreQuiz(quiz, answers(level, level));
            expect(result.band?.band.id, level).to.equal('balanced');
            expect(result.focus, level).to.deep.equal([]);
          }
        });

        it('shows both stepping back when everything is at its lowest', () => {
          const scoredLowest = scoreQuiz(quiz, answers('min', 'min'));
          expect(bandOf(scoredLowest, 'engagement')).to.equal('disengaged');
          expect(scoredLowest.band?.band.id).to.equal('balanced');
          // "Never" to every item, reverse-keyed ones included, is a way of answering, not a
          // relationship where both stepped back: each dimension is 50, and care reads as active.
          const allNever = Object.fromEntries(quiz.items.map((i) => [i.id, min]));
          expect(bandOf(scoreQuiz(quiz, allNever), 'engagement')).to.equal('engaged');
          expect(bandOf(scoreQuiz(quiz, answers('mid', 'mid')), 'engagement')).to.equal('engaged');
        });
      });
    }

    describe('safety', () => {
      const concerning = safetyItem.safety!.values;
      const controlItem = quiz.items.find((i) => i.id === 'control')!;

      it('has 24 scored questions, then the question on fear and the one on being controlled', () => {
        expect(quiz.items).to.have.length(26);
        expect(quiz.items.filter((i) => i.dimension !== undefined)).to.have.length(24);
        expect(quiz.items.slice(-2).map((i) => i.id)).to.deep.equal(['safety', 'control']);
      });

      it('asks about being controlled on the safety scale, with the same concerning answers', () => {
        expect(controlItem.dimension).to.equal(undefined);
        expect(controlItem.scale).to.equal('safety');
        expect(controlItem.safety).to.deep.equal({ values: [2, 3, 4, 5, 6] });
        const ways = 'for example by making me ask permission, keeping money from me, watching or checking where I am';
        expect(controlItem.text).to.deep.equal({
          partner: `My partner tries to control my life, ${ways}, or keeping me from friends or family.`,
          family: `This family member tries to control my life, ${ways}, or keeping me from friends or other family.`,
          friend: `My friend tries to control my life, ${ways}, or keeping me from other friends or family.`,
          colleague:
            'This colleague tries to control me beyond what work needs, for example by making me ask permission, ' +
            'watching or checking where I am, or keeping me away from other people.',
        });
      });

      it('fires the safety rule on the control question alone, for any answer but "Never"', () => {
        for (const value of [2, 3, 4, 5, 6]) {
          const result = scoreQuiz(quiz, { ...answers('max', 'min'), control: value });
          expect(result.safety, `answer ${value}`).to.deep.equal([{ id: 'control', value }]);
          expect(result.guidance, `answer ${value}`).to.deep.equal({ advice: [], steps: [], showResources: true });
        }
        const never = scoreQuiz(quiz, answers('max', 'min'));
        expect(never.safety).to.deep.equal([]);
        expect(never.guidance.showResources).to.equal(false);
      });

      it('asks no scored question that could describe being watched or checked on', () => {
        const monitoring = /\b(check(s|ing|ed)?|watch(es|ing|ed)?|safely|where I am|track)\b/i;
        for (const item of quiz.items.filter((i) => i.dimension)) {
          for (const wording of Object.values(item.text)) expect(wording, item.id).not.to.match(monitoring);
        }
        // The check can fail: the wording the first version had would be caught.
        expect('My partner does small things for me, like checking I got home safely.').to.match(monitoring);
      });

      it('treats every answer but "Never" as a concern', () => {
        const others = safetyScale.options.map((o) => o.value).filter((v) => v !== NEVER);
        expect([...concerning].sort()).to.deep.equal(others.sort());
        expect(safetyItem.dimension).to.equal(undefined);
      });

      for (const [name, give, receive] of [
        ['giving everything', 'max', 'min'],
        ['receiving everything', 'min', 'max'],
        ['balanced', 'mid', 'mid'],
        ['lowest', 'min', 'min'],
      ] as const) {
        it(`shows resources and no advice or steps at any score (${name})`, () => {
          for (const value of concerning) {
            const result = scoreQuiz(quiz, answers(give, receive, value));
            expect(result.guidance.showResources, `answer ${value}`).to.equal(true);
            expect(result.guidance.advice, `answer ${value}`).to.deep.equal([]);
            expect(result.guidance.steps, `answer ${value}`).to.deep.equal([]);
          }
          const never = scoreQuiz(quiz, answers(give, receive, NEVER));
          expect(never.guidance.showResources).to.equal(false);
          expect(never.guidance.advice.length).to.be.at.least(1);
        });
      }

      it('never asks for more giving, and the safety message never suggests repair', () => {
        for (const text of strings(quiz)) expect(text.toLowerCase()).not.to.include('give more');
        const message = `${quiz.safety!.title} ${quiz.safety!.message}`.toLowerCase();
        for (const word of ['repair', 'mend', 'give', 'offer more', 'try harder']) expect(message).not.to.include(word);
        expect(message).to.include('safety');
      });

      it('offers a resource for every region, and an emergency line', () => {
        expect(quiz.resources).to.equal(supportResources);
        const regions = new Set(supportResources.items.map((r) => r.region));
        for (const culture of cultures) expect(regions.has(culture), culture).to.equal(true);
        expect(supportResources.emergency).to.match(/^If you are in danger now, call your local emergency number/);
        for (const n of ['911', '999', '000', '112']) expect(supportResources.emergency).to.include(n);
      });

      it('uses only the checked numbers', () => {
        const digits = supportResources.items.flatMap((r) =>
          r.contacts.map((c) => `${r.region}:${c.phone!.replace(/\D/g, '')}`),
        );
        expect(digits.sort()).to.deep.equal(
          [
            'us:988',
            'us:18007997233',
            'in:14416',
            'in:18008914416',
            'uk:116123',
            'uk:08082000247',
            'au:131114',
            'au:1800737732',
            'ca:988',
            'ae:8004673',
            'in:181',
            'fr:3919',
            'fr:3114',
          ].sort(),
        );
      });
    });

    it('has a cultural note for each of the six regions', () => {
      for (const culture of cultures) {
        const note = quiz.cultureNotes?.[culture];
        expect(note?.title, culture).to.be.a('string');
        expect(note!.body, culture).to.match(/\b(often|many people)\b/i);
      }
    });
  });

  describe('checklists', () => {
    const lists: [ChecklistDefinition, 'healthy' | 'warning'][] = [
      [romanticSigns, 'healthy'],
      [oneSidedSigns, 'warning'],
      [friendshipBalance, 'healthy'],
      [workReciprocity, 'healthy'],
      [traumaAndReciprocity, 'warning'],
      [restoreSteps, 'healthy'],
    ];
    for (const [list, polarity] of lists) {
      it(`"${list.id}" reads as a ${polarity} list of 5 to 10 items`, () => {
        expect(list.polarity ?? 'healthy').to.equal(polarity);
        expect(list.items.length).to.be.within(5, 10);
      });

      it(`"${list.id}" lands in the outer bands with no checks and with all checks`, () => {
        const sorted = [...list.bands].sort((a, b) => a.min - b.min);
        const none = scoreChecklist(list, []);
        const all = scoreChecklist(
          list,
          list.items.map((i) => i.id),
        );
        // Bands run in the list's direction: for a warning list, the top band holds many warning signs.
        expect(none.band.id).to.equal(sorted[0]!.id);
        expect(all.band.id).to.equal(sorted[sorted.length - 1]!.id);
        expect(none.score).to.equal(0);
        expect(all.score).to.equal(100);
      });
    }
  });

  describe('work-reciprocity support', () => {
    it('offers workplace routes first, then crisis and mental-health lines, and no lines for abuse at home', () => {
      expect(workReciprocity.resources!.title).to.equal('Support at work');
      expect(workReciprocity.resources!.items.map((item) => item.name)).to.deep.equal([
        'Employee assistance programme',
        'A union or staff representative',
        '988 Suicide & Crisis Lifeline',
        'Tele-MANAS',
        'Samaritans',
        'Lifeline',
        '9-8-8: Suicide Crisis Helpline',
        'National mental support line',
        '3114, national suicide prevention line',
      ]);
      expect(workReciprocity.resources!.emergency).to.equal(supportResources.emergency);
    });
  });

  describe('recipro-steps stepper', () => {
    it('has the seven RECIPRO steps, each with prompts, a practice and an example', () => {
      expect(reciproSteps.steps.map((s) => s.id)).to.deep.equal(STEP_IDS);
      expect(reciproSteps.steps.map((s) => s.letter).join('')).to.equal('RECIPRO');
      for (const step of reciproSteps.steps) {
        expect(step.prompts.length, step.id).to.be.within(2, 4);
        expect(step.prompts.map((p) => p.id)).to.deep.equal(step.prompts.map((_, i) => `p${i + 1}`));
        expect(step.practice.text, step.id).to.be.a('string');
        expect(step.example, step.id).to.be.a('string');
        const quizStep = quiz.steps!.find((s) => s.id === step.id)!;
        expect(step.title).to.equal(quizStep.title);
      }
    });

    it('offers reminders for the check-in and observe practices', () => {
      const reminders = Object.fromEntries(reciproSteps.steps.map((s) => [s.id, s.practice.reminder?.everyWeeks]));
      expect(reminders).to.deep.equal({
        reflect: undefined,
        express: undefined,
        'check-in': 2,
        invest: undefined,
        'practice-balance': undefined,
        repair: undefined,
        observe: 4,
      });
    });
  });
});
