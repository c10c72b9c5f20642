/**
 * A Vue 3 user of the elements, type-checked by test/node/types.test.mjs (never run): `recipro-widgets/vue`
 * adds the tags to Vue's `GlobalComponents`, so templates check attributes and `@recipro-…` handlers (Vue
 * compiles `@recipro-complete` to the prop `onReciproComplete`).
 */
import type { GlobalComponents } from 'vue';
import type {} from 'recipro-widgets/vue';
import type { ResultPayload } from 'recipro-widgets';
import { same } from '../equal.js';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
type QuizProps = PropsOf<'recipro-quiz'>;
type ChecklistProps = PropsOf<'recipro-checklist'>;
type StepperProps = PropsOf<'recipro-stepper'>;

export const relationship = same<QuizProps['relationship'], 'partner' | 'family' | 'friend' | 'colleague' | undefined>(
  true,
);
export const persist = same<ChecklistProps['persist'], 'session' | 'local' | undefined>(true);

export const quiz: QuizProps = {
  relationship: 'family',
  'persist-key': 'intake',
  onReciproComplete: (_event) => same<typeof _event.detail, ResultPayload>(true),
  onReciproChange: (_event) => same<typeof _event.detail.value, number>(true),
};
export const stepper: StepperProps = {
  'start-step': 'listen',
  onReciproStepChange: (_event) => same<typeof _event.detail.from, string>(true),
};

// @ts-expect-error `cousin` is not a relationship
export const wrongValue: QuizProps = { relationship: 'cousin' };
export const wrongDetail: ChecklistProps = {
  // @ts-expect-error a checklist's change has no `value`
  onReciproChange: (event) => event.detail.value.toFixed(),
};
