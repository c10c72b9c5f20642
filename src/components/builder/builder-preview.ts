import { html, type TemplateResult } from 'lit';
import { cultures, relationships } from '../../core/index.js';
import '../checklist/checklist.js';
import '../quiz/quiz.js';
import '../stepper/stepper.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { directionOf } from '../shared/locale.js';
import type { ReciproQuiz } from '../quiz/quiz.component.js';
import type { BuilderKind } from './blank.js';
import type { BuilderStrings } from './builder-strings.js';

/** What the preview is switched to; an empty value leaves the element its own default. */
export interface PreviewOptions {
  relationship: string;
  culture: string;
  locale: string;
  layout: string;
}

/** The languages the preview can speak, each named in itself. */
const LANGUAGES: Record<string, string> = { en: 'English', fr: 'Français', hi: 'हिन्दी', ar: 'العربية' };
const LAYOUTS = ['paged', 'list'];

/** The events the preview elements fire: kept inside the builder, so the page never takes them for a reader's. */
export const PREVIEW_EVENTS = [
  'recipro-start',
  'recipro-change',
  'recipro-complete',
  'recipro-error',
  'recipro-step-change',
  'recipro-submit',
  'recipro-submit-error',
];

const value = (v: string) => (v ? v : undefined);

/** The real element, given the draft as its `definition`: an invalid draft shows the element's own error view. */
function element(kind: BuilderKind, definition: unknown, options: PreviewOptions): TemplateResult {
  const locale = value(options.locale);
  switch (kind) {
    case 'quiz':
      return html`<recipro-quiz
        .definition=${definition}
        .locale=${locale}
        .relationship=${value(options.relationship) as ReciproQuiz['relationship']}
        .culture=${value(options.culture) as ReciproQuiz['culture']}
        .layout=${value(options.layout) as ReciproQuiz['layout']}
      ></recipro-quiz>`;
    case 'checklist':
      return html`<recipro-checklist .definition=${definition} 
        .locale=${locale}
      ></recipro-checklist>`;
    case 'stepper':
      return html`<recipro-stepper .definition=${definition} 
        .locale=${locale}
      ></recipro-stepper>`;
  }
}

/** One switch of the preview: a labelled select whose first option is the element's default. */
function select(
  id: string,
  label: string,
  current: string,
  options: Record<string, string>,
  t: BuilderStrings,
  change: (value: string) => void,
): TemplateResult {
  return html`<label class="switch" for=${id}
    >${label}
    <select id=${id} @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!current}>${t.byDefault}</option>
      ${Object.entries(options).map(
        ([v, name]) => html`<option value=${v} ?selected=${v === current}>${name}</option>`,
      )}
    </select></label
  >`;
}

/** The preview's switches (those the kind's element has) and the element itself. */
export function previewView(
  kind: BuilderKind,
  definition: unknown,
  options: PreviewOptions,
  t: BuilderStrings,
  change: (next: PreviewOptions) => void,
): TemplateResult {
  // The preview reads in its content's language (an English pack in an Arabic builder stays left to right).
  const own = (definition as { locale?: unknown } | null)?.locale;
  const lang = options.locale || (typeof own === 'string' ? own : '');
  const set = (key: keyof PreviewOptions) => (v: string) => change({ ...options, [key]: v });
  const names = (keys: readonly string[], table: Record<string, string>) =>
    Object.fromEntries(keys.map((k) => [k, table[k] ?? k]));
  return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
    <h3 id="preview-heading">${t.previewHeading}</h3>
    <div class="switches" part="preview-switches">
      ${select('preview-locale', t.language, options.locale, LANGUAGES, t, set('locale'))}
      ${
        kind === 'quiz'
          ? html`${select(
              'preview-relationship',
              t.relationship,
              options.relationship,
              names(relationships, t.relationships),
              t,
              set('relationship'),
            )}
          ${select('preview-culture', t.culture, options.culture, names(cultures, t.cultures), t, set('culture'))}
          ${select('preview-layout', t.layout, options.layout, names(LAYOUTS, t.layouts), t, set('layout'))}`
          : ''
      }
    </div>
    <div
      class="stage"
      part="preview-element"
      role="region"
      aria-label=${t.previewLabel(t.kinds[kind])}
      lang=${ifDefined(lang || undefined)}
      dir=${ifDefined(lang ? directionOf(lang) : undefined)}
    >
      ${element(kind, definition, options)}
    </div>
  </section>`;
}
