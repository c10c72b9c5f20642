import { html, type TemplateResult } from 'lit';
import type { FormContext } from '../form-context.js';
import { aboutFields, barBands } from './common-fields.js';
import { checkField, numberField, section, selectField, textField } from './fields.js';
import { freshId, idOf, listAt } from './edit.js';
import { formStrings } from './form-strings.js';
import { listEditor } from './list-editor.js';
import { rangeBar } from './range-bar.js';
import { resourcesForm } from './resources-form.js';

/** The form editor of a checklist (core/schemas/checklist.ts). */
export function checklistForm(context: FormContext): TemplateResult {
  const s = formStrings(context.lang);
  const bands = listAt(context.draft, ['bands']);
  return html`<div class="form checklist-form">
    ${section(
      context,
      'about',
      s.about,
      html`${aboutFields(context)}
      ${selectField(
        context,
        ['polarity'],
        s.listPolarity,
        [
          { value: 'healthy', label: s.healthy },
          { value: 'warning', label: s.warning },
        ],
        s.notSet,
      )}`,
    )}
    ${listEditor(context, {
      path: ['items'],
      title: s.signs,
      entryLabel: s.sign,
      addLabel: s.addSign,
      create: (list) => ({ id: freshId(list, 'sign'), text: '' }),
      focus: 'text',
      entry: (at) =>
        html`${textField(context, [...at, 'text'], s.text, { multiline: true, required: true })}
          <div class="row">
            ${selectField(
              context,
              [...at, 'polarity'],
              s.polarity,
              [
                { value: 'healthy', label: s.itemHealthy },
                { value: 'warning', label: s.itemWarning },
              ],
              s.asList,
            )}
            ${numberField(context, [...at, 'weight'], s.weight)}
            ${textField(context, [...at, 'id'], s.id, { required: true, hint: s.idHint })}
          </div>
          ${checkField(context, [...at, 'safety'], s.safetySign)}`,
    })}
    ${listEditor(context, {
      path: ['bands'],
      title: s.bands,
      entryLabel: s.band,
      addLabel: s.addBand,
      create: (list) => ({ id: freshId(list, 'band'), min: 0, max: 100, label: '', takeaway: '' }),
      focus: 'label',
      before: rangeBar(context.lang, barBands(bands, s.band), { min: 0, max: 100 }, `${idOf(['bands'])}--bar`),
      entry: (at) =>
        html`<div class="row">
            ${numberField(context, [...at, 'min'], s.min)} ${numberField(context, [...at, 'max'], s.max)}
            ${textField(context, [...at, 'id'], s.id, { required: true, hint: s.idHint })}
          </div>
          ${textField(context, [...at, 'label'], s.label, { required: true })}
          ${textField(context, [...at, 'takeaway'], s.takeaway, { multiline: true, required: true })}
          ${textField(context, [...at, 'next'], s.next, { multiline: true })}`,
    })}
    ${resourcesForm(context)}
  </div>`;
}
