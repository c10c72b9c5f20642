import type { QuizDefinition } from '../../core/index.js';
import type { BuiltInPack, DefaultPackId, PackIdOf } from '../registry.js';
import { PackShelf } from '../shelf.js';
import { reciprocityBalanceCover } from './reciprocity-balance-cover.js';

/**
 * What a quiz's intro screen shows: enough to draw it at once, while the pack itself (questions and
 * results, most of a quiz page's bytes) loads just after the first render.
 */
export interface QuizCover extends Pick<QuizDefinition, 'title' | 'intro' | 'estimatedMinutes' | 'disclaimer'> {
  /** How many questions the quiz asks. */
  questions: number;
}

/**
 * The built-in quizzes, by id (the `preset` attribute), each loaded on its own when an element
 * shows it. Only quizzes, so a page with only a checklist never loads them; typed from the
 * registry, so a quiz added there and missing here fails type-checking.
 */
export const quizPackLoaders = {
  'reciprocity-balance': () => import('./reciprocity-balance.js').then((m) => m.reciprocityBalance),
} satisfies { [Id in PackIdOf<'quiz'>]: () => Promise<BuiltInPack<Id>> };

/** The intro screen of each built-in quiz, bundled with the element. */
export const quizCovers: Readonly<Record<string, QuizCover>> = {
  'reciprocity-balance': reciprocityBalanceCover,
} satisfies { [Id in PackIdOf<'quiz'>]: QuizCover };

/** The quiz shown when the page names none: the registry's default quiz. */
export const DEFAULT_QUIZ: DefaultPackId<'quiz'> = 'reciprocity-balance';

/** The quizzes loaded so far, and how to load one. */
export const quizShelf = new PackShelf<QuizDefinition>(quizPackLoaders);
