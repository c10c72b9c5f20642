/**
 * recipro-widgets: the element classes and their event types, without registering any tag.
 * Import `recipro-widgets/define` (or one element's module, e.g. `recipro-widgets/quiz`) to register.
 */
export { ReciproQuiz } from './components/quiz/quiz.component.js';
export { ReciproChecklist } from './components/checklist/checklist.component.js';
export { ReciproStepper } from './components/stepper/stepper.component.js';
// The builder's class as a type only: its code is `recipro-widgets/builder`, never part of this entry.
export type { ReciproBuilder } from './components/builder/builder.component.js';
export type {
  ReciproEventMap,
  QuizEventMap,
  ChecklistEventMap,
  StepperEventMap,
  ReciproChangeDetail,
  QuizChangeDetail,
  ChecklistChangeDetail,
  StepperChangeDetail,
  ReciproStartDetail,
  ReciproErrorDetail,
  ReciproStepChangeDetail,
  ReciproSubmitDetail,
  ReciproSubmitErrorDetail,
  BuilderChangeDetail,
  BuilderExportDetail,
} from './events.js';
export type { ResultPayload, QuizDefinition, ChecklistDefinition, StepperDefinition, Issue } from './core/index.js';
export { LANGUAGES, loadLanguage, registerLocale } from './locales/index.js';
