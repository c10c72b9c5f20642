import { catalogFor, commonMessages, checklistMessages } from '../../core/index.js';

const english = { ...commonMessages, ...checklistMessages };

/** The strings `<recipro-checklist>` shows: its own and the shared ones, nothing of the other elements. */
export type ChecklistStrings = typeof english;

/** `<recipro-checklist>`'s strings in a language, English for anything missing. */
export const checklistStrings = (locale: string | null | undefined): ChecklistStrings => catalogFor(locale, english);
