import { catalogFor, commonMessages, stepperMessages } from '../../core/index.js';

const english = { ...commonMessages, ...stepperMessages };

/** The strings `<recipro-stepper>` shows: its own and the shared ones, nothing of the other elements. */
export type StepperStrings = typeof english;

/** `<recipro-stepper>`'s strings in a language, English for anything missing. */
export const stepperStrings = (locale: string | null | undefined): StepperStrings => catalogFor(locale, english);
