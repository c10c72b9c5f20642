import { jsonSchemaId } from '../../core/constants.js';
import type { BuilderStrings } from './builder-strings.js';

export type BuilderKind = 'checklist' | 'quiz' | 'stepper';

/** The kinds, in the order the builder offers them. */
export const KINDS: readonly BuilderKind[] = ['checklist', 'quiz', 'stepper'];

/**
 * The smallest valid definition of each kind, in the builder's language, for the author to fill:
 * a checklist of one sign with one band over the whole score; a quiz of one question on a
 * three-point scale feeding one dimension, with one band; a stepper of one step with one prompt.
 * Each names its JSON Schema, so an editor the author opens the download in completes it too.
 */
export function blankDefinition(kind: BuilderKind, t: BuilderStrings, locale: string): Record<string, unknown> {
  const b = t.blank_;
  const common = {
    $schema: jsonSchemaId(kind),
    id: `my-${kind}`,
    version: '1',
    title: b.title[kind],
    locale,
    disclaimer: b.disclaimer,
  };
  switch (kind) {
    case 'checklist':
      return {
        kind,
        ...common,
        items: [{ id: 'sign-1', text: b.sign }],
        bands: [{ id: 'result', min: 0, max: 100, label: b.result, takeaway: b.meaning }],
      };
    case 'quiz':
      return {
        kind,
        ...common,
        scales: [
          {
            id: 'frequency',
            options: [
              { value: 1, label: b.never },
              { value: 2, label: b.sometimes },
              { value: 3, label: b.often },
            ],
          },
        ],
        dimensions: [{ id: 'balance', label: b.dimension }],
        items: [{ id: 'question-1', text: b.question, scale: 'frequency', dimension: 'balance' }],
        bandings: [
          {
            id: 'overall',
            score: 'balance',
            bands: [{ id: 'result', min: 0, max: 100, label: b.result, summary: b.meaning }],
          },
        ],
      };
    case 'stepper':
      return {
        kind,
        ...common,
        steps: [
          {
            id: 'step-1',
            title: b.stepTitle,
            summary: b.stepSummary,
            body: b.stepBody,
            prompts: [{ id: 'prompt-1', text: b.prompt }],
            practice: { text: b.practice },
          },
        ],
      };
  }
}
