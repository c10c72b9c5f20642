import type { ScoreProblem } from './issues.js';
import type { StepperDefinition } from './schemas/stepper.js';

export type StepStatus = 'not-started' | 'in-progress' | 'done';

export interface StepperProgress {
  kind: 'stepper';
  definitionId: string;
  definitionVersion: string;
  /** The current step id: the state's if it is a step, else the first step not done. */
  current: string;
  currentIndex: number;
  steps: { id: string; status: StepStatus; notes: number }[];
  done: number;
  total: number;
  /** done / total, 0–1. */
  share: number;
  complete: boolean;
  problems: ScoreProblem[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Summarises a stepper state. Pure and total: unknown steps and malformed entries are reported. */
export function stepperProgress(definition: StepperDefinition, state: unknown): StepperProgress {
  const problems: ScoreProblem[] = [];
  const s = isRecord(state) ? state : {};
  if (state !== undefined && state !== null && !isRecord(state)) {
    problems.push({ id: '', kind: 'invalid-input', message: 'the stepper state must be an object' });
  }
  const entries = isRecord(s.steps) ? s.steps : {};
  const ids = new Set(definition.steps.map((step) => step.id));
  for (const key of Object.keys(entries)) {
    if (!ids.has(key))
      problems.push({ id: key, kind: 'unknown-id', message: `"${key}" is not a step of this stepper` });
  }
  const steps = definition.steps.map((step) => {
    const entry = entries[step.id];
    const e = isRecord(entry) ? entry : {};
    const notes = isRecord(e.notes)
      ? Object.values(e.notes).filter((n) => typeof n === 'string' && n.trim() !== '').length
      : 0;
    const status: StepStatus =
      e.done === true ? 'done' : e.visited === true || notes > 0 ? 'in-progress' : 'not-started';
    return { id: step.id, status, notes };
  });
  const done = steps.filter((step) => step.status === 'done').length;
  let currentIndex = typeof s.current === 'string' ? definition.steps.findIndex((step) => step.id === s.current) : -1;
  if (typeof s.current === 'string' && currentIndex < 0) {
    problems.push({ id: s.current, kind: 'unknown-id', message: `"${s.current}" is not a step of this stepper` });
  }
  if (currentIndex < 0)
    currentIndex = Math.max(
      0,
      steps.findIndex((step) => step.status !== 'done'),
    );
  const total = steps.length;
  return {
    kind: 'stepper',
    definitionId: definition.id,
    definitionVersion: definition.version,
    current: definition.steps[currentIndex]!.id,
    currentIndex,
    steps,
    done,
    total,
    share: total ? done / total : 0,
    complete: total > 0 && done === total,
    problems,
  };
}
