import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { issuesAt, type FormContext } from '../form-context.js';
import { getAt, idOf, pathText, setAt, type Path } from './edit.js';
import { formStrings } from './form-strings.js';

/*
 * Labelled controls bound to one path of the draft. Each shows the issues about its path beside
 * it (described by them, and aria-invalid while there are any), and turns input into one `edit`:
 * typing in a field coalesces into one undo step, keyed by the field's id.
 */

/**
 * Draws a form in the wrapper its styles (forms.styles.ts) are scoped to. The issues no control
 * shows (about parts edited in the JSON tab) are in the builder's own issue list, with the rest.
 */
export function formEditor(draw: () => TemplateResult): TemplateResult {
  return html`<div class="form-editor">${draw()}</div>`;
}

export interface Described {
  /** The issue list (or nothing), to draw beside the control. */
  view: TemplateResult | typeof nothing;
  /** The ids describing the control, or undefined. */
  describedBy: string | undefined;
  invalid: 'true' | 'false';
}

/** The issues about `path` (all under it with `nested`), as a list with an id, and the hint's id. */
export function described(context: FormContext, path: Path, hintId?: string, nested = false): Described {
  const id = idOf(path);
  const issues = issuesAt(context.issues, pathText(path), nested);
  const ids = [hintId, issues.length ? `${id}--issues` : undefined].filter(Boolean).join(' ');
  return {
    view: issues.length
      ? html`<ul class="field-issues" id=${`${id}--issues`}>
          ${issues.map((issue) => html`<li>${issue.message}</li>`)}
        </ul>`
      : nothing,
    describedBy: ids || undefined,
    invalid: issues.length ? 'true' : 'false',
  };
}

interface TextOptions {
  /** A textarea rather than a one-line input. */
  multiline?: boolean;
  /** Kept as `""` when emptied (the schema then says it is needed); optional fields are removed instead. */
  required?: boolean;
  hint?: string;
  type?: 'text' | 'url' | 'tel';
}

const change = (context: FormContext, what: string) => formStrings(context.lang).change(what);

const hintView = (id: string, hint: string | undefined) =>
  hint ? html`<p class="hint" id=${`${id}--hint`}>${hint}</p>` : nothing;

/** A labelled text input (or textarea) for the string at `path`. */
export function textField(context: FormContext, path: Path, label: string, options: TextOptions = {}): TemplateResult {
  const id = idOf(path);
  const value = getAt(context.draft, path);
  const d = described(context, path, options.hint ? `${id}--hint` : undefined);
  const write = (event: Event) => {
    const next = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    context.edit(
      setAt(context.draft, path, next === '' && !options.required ? undefined : next),
      change(context, label),
      id,
    );
  };
  const shown = typeof value === 'string' ? value : '';
  const control = options.multiline
    ? html`<textarea
        id=${id}
        rows="2"
        .value=${shown}
        aria-invalid=${d.invalid}
        aria-describedby=${ifDefined(d.describedBy)}
        @input=${write}
      ></textarea>`
    : html`<input
        id=${id}
        type=${options.type ?? 'text'}
        .value=${shown}
        aria-invalid=${d.invalid}
        aria-describedby=${ifDefined(d.describedBy)}
        @input=${write}
      />`;
  return html`<div class="field">
    <label for=${id}>${label}</label>${control}${hintView(id, options.hint)}${d.view}
  </div>`;
}

/** A labelled number input; emptied, the number is removed (the schema says when it is needed). */
export function numberField(context: FormContext, path: Path, label: string, hint?: string): TemplateResult {
  const id = idOf(path);
  const value = getAt(context.draft, path);
  const d = described(context, path, hint ? `${id}--hint` : undefined);
  const write = (event: Event) => {
    const input = event.target as HTMLInputElement;
    // A number half typed ("-", "1e") is not one yet: wait for the rest rather than wipe it.
    if (input.validity.badInput) return;
    const next = input.value === '' ? undefined : input.valueAsNumber;
    context.edit(setAt(context.draft, path, next), change(context, label), id);
  };
  return html`<div class="field number">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="number"
      .step=${'any'}
      .value=${typeof value === 'number' ? String(value) : ''}
      aria-invalid=${d.invalid}
      aria-describedby=${ifDefined(d.describedBy)}
      @input=${write}
    />${hintView(id, hint)}${d.view}
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
}

/**
 * A labelled select for the string at `path`. `unset` names the empty choice (which removes the
 * value); a value the choices do not list stays shown, marked as not defined, until changed.
 */
export function selectField(
  context: FormContext,
  path: Path,
  label: string,
  choices: readonly Choice[],
  unset?: string,
): TemplateResult {
  const id = idOf(path);
  const raw = getAt(context.draft, path);
  const value = typeof raw === 'string' ? raw : '';
  const d = described(context, path);
  const known = value === '' || choices.some((choice) => choice.value === value);
  const all = [
    ...(unset !== undefined || value === '' ? [{ value: '', label: unset ?? '' }] : []),
    ...(known ? [] : [{ value, label: formStrings(context.lang).notDefined(value) }]),
    ...choices,
  ];
  const write = (event: Event) => {
    const next = (event.target as HTMLSelectElement).value;
    context.edit(setAt(context.draft, path, next === '' ? undefined : next), change(context, label));
  };
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} aria-invalid=${d.invalid} aria-describedby=${ifDefined(d.describedBy)} @change=${write}>
      ${all.map(
        (choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>
          ${choice.label}
        </option>`,
      )}
    </select>
    ${d.view}
  </div>`;
}

/** A labelled checkbox: ticked writes `true`, unticked removes the value. */
export function checkField(context: FormContext, path: Path, label: string): TemplateResult {
  const id = idOf(path);
  const d = described(context, path);
  const write = (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    context.edit(setAt(context.draft, path, on ? true : undefined), change(context, label));
  };
  return html`<div class="field check">
    <input
      id=${id}
      type="checkbox"
      .checked=${getAt(context.draft, path) === true}
      aria-invalid=${d.invalid}
      aria-describedby=${ifDefined(d.describedBy)}
      @change=${write}
    />
    <label for=${id}>${label}</label>${d.view}
  </div>`;
}

/**
 * A section with a heading. With `path`, it is the control for that path (its id, focusable, and
 * the issues about the whole of it); without, its id is `section-${key}`.
 */
export function section(context: FormContext, key: string, title: string, body: unknown, path?: Path): TemplateResult {
  const id = path ? idOf(path) : `section-${key}`;
  const d = path ? described(context, path) : undefined;
  return html`<section
    class="form-section"
    id=${id}
    tabindex=${ifDefined(path ? '-1' : undefined)}
    aria-labelledby=${`${id}--title`}
    aria-describedby=${ifDefined(d?.describedBy)}
  >
    <h3 id=${`${id}--title`}>${title}</h3>
    ${d?.view ?? nothing} ${body}
  </section>`;
}
