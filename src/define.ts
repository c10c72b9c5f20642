/** Registers every element: `<recipro-quiz>`. */
import './components/quiz/quiz.js';
