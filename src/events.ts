import type { Issue, ResultPayload } from './core/index.js';

/** Detail of `recipro-change`: what the reader just changed. Never carries note text. */
export interface ReciproChangeDetail {
  /** The item (quiz question, checklist entry) or step that changed. */
  id: string;
  /** Quiz: the chosen value. */
  value?: number;
  /** Checklist: whether the item is now checked. */
  checked?: boolean;
  /** Checklist: counts after the change. */
  count?: number;
  total?: number;
  /** Stepper: what changed (`notes`, `done`, `not-done`). */
  change?: 'notes' | 'done' | 'not-done';
}

export interface ReciproErrorDetail {
  /** Why the element could not be shown: the definition's issues, or the load failure. */
  issues: Issue[];
}

export interface ReciproStepChangeDetail {
  from: string;
  to: string;
}

export interface ReciproSubmitDetail {
  status: number;
  key: string;
}

export interface ReciproSubmitErrorDetail {
  reason: string;
  key: string;
}

export interface ReciproEventMap {
  'recipro-start': CustomEvent<Record<string, never>>;
  'recipro-change': CustomEvent<ReciproChangeDetail>;
  'recipro-complete': CustomEvent<ResultPayload>;
  'recipro-error': CustomEvent<ReciproErrorDetail>;
  'recipro-step-change': CustomEvent<ReciproStepChangeDetail>;
  'recipro-submit': CustomEvent<ReciproSubmitDetail>;
  'recipro-submit-error': CustomEvent<ReciproSubmitErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ReciproEventMap {}
}

type DetailOf<K extends keyof ReciproEventMap> = ReciproEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires a library event: prefixed, bubbling and composed so it leaves the shadow root. */
export function emit<K extends keyof ReciproEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
