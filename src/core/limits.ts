// The numeric limits of a definition, in one place. The zod schemas enforce them; code that builds
// a definition itself (a writer's list read by the checklist) checks the same numbers without
// loading the validator. Plain numbers only, so importing this module never pulls zod into a page.

/** Longest id: ids end up in storage keys, payloads and DOM ids, so they stay short. */
export const ID_MAX_LENGTH = 64;

/** Longest link a definition may carry. */
export const URL_MAX_LENGTH = 2048;

/** Largest weight of a quiz or checklist item; weights are above 0. */
export const WEIGHT_MAX = 100;

/** Most items in a checklist: past this, a list is no longer something a person reads. */
export const CHECKLIST_MAX_ITEMS = 5000;

/** Most items in a quiz. */
export const QUIZ_MAX_ITEMS = 20_000;

/** Fewest and most options on a quiz's answer scale. */
export const SCALE_MIN_OPTIONS = 2;
export const SCALE_MAX_OPTIONS = 11;

/** Longest a quiz may say it takes, in minutes. */
export const ESTIMATED_MINUTES_MAX = 240;

/** Most scores a quiz may point out as the ones to work on first. */
export const FOCUS_MAX_COUNT = 10;

/** Longest letter of a step (e.g. the "R" of RECIPRO). */
export const LETTER_MAX_LENGTH = 3;

/** Most steps in a stepper, and most prompts in one step. */
export const STEPPER_MAX_STEPS = 50;
export const STEP_MAX_PROMPTS = 10;

/** Longest interval of a practice's calendar reminder, in weeks. */
export const REMINDER_MAX_WEEKS = 52;

/** Most questions answered beside one band or step. */
export const QUESTIONS_MAX = 10;
