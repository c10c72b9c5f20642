/**
 * The rules of each element as pure functions: `init*(definition, …)` starts a session and
 * `reduce*(state, action)` answers a reader's action with the next state and the effects the
 * element must carry out (save, announce, focus, emit, complete). No DOM: tested in Node.
 */
export type { Effect, EmitEffect, CompleteEffect, Transition } from './effects.js';
export {
  initQuiz,
  reduceQuiz,
  isRequired,
  firstGap,
  possibleAnswers,
  type QuizState,
  type QuizView,
  type QuizAction,
  type QuizEffect,
  type QuizHint,
  type QuizAnnouncement,
  type QuizLayout,
  type QuizInit,
} from './quiz.js';
export {
  initChecklist,
  reduceChecklist,
  scoreOf,
  takeawayShown,
  checklistStarted,
  needsSupport,
  type ChecklistState,
  type ChecklistAction,
  type ChecklistEffect,
  type ChecklistAnnouncement,
  type ChecklistOrigin,
  type ChecklistInit,
} from './checklist.js';
export {
  initStepper,
  reduceStepper,
  dataOf,
  progressOf,
  notesOf,
  type StepperState,
  type StepperAction,
  type StepperEffect,
  type StepperAnnouncement,
  type StepperInit,
} from './stepper.js';
