/**
 * recipro-widgets/core: schemas, scoring, persistence and result contracts.
 * No DOM, no lit: runs in browsers and in Node, so a server can re-score submitted results.
 */
export { parseDefinition, parseDefinitionIn, zodMessagesFor, DEFINITION_KINDS, MAX_ISSUES } from './parse.js';
export type { Definition, DefinitionByKind, DefinitionKind, ParseOptions, ParseResult } from './parse.js';
export { describeIssue, formatPath, type Issue, type ScoreProblem } from './issues.js';

export { isMixed, scoreQuiz, reverseValue, scaleBounds } from './score-quiz.js';
export type { QuizAnswers, QuizResult, DimensionScore, BandResult } from './score-quiz.js';
export { scoreChecklist, type ChecklistResult } from './score-checklist.js';
export { stepperProgress, type StepperProgress, type StepStatus } from './stepper-progress.js';
export { scoreRanges, type Range } from './ranges.js';
export { findBand } from './bands.js';
export { textFor } from './text.js';
export { regionOf } from './region.js';
export {
  quizReport,
  scoreLabel,
  type QuizReport,
  type ReportLine,
  type ReportFocus,
  type ReportOptions,
} from './quiz-report.js';
export * from './sessions/index.js';
export type * from './events.js';

export { serializeProgress, restoreProgress, PROGRESS_VERSION } from './progress.js';
export type {
  SavedProgress,
  RestoreResult,
  RestoreStatus,
  QuizProgress,
  ChecklistProgress,
  StepperData,
  StepEntry,
  ProgressDataByKind,
} from './progress.js';

export {
  createResultPayload,
  summarize,
  PAYLOAD_SCHEMA,
  PAYLOAD_VERSION,
  type PayloadOptions,
  type IncludeOption,
} from './payload.js';
export { parseResultPayload, resultPayloadSchema, type ResultPayload, type ResultSummary } from './payload-schema.js';

export { createStore, type Store, type StorageKind, type StorageProblem, type StorageBackend } from './storage.js';
export { createKey } from './key.js';
export { formatNumber, formatPercent } from './format.js';
export {
  en,
  message,
  messagesFor,
  catalogFor,
  registerCatalog,
  resolveLanguage,
  type Catalog,
  type MessageKey,
} from './messages/index.js';
export { commonMessages, quizMessages, checklistMessages, stepperMessages } from './messages/index.js';

export { quizDefinition } from './schemas/quiz.js';
export type {
  QuizDefinition,
  QuizItem,
  Scale,
  ScaleOption,
  Dimension,
  DerivedScore,
  Band,
  Banding,
  QuizStep,
  MissingPolicy,
} from './schemas/quiz.js';
export { checklistDefinition } from './schemas/checklist.js';
export type { ChecklistDefinition, ChecklistItem, ChecklistBand, Polarity } from './schemas/checklist.js';
export { stepperDefinition } from './schemas/stepper.js';
export type { StepperDefinition, StepperStep, StepperPrompt } from './schemas/stepper.js';
export {
  relationships,
  cultures,
  regions,
  SAFE_URL,
  ID_PATTERN,
  DEFAULT_EXPIRY_DAYS,
  type Relationship,
  type Culture,
  type Region,
} from './constants.js';
export type { RelationalText, Resources, Resource, Contact, Attribution, Questions } from './schemas/common.js';
export {
  parseEnvelope,
  isEnvelope,
  envelopeSchema,
  envelopeAad,
  keyIdOf,
  toBase64Url,
  fromBase64Url,
  ENVELOPE_SCHEMA,
  ENVELOPE_VERSION,
  ENVELOPE_SUITE,
  ENVELOPE_INFO,
  type ResultEnvelope,
} from './envelope.js';
