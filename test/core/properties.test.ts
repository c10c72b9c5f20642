import fc from 'fast-check';
import {
  parseDefinition,
  reverseValue,
  scaleBounds,
  scoreChecklist,
  scoreQuiz,
  scoreRanges,
  stepperProgress,
  type QuizDefinition,
  type Scale,
} from '../../src/core/index.js';
import { smallChecklist, smallQuiz, smallStepper } from '../fixtures/definitions.js';

const settings = { seed: 20261126, numRuns: 300 };

const scaleArb: fc.Arbitrary<Scale> = fc
  .uniqueArray(fc.integer({ min: -10, max: 10 }), { minLength: 2, maxLength: 7 })
  .map((values) => ({ id: 's', options: values.map((value) => ({ value, label: `v${value}` })) }));

/** A valid one-dimension quiz with random scale, weights, reverse flags and band edges. */
const quizArb: fc.Arbitrary<QuizDefinition> = fc
  .record({
    scale: scaleArb,
    items: fc.array(fc.record({ reverse: fc.boolean(), weight: fc.integer({ min: 1, max: 5 }) }), {
      minLength: 1,
      maxLength: 12,
    }),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 4 }),
  })
  .map(({ scale, items, cuts }) => {
    const edges = [0, ...[...cuts].sort((a, b) => a - b), 100];
    return {
      kind: 'quiz',
      id: 'generated',
      version: '1',
      title: 'Generated',
      disclaimer: 'x',
      scales: [scale],
      dimensions: [{ id: 'd', label: 'D' }],
      items: items.map((item, i) => ({ id: `i${i}`, text: 't', scale: 's', dimension: 'd', ...item })),
      bandings: [
        {
          id: 'b',
          score: 'd',
          bands: edges.slice(1).map((max, i) => ({ id: `band${i}`, min: edges[i]!, max, label: 'l', summary: 's' })),
        },
      ],
    } satisfies QuizDefinition;
  });

/** Random answers for a quiz: valid values, invalid values, or nothing. */
const answersFor = (quiz: QuizDefinition) =>
  fc
    .tuple(...quiz.items.map(() => fc.oneof(fc.constant(undefined), fc.integer({ min: -12, max: 12 }), fc.anything())))
    .map((values) =>
      Object.fromEntries(quiz.items.map((item, i) => [item.id, values[i]]).filter(([, v]) => v !== undefined)),
    );

describe('core properties (seeded)', () => {
  it('generated quizzes are valid definitions', () => {
    fc.assert(
      fc.property(quizArb, (quiz) => parseDefinition(quiz).ok),
      settings,
    );
  });

  it('every score stays inside its declared range', () => {
    const ranges = scoreRanges(smallQuiz);
    fc.assert(
      fc.property(answersFor(smallQuiz), (answers) => {
        const result = scoreQuiz(smallQuiz, answers);
        return Object.entries(result.scores).every(([id, value]) => {
          const range = ranges.get(id)!;
          return value === null || (value >= range.min - 1e-9 && value <= range.max + 1e-9);
        });
      }),
      settings,
    );
    fc.assert(
      fc.property(
        quizArb.chain((quiz) => fc.tuple(fc.constant(quiz), answersFor(quiz))),
        ([quiz, answers]) => {
          const value = scoreQuiz(quiz, answers).scores.d;
          return value === null || value === undefined || (value >= 0 && value <= 100);
        },
      ),
      settings,
    );
  });

  it('reverse scoring twice is the identity', () => {
    fc.assert(
      fc.property(
        scaleArb.chain((scale) => fc.tuple(fc.constant(scale), fc.constantFrom(...scale.options.map((o) => o.value)))),
        ([scale, value]) => {
          const once = reverseValue(scale, value);
          const { min, max } = scaleBounds(scale);
          return reverseValue(scale, once) === value && once >= min && once <= max;
        },
      ),
      settings,
    );
  });

  it('all-maximum answers land in the top band, all-minimum in the bottom band', () => {
    fc.assert(
      fc.property(quizArb, (quiz) => {
        const { min, max } = scaleBounds(quiz.scales[0]!);
        const highest = Object.fromEntries(quiz.items.map((item) => [item.id, item.reverse ? min : max]));
        const lowest = Object.fromEntries(quiz.items.map((item) => [item.id, item.reverse ? max : min]));
        const bands = quiz.bandings[0]!.bands;
        return (
          scoreQuiz(quiz, highest).band?.band.id === bands[bands.length - 1]!.id &&
          scoreQuiz(quiz, lowest).band?.band.id === bands[0]!.id
        );
      }),
      settings,
    );
  });

  it('random JSON never makes parseDefinition throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseDefinition(value);
        return result.ok === false && result.issues.length > 0;
      }),
      settings,
    );
    fc.assert(
      fc.property(fc.string(), (text) => parseDefinition(text).ok === false),
      settings,
    );
  });

  it('mutated valid definitions never make parseDefinition throw, and errors always carry messages', () => {
    const mutate = (base: unknown) =>
      fc
        .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.oneof(fc.jsonValue(), fc.anything()))
        .map(([picks, value]) => {
          const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
          let node: Record<string, unknown> = copy;
          for (const pick of picks) {
            const keys = Object.keys(node);
            if (!keys.length) break;
            const key = keys[pick % keys.length]!;
            const next = node[key];
            if (next === null || typeof next !== 'object' || pick % 3 === 0) {
              node[key] = value;
              break;
            }
            node = next as Record<string, unknown>;
          }
          return copy;
        });
    for (const base of [smallQuiz, smallChecklist, smallStepper]) {
      fc.assert(
        fc.property(mutate(base), (definition) => {
          const result = parseDefinition(definition);
          return (
            result.ok || result.issues.every((issue) => typeof issue.message === 'string' && issue.message.length > 0)
          );
        }),
        settings,
      );
    }
  });

  it('random answers never make scoring throw', () => {
    fc.assert(
      fc.property(fc.anything(), fc.dictionary(fc.string(), fc.anything()), (any, dict) => {
        scoreQuiz(smallQuiz, any);
        scoreQuiz(smallQuiz, dict);
        scoreChecklist(smallChecklist, any);
        scoreChecklist(smallChecklist, Object.keys(dict));
        stepperProgress(smallStepper, any);
        stepperProgress(smallStepper, { steps: dict, current: any });
        return true;
      }),
      settings,
    );
  });
});
