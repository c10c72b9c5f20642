import type { QuizDefinition } from '../../core/index.js';
import { reciprocityBalance } from './reciprocity-balance.js';
import type { BuiltInPack, DefaultPackId, PackIdOf } from '../registry.js';

/**
 * The built-in quizzes, by id (the `preset` attribute), bundled with the quiz element so it shows one at once. Only
 * quizzes, so a page with only a checklist never loads them; typed from the registry, so a quiz added there and
 * missing here fails type-checking.
 */
export const quizPresets: Readonly<Record<string, QuizDefinition>> = {
  [reciprocityBalance.id]: reciprocityBalance,
} satisfies { [Id in PackIdOf<'quiz'>]: BuiltInPack<Id> };

/** The quiz shown when the page names none: the registry's default quiz. */
export const DEFAULT_QUIZ: DefaultPackId<'quiz'> = 'reciprocity-balance';
