import type { ReciproEventDetails, ReciproEventName } from '../events.js';
import type { DefinitionKind } from '../parse.js';
import type { ProgressDataByKind } from '../progress.js';
import type { ChecklistResult } from '../score-checklist.js';
import type { QuizResult } from '../score-quiz.js';
import type { StepperProgress } from '../stepper-progress.js';

/** An event for the element to fire, with its typed detail. */
export type EmitEffect = {
  [K in ReciproEventName]: { type: 'emit'; name: K; detail: ReciproEventDetails[K] };
}[ReciproEventName];

/** A finished result. The element builds the payload (its language, `submit-include`), then fires and sends it. */
export interface CompleteEffect {
  type: 'complete';
  result: QuizResult | ChecklistResult | StepperProgress;
  /** Set when the result was restored, not reached now: the element shows it without firing or sending anything. */
  quiet?: boolean;
  answers?: Record<string, number> | string[];
  notes?: Record<string, Record<string, string>>;
  startedAt?: Date;
}

/**
 * What a session asks of its element, as data: the element carries effects out in order.
 * `save` and `clear` act only when the element keeps progress; `focus` names an element id in the
 * element's shadow root; `announce` is spoken by its live region, in its language.
 */
export type Effect<K extends DefinitionKind, Message> =
  | { type: 'save'; data: ProgressDataByKind[K] }
  | {
      type: 'clear';
      /** Another definition's record (an edited list's old id); default: the current one. */ id?: string;
    }
  | { type: 'announce'; message: Message }
  | { type: 'focus'; target: string }
  | { type: 'discard' }
  | { type: 'warn'; message: string }
  | EmitEffect
  | CompleteEffect;

/** The next state and what the element must do about it. */
export interface Transition<State, K extends DefinitionKind, Message> {
  state: State;
  effects: Effect<K, Message>[];
}
