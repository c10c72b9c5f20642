import { catalogFor, commonMessages, quizMessages } from '../../core/index.js';

const english = { ...commonMessages, ...quizMessages };

/** The strings `<recipro-quiz>` shows: its own and the shared ones, nothing of the other elements. */
export type QuizStrings = typeof english;

/** `<recipro-quiz>`'s strings in a language, English for anything missing. */
export const quizStrings = (locale: string | null | undefined): QuizStrings => catalogFor(locale, english);
