/** Registers every element: `<recipro-quiz>`, `<recipro-checklist>`, `<recipro-stepper>`. */
import './components/quiz/quiz.js';
import './components/checklist/checklist.js';
import './components/stepper/stepper.js';
