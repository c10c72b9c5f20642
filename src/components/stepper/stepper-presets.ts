import type { StepperDefinition } from '../../core/index.js';
import { reciproSteps } from '../../content/stepper/recipro-steps.js';

/** The built-in steppers, by id (the `preset` attribute). Only stepper packs, so a page with only a quiz never loads them. */
export const stepperPresets: Readonly<Record<string, StepperDefinition>> = {
  [reciproSteps.id]: reciproSteps,
};

export const DEFAULT_STEPPER = 'recipro-steps';
