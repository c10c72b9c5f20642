import type { TemplateResult } from 'lit';
import type { FormContext } from '../form-context.js';
import { checklistForm } from './checklist-form.js';
import { formEditor } from './fields.js';
import { quizForm } from './quiz-form.js';

export { formStyles } from './forms.styles.js';

/** Draws the form editor for one kind of definition (see form-context.ts). */
export type FormRenderer = (context: FormContext) => TemplateResult;

/**
 * The form editors by definition kind. A kind without one (the stepper) is edited in the JSON
 * tab only. Their styles (`formStyles`) go in the builder's `static styles`, after `baseStyles`.
 */
export const forms: Partial<Record<'checklist' | 'quiz' | 'stepper', FormRenderer>> = {
  checklist: (context) => formEditor(() => checklistForm(context)),
  quiz: (context) => formEditor(() => quizForm(context)),
};
