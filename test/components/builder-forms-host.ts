import { LitElement, html } from 'lit';
import { forms, formStyles } from '../../src/components/builder/forms/index.js';
import { baseStyles } from '../../src/components/shared/base.styles.js';
import { parseDefinition } from '../../src/core/parse.js';

/** One `edit` a form made: its undo label and coalesce key. */
export interface EditRecord {
  label: string;
  coalesce?: string;
}

/** Freezes `value` all the way down, so a form that mutates the draft throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A stand-in for `<recipro-builder>` around one form: its `edit` takes the new draft (no undo) and
 * draws again, with `parseDefinition`'s issues for it, as the builder does.
 */
export class FormsTestHost extends LitElement {
  static override styles = [baseStyles, formStyles];
  static override properties = { draft: { attribute: false }, kind: {}, language: {} };

  draft: Record<string, unknown> = {};
  kind: 'checklist' | 'quiz' = 'checklist';
  language = 'en';
  readonly edits: EditRecord[] = [];

  override render() {
    const draft = deepFreeze(this.draft);
    const parsed = parseDefinition(draft, this.kind);
    return html`<div part="base" lang=${this.language} dir=${this.language === 'ar' ? 'rtl' : 'ltr'}>
      ${forms[this.kind]!({
        draft,
        issues: parsed.ok ? [] : parsed.issues,
        lang: this.language,
        edit: (next, label, coalesce) => {
          if (next === draft) throw new Error('a form handed back the draft itself');
          this.edits.push({ label, coalesce });
          this.draft = next;
        },
      })}
    </div>`;
  }
}

if (!customElements.get('forms-test-host')) customElements.define('forms-test-host', FormsTestHost);
