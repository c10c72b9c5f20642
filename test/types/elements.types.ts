/**
 * Type-level tests for the element classes, checked by `npm run typecheck`, never executed: the
 * attribute unions written out on each class (so the manifest lists the values) must stay equal to
 * the core's tables, and each element's listeners see its own event details.
 */
import type { ReciproChecklist, ReciproQuiz, ReciproStepper } from '../../src/index.js';
import type { Culture, QuizLayout, Relationship } from '../../src/core/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equal<A, B>) => proof;

export const relationshipMatchesCore = same<NonNullable<ReciproQuiz['relationship']>, Relationship>(true);
export const cultureMatchesCore = same<NonNullable<ReciproQuiz['culture']>, Culture>(true);
export const layoutMatchesCore = same<NonNullable<ReciproQuiz['layout']>, QuizLayout>(true);
export const persistIsSessionOrLocal = same<NonNullable<ReciproStepper['persist']>, 'session' | 'local'>(true);

export function listeners(quiz: ReciproQuiz, checklist: ReciproChecklist, stepper: ReciproStepper): void {
  quiz.addEventListener('recipro-change', (_event) => same<typeof _event.detail.value, number>(true));
  checklist.addEventListener('recipro-change', (_event) => same<typeof _event.detail.checked, boolean>(true));
  stepper.addEventListener('recipro-change', (_event) =>
    same<typeof _event.detail.change, 'notes' | 'done' | 'not-done'>(true),
  );
  stepper.addEventListener('recipro-step-change', (_event) => same<typeof _event.detail.to, string>(true));
  // @ts-expect-error a quiz's change has no `checked`
  quiz.addEventListener('recipro-change', (event) => event.detail.checked);
  // DOM events keep their own types.
  quiz.addEventListener('click', (_event) => same<typeof _event, HTMLElementEventMap['click']>(true));
}
