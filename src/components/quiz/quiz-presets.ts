import type { QuizDefinition } from '../../core/index.js';
import { reciprocityBalance } from '../../content/quiz/reciprocity-balance.js';

/** The built-in quizzes, by id (the `preset` attribute). Only quiz packs, so a page with only a checklist never loads them. */
export const quizPresets: Readonly<Record<string, QuizDefinition>> = {
  [reciprocityBalance.id]: reciprocityBalance,
};

export const DEFAULT_QUIZ = 'reciprocity-balance';
