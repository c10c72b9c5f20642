import type { Issue } from './issues.js';
import type { ResultPayload } from './payload-schema.js';

/** `recipro-change` from `<recipro-quiz>`: the reader chose an answer. */
export interface QuizChangeDetail {
  /** The question's id. */
  id: string;
  /** The option value chosen. */
  value: number;
}

/** `recipro-change` from `<recipro-checklist>`: the reader checked or unchecked an item. */
export interface ChecklistChangeDetail {
  /** The item's id. */
  id: string;
  /** Whether the item is now checked. */
  checked: boolean;
  /** Items checked after the change. */
  count: number;
  /** Items in the checklist. */
  total: number;
}

/** `recipro-change` from `<recipro-stepper>`: the reader changed a step. Never carries note text. */
export interface StepperChangeDetail {
  /** The step's id. */
  id: string;
  /** What changed: notes were edited, or the step was marked done or not done. */
  change: 'notes' | 'done' | 'not-done';
}

/** Detail of `recipro-change`: one type per element (each element's listeners see its own; see `QuizEventMap`). */
export type ReciproChangeDetail = QuizChangeDetail | ChecklistChangeDetail | StepperChangeDetail;

/** Detail of `recipro-start` (quiz): nothing beyond the event itself. */
export type ReciproStartDetail = Record<string, never>;

export interface ReciproErrorDetail {
  /** Why the element could not be shown: the definition's issues, or the load failure. */
  issues: Issue[];
}

/** Detail of `recipro-step-change` (stepper): the step left and the step opened, by id. */
export interface ReciproStepChangeDetail {
  from: string;
  to: string;
}

/** Detail of `recipro-submit`: the result reached `submit-url`. */
export interface ReciproSubmitDetail {
  /** The HTTP status of the accepted response. */
  status: number;
  /** The payload's idempotency key. */
  key: string;
}

/** Detail of `recipro-submit-error`: the result could not be delivered. */
export interface ReciproSubmitErrorDetail {
  /** A short reason: `HTTP 400`, `network error`, `queue-full`, … */
  reason: string;
  key: string;
}

/** Detail of `recipro-builder-change`: the author changed the definition in `<recipro-builder>`. */
export interface BuilderChangeDetail {
  /** The definition now: parsed JSON, possibly invalid (the author is mid-edit). */
  definition: Record<string, unknown>;
  /** Whether `parseDefinition` accepts it. */
  valid: boolean;
}

/** Detail of `recipro-builder-export`: the author downloaded the JSON or copied the embed snippet. */
export interface BuilderExportDetail {
  /** `json`: the definition was downloaded as a file; `snippet`: the embed snippet was copied. */
  format: 'json' | 'snippet';
  definition: Record<string, unknown>;
  valid: boolean;
  /** The snippet copied (for `snippet`). */
  snippet?: string;
}

/** Every event the elements fire, by name, with its detail type. Declared once; the DOM typings derive from it. */
export interface ReciproEventDetails {
  'recipro-start': ReciproStartDetail;
  'recipro-change': ReciproChangeDetail;
  'recipro-complete': ResultPayload;
  'recipro-error': ReciproErrorDetail;
  'recipro-step-change': ReciproStepChangeDetail;
  'recipro-submit': ReciproSubmitDetail;
  'recipro-submit-error': ReciproSubmitErrorDetail;
  'recipro-builder-change': BuilderChangeDetail;
  'recipro-builder-export': BuilderExportDetail;
}

export type ReciproEventName = keyof ReciproEventDetails;
