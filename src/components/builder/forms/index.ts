import type { TemplateResult } from 'lit';
import type { FormContext } from '../form-context.js';

/** Draws the form editor for one kind of definition (see form-context.ts). */
export type FormRenderer = (context: FormContext) => TemplateResult;

/**
 * The form editors by definition kind. A kind without one (the stepper) is edited in the JSON
 * tab only.
 */
export const forms: Partial<Record<'checklist' | 'quiz' | 'stepper', FormRenderer>> = {};
