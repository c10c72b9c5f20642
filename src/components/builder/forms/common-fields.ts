import { html, type TemplateResult } from 'lit';
import type { FormContext } from '../form-context.js';
import { textField } from './fields.js';
import type { BarBand } from './range-bar.js';
import { formStrings } from './form-strings.js';

/** The fields every definition has: id, version, title, intro, disclaimer. */
export function aboutFields(context: FormContext): TemplateResult {
  const s = formStrings(context.lang);
  return html`<div class="row">
      ${textField(context, ['id'], s.id, { required: true, hint: s.idHint })}
      ${textField(context, ['version'], s.version, { required: true })}
    </div>
    ${textField(context, ['title'], s.title, { required: true })}
    ${textField(context, ['intro'], s.intro, { multiline: true })}
    ${textField(context, ['disclaimer'], s.disclaimer, { multiline: true, required: true })}`;
}

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Bands as the range bar reads them from a draft list: named by label, else id, else position. */
export function barBands(list: readonly unknown[], fallback: (n: number) => string): BarBand[] {
  return list.map((entry, index) => {
    const band = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const name = [band['label'], band['id']].find((v): v is string => typeof v === 'string' && v !== '');
    return { label: name ?? fallback(index + 1), min: finite(band['min']), max: finite(band['max']) };
  });
}
