import * as z from 'zod/mini';
import { LETTER_MAX_LENGTH, REMINDER_MAX_WEEKS, STEP_MAX_PROMPTS, STEPPER_MAX_STEPS } from '../limits.js';
import { base, id, questions, resources, text } from './common.js';

export const prompt = z.strictObject({ id, text });

export const practice = z.strictObject({
  text,
  /** Offer a repeating calendar reminder for this practice, every `everyWeeks` weeks. */
  reminder: z.optional(
    z.strictObject({
      title: text,
      everyWeeks: z.int().check(z.gte(1), z.lte(REMINDER_MAX_WEEKS)),
    }),
  ),
});

export const stepperStep = z.strictObject({
  id,
  letter: z.optional(z.string().check(z.minLength(1), z.maxLength(LETTER_MAX_LENGTH))),
  title: text,
  summary: text,
  body: text,
  prompts: z.array(prompt).check(z.minLength(1), z.maxLength(STEP_MAX_PROMPTS)),
  practice,
  example: z.optional(text),
  questions: z.optional(questions),
});

export const stepperDefinition = z.strictObject({
  ...base,
  kind: z.literal('stepper'),
  intro: z.optional(text),
  steps: z.array(stepperStep).check(z.minLength(1), z.maxLength(STEPPER_MAX_STEPS)),
  /** Support resources the element offers (e.g. for lists about warning signs). */
  resources: z.optional(resources),
});

export type StepperPrompt = z.infer<typeof prompt>;
export type StepperStep = z.infer<typeof stepperStep>;
export type StepperDefinition = z.infer<typeof stepperDefinition>;
