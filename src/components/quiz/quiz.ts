import { ReciproQuiz } from './quiz.component.js';
import { defineOnce } from '../shared/define.js';

export { ReciproQuiz };
// Brings the typed `recipro-*` events into GlobalEventHandlersEventMap for importers.
export type { ReciproEventMap } from '../../events.js';

defineOnce('recipro-quiz', ReciproQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'recipro-quiz': ReciproQuiz;
  }
}
