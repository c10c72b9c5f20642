import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  checklistStarted,
  initChecklist,
  needsSupport,
  reduceChecklist,
  scoreOf,
  type ChecklistAction,
  type ChecklistAnnouncement,
  type ChecklistDefinition,
  type ChecklistOrigin,
  type ChecklistProgress,
  type ChecklistResult,
  type ChecklistState,
} from '../../core/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { inlineScriptJSON, type DefinitionSource } from '../shared/definition-controller.js';
import { resolveDirection, resolveLocale } from '../shared/locale.js';
import { ReciproElement } from '../shared/recipro-element.js';
import { RequiredValidity } from '../shared/required.js';
import { footerView } from '../shared/views.js';
import { checklistShelf, DEFAULT_CHECKLIST } from '../../content/checklists/presets.js';
import { checklistStrings } from './checklist-strings.js';
import { announcementText, countLine, takeawayView } from './checklist-views.js';
import { checklistStyles } from './checklist.styles.js';
import { readList, type ListSource } from './list-definition.js';

/** Attributes of the writer's list that change the definition (text changes are seen anyway). */
const LIST_ATTRIBUTES = ['title', 'data-id', 'data-weight', 'data-polarity'];

/**
 * A checklist of signs that upgrades a writer's own list: wrap a `<ul>` or `<ol>` and each item
 * becomes a checkbox, with a live count and a takeaway for the share checked. The list stays
 * in the page, untouched, for search engines, feed readers and readers without JavaScript.
 * Its rules live in `src/core/sessions/checklist.ts`; this class is its templates and wiring.
 *
 * Sources, first found wins: the `definition` property, a child `<script type="application/json">`,
 * a child `<ul>`/`<ol>` (items may carry `data-id`, `data-weight`, `data-polarity="warning"`; the
 * `title` attribute or a heading inside names it), `src`, `preset`, else `romantic-signs`.
 *
 * While the reader ticks, a live line gives the count and the band reached so far; "See what this
 * means" shows the full takeaway (the band, its takeaway, a next step and questions readers ask)
 * and moves focus to it. A writer's warning sign in a list of good signs is counted apart. In a
 * `<form>`, the element submits one `name` entry per checked item id, as checkboxes sharing a name do.
 *
 * @summary An accessible signs-of-reciprocity checklist that upgrades a plain list.
 * @tagname recipro-checklist
 *
 * @slot - The writer's list (with an optional heading), or a `<script type="application/json">` definition. Read,
 * never moved or changed; shown as it is only while the definition is loading or invalid.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} recipro-change - The reader checked or unchecked an item (Reset: one
 * event per item unchecked). Detail: `{ id, checked, count, total }`.
 * @fires {CustomEvent<ResultPayload>} recipro-complete - The reader pressed "See what this means" (checking alone
 * never fires it). Detail: the result payload (checked ids only with `submit-include="answers"`).
 *
 * @csspart title - The checklist's title.
 * @csspart list - The list of items.
 * @csspart item - One item (a list entry).
 * @csspart control - An item's checkbox.
 * @csspart label - An item's text.
 * @csspart count - The "3 of 5 checked" line (with "· 1 warning sign" when a writer's warning sign is checked).
 * @csspart so-far - The band reached so far, while the reader ticks and before they ask what it means.
 * @csspart result - The full takeaway for the share checked, and support when it comes first.
 * @csspart resources-link - The collapsed "Support and helplines" section.
 *
 * @cssprop --recipro-accent - Accent colour of checkboxes, buttons and the takeaway mark.
 * @cssprop --recipro-surface - Background (default: transparent, the article shows through).
 * @cssprop --recipro-text - Text colour (default: inherited from the article).
 * @cssprop --recipro-muted - Secondary text colour (default: inherited).
 * @cssprop --recipro-border - Border colour (default: a faint tint of the text colour).
 * @cssprop --recipro-focus - Focus outline colour (default: the text colour).
 * @cssprop --recipro-warning - Colour that marks notices and a concerning takeaway.
 * @cssprop --recipro-font - Font family (inherits from the article by default).
 */
export class ReciproChecklist extends ReciproElement<
  'checklist',
  ChecklistState,
  ChecklistAction,
  ChecklistAnnouncement
> {
  static override styles = [baseStyles, checklistStyles];
  static formAssociated = true;

  /** Reactive properties; the fields below carry their documentation. */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    required: { type: Boolean, reflect: true },
  };

  /** Name of the form field, when inside a `<form>`: one entry per checked item id. */
  name?: string;
  /** Adds schema.org `ItemList` JSON-LD for the items to the page (a script in the element's light DOM). */
  structuredData = false;
  /**
   * Inside a `<form>`: the form cannot be submitted until the reader has checked an item or pressed
   * "See what this means" (so a reader for whom nothing applies can still send it).
   */
  required = false;

  private readonly internals: ElementInternals;
  private readonly validityState: RequiredValidity;
  /** Ids the host set before the definition arrived. */
  private pending?: string[];
  private list?: ListSource;
  private attributeObserver?: MutationObserver;

  constructor() {
    super({
      kind: 'checklist',
      reduce: reduceChecklist,
      ...checklistShelf.presetOptions,
      defaultPreset: DEFAULT_CHECKLIST,
    });
    this.internals = this.attachInternals();
    this.validityState = new RequiredValidity(this.internals);
  }

  /** False while a `required` checklist is untouched, as a form control's (also `:invalid`). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser shows the message on the part to fill and focuses it. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The current definition, once loaded and valid. */
  get checklist(): ChecklistDefinition | undefined {
    return this.session?.definition;
  }

  /** The score for the items checked now, once a definition is loaded. */
  get result(): ChecklistResult | undefined {
    return this.session ? scoreOf(this.session) : undefined;
  }

  /** The checked item ids, in the list's order. Setting it checks exactly those items, without events. */
  get checked(): string[] {
    return this.session ? [...this.session.checked] : [...(this.pending ?? [])];
  }

  set checked(ids: readonly string[]) {
    const list = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
    if (this.session) this.dispatch({ type: 'set', ids: list });
    else this.pending = list;
  }

  private get t() {
    return checklistStrings(this.language);
  }

  /** Property, then a child JSON script, then the writer's list, then `src`, then `preset`. */
  protected override source(): DefinitionSource {
    if (this.definition !== undefined && this.definition !== null) return { from: 'property', value: this.definition };
    const script = inlineScriptJSON(this);
    if (script !== undefined) return { from: 'script', value: script };
    this.list = readList(this, this.t, this.list);
    if (this.list) return { from: 'list', value: this.list.value, valid: this.list.valid };
    if (this.src) return { from: 'src', url: this.src };
    return { from: 'preset', id: this.preset || DEFAULT_CHECKLIST };
  }

  protected init(definition: ChecklistDefinition, saved: ChecklistProgress | null, previous?: ChecklistState) {
    const origin: ChecklistOrigin = this.origin ?? 'preset';
    const pending = this.pending;
    this.pending = undefined;
    return initChecklist(definition, { origin, saved, previous, pending });
  }

  protected announcement(message: ChecklistAnnouncement): string {
    return this.session ? announcementText(message, this.session, this.t, this.supportTitle) : '';
  }

  /** What a ticked safety sign brings forward, in the live region's words. */
  private get supportTitle(): string {
    return this.session?.definition.resources?.title ?? this.t.supportLink;
  }

  /** Form reset unchecks everything and forgets what was saved. */
  formResetCallback(): void {
    this.dispatch({ type: 'reset', by: 'form' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attributeObserver = new MutationObserver(() => this.requestUpdate());
    this.attributeObserver.observe(this, { attributes: true, subtree: true, attributeFilter: LIST_ATTRIBUTES });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.attributeObserver?.disconnect();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.structuredData) this.startStructuredData();
    const state = this.session;
    if (state && checklistStarted(state)) this.prefetch('checklist-summary', () => import('./checklist-summary.js'));
    if (changed.has('session') || changed.has('name')) {
      let value: FormData | null = null;
      if (this.name && state?.checked.length) {
        value = new FormData();
        for (const id of state.checked) value.append(this.name, id);
      }
      this.internals.setFormValue(value);
    }
    const missing = this.required && !(state && checklistStarted(state));
    this.validityState.update(missing ? this.t.checklistRequired : null, () =>
      this.renderRoot.querySelector<HTMLElement>('input, .primary'),
    );
  }

  private structuredDataCode?: Promise<unknown>;

  /** Once `structured-data` is set: loads its controller, which from then on keeps the JSON-LD in step. */
  private startStructuredData(): void {
    if (this.structuredDataCode) return;
    this.structuredDataCode = import('./structured-data-controller.js').then(
      ({ StructuredDataController }) => {
        new StructuredDataController(this, () => (this.structuredData ? this.session?.definition : undefined));
      },
      () => (this.structuredDataCode = undefined), // offline: the next update tries again
    );
    this.track(this.structuredDataCode);
  }

  /** Content language: the `locale` attribute or the definition's; a writer's list speaks the page's. */
  protected override contentLanguage() {
    const lang = this.locale || this.session?.definition.locale || undefined;
    return { lang, dir: resolveDirection(this, lang || resolveLocale(this, undefined), !!this.locale) };
  }

  /** While an edited list is checked again, the checklist it replaces stays on screen (and keeps focus). */
  protected override renderPending(error: TemplateResult | null): TemplateResult {
    if (!error && this.session) return this.renderReady(this.session);
    // While loading, and when invalid, the writer's own content stays readable.
    return html`${error ?? html`<p class="muted">${this.common.loading}</p>`}<slot></slot>`;
  }

  protected renderReady(state: ChecklistState): TemplateResult {
    const t = this.t;
    const { definition } = state;
    const result = scoreOf(state);
    const fromList = state.origin === 'list';
    const titled = !fromList || !!this.list?.titled;
    const level = fromList ? (this.list?.level ?? 2) : 2;
    const resources = definition.resources;
    const concerning = needsSupport(state);
    // A ticked safety sign: support alone, no takeaway (it could advise reaching out to the other person).
    const safetyFirst = concerning && result.safety.length > 0;
    const soFar = checklistStarted(state) && !state.revealed && !safetyFirst;
    const support =
      resources &&
      this.withSupport((code) => code.resourcesView(resources, { region: this.region, t, language: this.language }));
    const checkedSet = new Set(state.checked);
    return html`${
      titled
        ? html`<h2 id="title" part="title" aria-level=${level === 2 ? nothing : level}>${definition.title}</h2>`
        : nothing
    }
      ${definition.intro ? html`<p class="intro">${definition.intro}</p>` : nothing} ${this.renderNotSaved()}
      <ul class="items" part="list" role="list" aria-labelledby=${titled ? 'title' : nothing}
        aria-label=${titled ? nothing : definition.title}>
        ${definition.items.map((item) => {
          const toggle = (e: Event) =>
            this.dispatch({ type: 'toggle', id: item.id, checked: (e.target as HTMLInputElement).checked });
          return html`<li class="item" part="item"><label class="row">
            <input type="checkbox" part="control" .checked=${checkedSet.has(item.id)} @change=${toggle} />
            <span part="label">${item.text}</span>
          </label></li>`;
        })}
      </ul>
      <p class="count" part="count">${countLine(definition, result, t)}</p>
      ${soFar ? html`<p class="so-far" part="so-far">${t.soFar(result.band.label)}</p>` : nothing}
      ${
        state.revealed || concerning
          ? html`<div class="result ${concerning ? 'concerning' : ''}" part="result">
            ${
              safetyFirst
                ? html`${this.withSupport((code) => code.quickExitView(t, () => this.leave()))} ${support}`
                : html`${state.revealed ? takeawayView(result.band, t, level + 1) : nothing}
                  ${concerning ? support : nothing}`
            }
          </div>`
          : nothing
      }
      <div class="actions" part="actions">
        <button type="button" class="primary" @click=${() => this.dispatch({ type: 'reveal' })}>${t.seeMeaning}</button>
        <button type="button" @click=${() => this.dispatch({ type: 'reset', by: 'reader' })}>${t.reset}</button>
        <button type="button" @click=${() => this.copySummary(state)}>${this.copyLabel}</button>
        <button type="button" @click=${() => window.print()}>${t.print}</button>
      </div>
      ${
        resources && !concerning
          ? html`<details class="resources-more" part="resources-link">
            <summary>${t.supportLink}</summary>
            ${support}
          </details>`
          : nothing
      }
      ${footerView(definition.disclaimer, definition.attribution)}`;
  }

  /** The summary's code loads when the reader asks for it. */
  private copySummary(state: ChecklistState): void {
    this.copy(async () => {
      const { checklistSummaryText } = await import('./checklist-summary.js');
      const result = scoreOf(state);
      const count = countLine(state.definition, result, this.t);
      return checklistSummaryText(state.definition, result, count, this.t, checklistStarted(state), this.region);
    });
  }
}
