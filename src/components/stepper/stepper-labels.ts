import type { StepperData, StepperStep, StepStatus } from '../../core/index.js';
import type { StepperStrings } from './stepper-strings.js';

/** The reader's note for one prompt ('' when none). */
export function noteOf(state: StepperData, stepId: string, promptId: string): string {
  return state.steps?.[stepId]?.notes?.[promptId] ?? '';
}

export function statusLabel(t: StepperStrings, status: StepStatus): string {
  return status === 'done' ? t.statusDone : status === 'in-progress' ? t.statusInProgress : t.statusNotStarted;
}

export const letterOf = (step: StepperStep, index: number): string => step.letter ?? String(index + 1);
