import type { Issue } from '../../core/issues.js';

/**
 * What `<recipro-builder>` hands a form editor (forms/checklist-form.ts, forms/quiz-form.ts).
 * A form is a function `(context) => TemplateResult` drawn inside the builder's shadow root; it
 * never keeps the definition itself: it reads `draft` and hands every change to `edit`.
 *
 * The draft is plain JSON that may be invalid (the author is mid-edit): a form reads it
 * defensively (a missing array is an empty list, a wrong type an empty field), and writes a
 * fresh object for every change (never mutates `draft`), so undo can keep each state.
 */
export interface FormContext {
  /** The definition being edited: parsed JSON, possibly invalid. Never mutate it. */
  readonly draft: Record<string, unknown>;
  /** `parseDefinition`'s issues for the draft, in the builder's language. */
  readonly issues: readonly Issue[];
  /** The builder's language: `en`, `fr`, `hi` or `ar`. */
  readonly lang: string;
  /**
   * Commits a change as one undo step named `label` ("Add a sign", "Move a question up").
   * Changes with the same `coalesce` key that follow each other (typing in one field) merge
   * into one step; pass the field's id (see {@link fieldId}) when typing.
   */
  edit(next: Record<string, unknown>, label: string, coalesce?: string): void;
}

/**
 * The id of the form control that edits the value at `path` (an Issue's path such as
 * `items[3].dimension`): the JSON tab links each issue to it, and focuses it. Ids are unique in
 * the builder's shadow root; a list (`items`) has its own id too, for "add one" issues.
 */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^\w-]+/g, '-').replace(/-+$/, '') || 'root'}`;
}

/** The issues about exactly `path`, or (with `nested`) about it and everything under it. */
export function issuesAt(issues: readonly Issue[], path: string, nested = false): Issue[] {
  return issues.filter(
    (issue) =>
      issue.path === path || (nested && (issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`))),
  );
}
