/**
 * Type-level tests, checked by `npm run typecheck` (tsc), never executed: each
 * `@ts-expect-error` line must be an error, or the compile fails.
 */
import {
  parseDefinition,
  type ChecklistDefinition,
  type QuizDefinition,
  type StepperDefinition,
  type Catalog,
} from '../../src/core/index.js';

export const okChecklist: ChecklistDefinition = {
  kind: 'checklist',
  id: 'c',
  version: '1',
  title: 'T',
  disclaimer: 'D',
  items: [{ id: 'a', text: 'A', polarity: 'warning' }],
  bands: [{ id: 'all', min: 0, max: 100, label: 'L', takeaway: 'T' }],
};

export const wrongKind: ChecklistDefinition = {
  ...okChecklist,
  // @ts-expect-error a checklist's kind is 'checklist'
  kind: 'quiz',
};

export const wrongPolarity: ChecklistDefinition = {
  ...okChecklist,
  // @ts-expect-error polarity is 'healthy' or 'warning'
  items: [{ id: 'a', text: 'A', polarity: 'bad' }],
};

// @ts-expect-error a quiz needs scales, dimensions, items and bandings
export const emptyQuiz: QuizDefinition = { kind: 'quiz', id: 'q', version: '1', title: 'T', disclaimer: 'D' };

export const wrongScore: QuizDefinition['scores'] = [
  // @ts-expect-error a difference takes exactly two scores
  { id: 'd', kind: 'difference', of: ['a', 'b', 'c'] },
];

export const wrongRelationship: QuizDefinition['items'][number] = {
  id: 'i',
  scale: 's',
  // @ts-expect-error wordings are keyed by partner, family, friend or colleague
  text: { spouse: 'My spouse…' },
};

export const stepWithoutPrompts: StepperDefinition['steps'][number] = {
  id: 's',
  title: 'T',
  summary: 'S',
  body: 'B',
  // @ts-expect-error prompts are objects with an id and a text
  prompts: ['What?'],
  practice: { text: 'P' },
};

// parseDefinition narrows by kind.
const parsed = parseDefinition({}, 'stepper');
if (parsed.ok) {
  const steps: StepperDefinition['steps'] = parsed.definition.steps;
  // @ts-expect-error a stepper has no items
  void parsed.definition.items;
  void steps;
}

// @ts-expect-error a catalog must have every key
export const partialCatalog: Catalog = { next: 'Suivant' };
