import type { StepperDefinition } from '../../core/index.js';
import { reciproSteps } from './recipro-steps.js';
import type { BuiltInPack, DefaultPackId, PackIdOf } from '../registry.js';

/**
 * The built-in steppers, by id (the `preset` attribute), bundled with the stepper element so it shows one at once.
 * Only steppers, so a page with only a quiz never loads them; typed from the registry, so a stepper added there and
 * missing here fails type-checking.
 */
export const stepperPresets: Readonly<Record<string, StepperDefinition>> = {
  [reciproSteps.id]: reciproSteps,
} satisfies { [Id in PackIdOf<'stepper'>]: BuiltInPack<Id> };

/** The stepper shown when the page names none: the registry's default stepper. */
export const DEFAULT_STEPPER: DefaultPackId<'stepper'> = 'recipro-steps';
