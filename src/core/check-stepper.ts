import { checkUniqueIds } from './check-bands.js';
import type { Issue } from './issues.js';
import type { StepperDefinition } from './schemas/stepper.js';

export function checkStepper(stepper: StepperDefinition): Issue[] {
  return [
    ...checkUniqueIds(stepper.steps, 'steps', 'step'),
    ...stepper.steps.flatMap((step, s) => checkUniqueIds(step.prompts, `steps[${s}].prompts`, 'prompt')),
  ];
}
