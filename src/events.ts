import type {
  ChecklistChangeDetail,
  QuizChangeDetail,
  ReciproEventDetails,
  ReciproEventName,
  StepperChangeDetail,
} from './core/events.js';

export type {
  QuizChangeDetail,
  ChecklistChangeDetail,
  StepperChangeDetail,
  ReciproChangeDetail,
  ReciproStartDetail,
  ReciproErrorDetail,
  ReciproStepChangeDetail,
  ReciproSubmitDetail,
  ReciproSubmitErrorDetail,
  BuilderChangeDetail,
  BuilderExportDetail,
  ReciproEventDetails,
  ReciproEventName,
} from './core/events.js';

/** Each library event as the DOM types it: a `CustomEvent` with its detail. */
export type ReciproEventMap = { [K in ReciproEventName]: CustomEvent<ReciproEventDetails[K]> };

/** The events of one element: `recipro-change` carries that element's own detail. */
type EventsWithChange<Change> = Omit<ReciproEventMap, 'recipro-change'> & { 'recipro-change': CustomEvent<Change> };
export type QuizEventMap = EventsWithChange<QuizChangeDetail>;
export type ChecklistEventMap = EventsWithChange<ChecklistChangeDetail>;
export type StepperEventMap = EventsWithChange<StepperChangeDetail>;
/** Each element kind's events, so `quiz.addEventListener('recipro-change', …)` sees a quiz's detail. */
export interface ElementEventMaps {
  quiz: QuizEventMap;
  checklist: ChecklistEventMap;
  stepper: StepperEventMap;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ReciproEventMap {}
}

/** Fires a library event: prefixed, bubbling and composed so it leaves the shadow root. */
export function emit<K extends ReciproEventName>(
  target: EventTarget,
  name: K,
  detail: ReciproEventDetails[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
