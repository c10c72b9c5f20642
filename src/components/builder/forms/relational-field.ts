import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { relationships } from '../../../core/constants.js';
import type { FormContext } from '../form-context.js';
import { described, textField } from './fields.js';
import { getAt, idOf, setAt, type Json, type Path } from './edit.js';
import { formStrings } from './form-strings.js';

/*
 * Text that may be worded per relationship (`relationalText` in core/schemas/common.ts): one
 * wording for everyone, or one per relationship. Switching to per relationship copies the one
 * wording into each; switching back keeps the first wording written. Both keep the other wordings
 * of an object intact while the author edits one.
 */
export function relationalField(context: FormContext, path: Path, label: string, required = true): TemplateResult {
  const s = formStrings(context.lang);
  const value = getAt(context.draft, path);
  const perRelationship = typeof value === 'object' && value !== null && !Array.isArray(value);
  const id = idOf(path);
  const toggleId = `${id}--per-relationship`;
  const toggle = (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    let next: unknown;
    if (on) {
      const one = typeof value === 'string' ? value : '';
      next = Object.fromEntries(relationships.map((r) => [r, one]));
    } else {
      const wordings = Object.values(perRelationship ? (value as Json) : {});
      next = wordings.find((w): w is string => typeof w === 'string' && w !== '') ?? '';
    }
    context.edit(setAt(context.draft, path, next), s.change(`${label}: ${s.perRelationship}`));
  };
  const switcher = html`<div class="field check">
    <input id=${toggleId} type="checkbox" .checked=${perRelationship} @change=${toggle} />
    <label for=${toggleId}>${s.perRelationship}</label>
  </div>`;
  if (!perRelationship) {
    const one = textField(context, path, label, { multiline: true, required });
    return html`<div class="relational">${one}${switcher}</div>`;
  }
  const d = described(context, path);
  return html`<fieldset class="relational" id=${id} tabindex="-1" aria-describedby=${ifDefined(d.describedBy)}>
    <legend>${label}</legend>
    ${d.view} ${switcher}
    ${relationships.map((r) => textField(context, [...path, r], s[r], { multiline: true }))}
  </fieldset>`;
}
