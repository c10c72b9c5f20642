import { expect } from '@open-wc/testing';
import { describeIssue, parseDefinition } from '../../src/core/index.js';
import {
  CHECKLIST_MAX_ITEMS,
  ESTIMATED_MINUTES_MAX,
  FOCUS_MAX_COUNT,
  ID_MAX_LENGTH,
  LETTER_MAX_LENGTH,
  QUIZ_MAX_ITEMS,
  REMINDER_MAX_WEEKS,
  SCALE_MAX_OPTIONS,
  SCALE_MIN_OPTIONS,
  STEP_MAX_PROMPTS,
  STEPPER_MAX_STEPS,
  URL_MAX_LENGTH,
  WEIGHT_MAX,
} from '../../src/core/limits.js';
import { smallChecklist, smallQuiz, smallStepper } from '../fixtures/definitions.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The issues of a definition, as a person reads them; an empty list when it is valid. */
function problems(input: unknown): string[] {
  const result = parseDefinition(input);
  return result.ok ? [] : result.issues.map(describeIssue);
}

/**
 * Each limit is built from the constant (so the schema is shown to use it) and checked against the
 * number written here (so a changed limit is a deliberate change to this file too).
 */
describe('definition limits (src/core/limits.ts)', () => {
  it('ids: up to 64 characters', () => {
    const at = { ...clone(smallChecklist), id: 'a'.repeat(ID_MAX_LENGTH) };
    const past = { ...clone(smallChecklist), id: 'a'.repeat(ID_MAX_LENGTH + 1) };
    expect(problems(at)).to.deep.equal([]);
    expect(problems(past)).to.deep.equal(['id: must be at most 64 characters long']);
  });

  it('links: up to 2048 characters', () => {
    const link = (length: number) => 'https://example.org/' + 'a'.repeat(length - 'https://example.org/'.length);
    const at = { ...clone(smallChecklist), attribution: { text: 'Source', url: link(URL_MAX_LENGTH) } };
    const past = { ...clone(smallChecklist), attribution: { text: 'Source', url: link(URL_MAX_LENGTH + 1) } };
    expect(problems(at)).to.deep.equal([]);
    expect(problems(past)).to.deep.equal(['attribution.url: must be at most 2048 characters long']);
  });

  it('item weights: above 0, up to 100, in checklists and quizzes', () => {
    const checklist = clone(smallChecklist);
    checklist.items[0]!.weight = WEIGHT_MAX;
    expect(problems(checklist)).to.deep.equal([]);
    checklist.items[0]!.weight = WEIGHT_MAX + 0.5;
    expect(problems(checklist)).to.deep.equal(['items[0].weight: must be at most 100']);
    checklist.items[0]!.weight = 0;
    expect(problems(checklist)).to.deep.equal(['items[0].weight: must be greater than 0']);

    const quiz = clone(smallQuiz);
    quiz.items[0]!.weight = WEIGHT_MAX;
    expect(problems(quiz)).to.deep.equal([]);
    quiz.items[0]!.weight = WEIGHT_MAX + 1;
    expect(problems(quiz)).to.deep.equal(['items[0].weight: must be at most 100']);
  });

  it('checklists: up to 5000 items', () => {
    const items = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `i${i}`, text: `Item ${i}` }));
    expect(problems({ ...clone(smallChecklist), items: items(CHECKLIST_MAX_ITEMS) })).to.deep.equal([]);
    expect(problems({ ...clone(smallChecklist), items: items(CHECKLIST_MAX_ITEMS + 1) })).to.deep.equal([
      'items: must list at most 5000 entries',
    ]);
  });

  it('quizzes: up to 20000 items', () => {
    const items = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        id: `q${i}`,
        text: `Question ${i}`,
        scale: 'freq',
        dimension: i % 2 ? 'give' : 'receive',
      }));
    expect(problems({ ...clone(smallQuiz), items: items(QUIZ_MAX_ITEMS) })).to.deep.equal([]);
    expect(problems({ ...clone(smallQuiz), items: items(QUIZ_MAX_ITEMS + 1) })).to.deep.equal([
      'items: must list at most 20000 entries',
    ]);
  });

  it('answer scales: 2 to 11 options', () => {
    const options = (count: number) => Array.from({ length: count }, (_, i) => ({ value: i + 1, label: `${i + 1}` }));
    const withOptions = (count: number) => {
      const quiz = clone(smallQuiz);
      quiz.scales[0]!.options = options(count);
      // Safety answers must be options of the scale.
      quiz.items.find((item) => item.safety)!.safety = { values: [1] };
      return quiz;
    };
    expect(problems(withOptions(SCALE_MIN_OPTIONS))).to.deep.equal([]);
    expect(problems(withOptions(SCALE_MAX_OPTIONS))).to.deep.equal([]);
    expect(problems(withOptions(SCALE_MIN_OPTIONS - 1))).to.deep.equal([
      'scales[0].options: must list at least 2 entries',
    ]);
    expect(problems(withOptions(SCALE_MAX_OPTIONS + 1))).to.deep.equal([
      'scales[0].options: must list at most 11 entries',
    ]);
  });

  it('a quiz: up to 240 estimated minutes, and up to 10 scores in focus', () => {
    expect(problems({ ...clone(smallQuiz), estimatedMinutes: ESTIMATED_MINUTES_MAX })).to.deep.equal([]);
    expect(problems({ ...clone(smallQuiz), estimatedMinutes: ESTIMATED_MINUTES_MAX + 1 })).to.deep.equal([
      'estimatedMinutes: must be at most 240',
    ]);
    const focus = (count: number) => ({ ...clone(smallQuiz), focus: { scores: ['lean'], count, order: 'lowest' } });
    expect(problems(focus(FOCUS_MAX_COUNT))).to.deep.equal([]);
    expect(problems(focus(FOCUS_MAX_COUNT + 1))).to.deep.equal(['focus.count: must be at most 10']);
  });

  it('a stepper: up to 50 steps, 10 prompts a step, 3-letter step letters, reminders up to every 52 weeks', () => {
    const step = clone(smallStepper.steps[0]!);
    const steps = (count: number) => Array.from({ length: count }, (_, i) => ({ ...step, id: `s${i}` }));
    expect(problems({ ...clone(smallStepper), steps: steps(STEPPER_MAX_STEPS) })).to.deep.equal([]);
    expect(problems({ ...clone(smallStepper), steps: steps(STEPPER_MAX_STEPS + 1) })).to.deep.equal([
      'steps: must list at most 50 entries',
    ]);

    const prompts = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `p${i}`, text: `Prompt ${i}` }));
    const withStep = (changes: object) => ({ ...clone(smallStepper), steps: [{ ...step, ...changes }] });
    expect(problems(withStep({ prompts: prompts(STEP_MAX_PROMPTS) }))).to.deep.equal([]);
    expect(problems(withStep({ prompts: prompts(STEP_MAX_PROMPTS + 1) }))).to.deep.equal([
      'steps[0].prompts: must list at most 10 entries',
    ]);

    expect(problems(withStep({ letter: 'R'.repeat(LETTER_MAX_LENGTH) }))).to.deep.equal([]);
    expect(problems(withStep({ letter: 'R'.repeat(LETTER_MAX_LENGTH + 1) }))).to.deep.equal([
      'steps[0].letter: must be at most 3 characters long',
    ]);

    const reminder = (everyWeeks: number) =>
      withStep({ practice: { text: 'Do it.', reminder: { title: 'T', everyWeeks } } });
    expect(problems(reminder(REMINDER_MAX_WEEKS))).to.deep.equal([]);
    expect(problems(reminder(REMINDER_MAX_WEEKS + 1))).to.deep.equal([
      'steps[0].practice.reminder.everyWeeks: must be at most 52',
    ]);
  });
});
