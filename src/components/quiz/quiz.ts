import { ReciproQuiz } from './quiz.component.js';
import { defineOnce } from '../shared/define.js';

export { ReciproQuiz };

defineOnce('recipro-quiz', ReciproQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'recipro-quiz': ReciproQuiz;
  }
}
