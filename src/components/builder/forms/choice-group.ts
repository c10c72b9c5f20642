import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormContext } from '../form-context.js';
import { described } from './fields.js';
import { getAt, idOf, setAt, type Path } from './edit.js';
import { formStrings } from './form-strings.js';

export interface GroupChoice<V> {
  value: V;
  label: string;
}

/**
 * A group of checkboxes that edits the list at `path` (values of a safety rule, steps of a band).
 * Values in the list that no choice offers stay shown, so they can be unticked; an empty list is
 * removed (the schema wants at least one), or `whole` is removed when given (a safety rule without values).
 */
export function choiceGroup<V extends string | number>(
  context: FormContext,
  path: Path,
  legend: string,
  choices: readonly GroupChoice<V>[],
  whole: Path = path,
): TemplateResult | typeof nothing {
  const s = formStrings(context.lang);
  const raw = getAt(context.draft, path);
  const chosen = (Array.isArray(raw) ? raw : []) as V[];
  const extra = chosen
    .filter((value) => !choices.some((choice) => choice.value === value))
    .map((value) => ({ value, label: s.notDefined(String(value)) }));
  const all = [...choices, ...extra];
  if (!all.length) return nothing;
  const id = idOf(whole);
  const d = described(context, whole, undefined, true);
  const toggle = (value: V) => (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    const next = all.map((c) => c.value).filter((v) => (v === value ? on : chosen.includes(v)));
    context.edit(
      next.length ? setAt(context.draft, path, next) : setAt(context.draft, whole, undefined),
      s.change(legend),
    );
  };
  return html`<fieldset class="choices" id=${id} tabindex="-1" aria-describedby=${ifDefined(d.describedBy)}>
    <legend>${legend}</legend>
    ${d.view}
    ${all.map(
      (choice, k) => html`<div class="field check">
        <input
          id=${`${id}--opt-${k}`}
          type="checkbox"
          .checked=${chosen.includes(choice.value)}
          @change=${toggle(choice.value)}
        />
        <label for=${`${id}--opt-${k}`}>${choice.label}</label>
      </div>`,
    )}
  </fieldset>`;
}
