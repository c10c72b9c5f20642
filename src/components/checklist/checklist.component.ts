import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  createResultPayload,
  scoreChecklist,
  type ChecklistDefinition,
  type ChecklistItem,
  type ChecklistResult,
} from '../../core/index.js';
import { emit } from '../../events.js';
import { baseStyles } from '../shared/base.styles.js';
import { ReciproElement } from '../shared/recipro-element.js';
import { copyText } from '../shared/clipboard.js';
import { DefinitionController, inlineScriptJSON, type DefinitionSource } from '../shared/definition-controller.js';
import { resolveDirection, resolveLocale } from '../shared/locale.js';
import { PersistController, persistMode } from '../shared/persist-controller.js';
import { parseInclude } from '../shared/submit.js';
import { errorView, footerView, resourcesView } from '../shared/views.js';
import { checklistPackLoaders, checklistPacks, DEFAULT_CHECKLIST, loadChecklistPack } from './checklist-presets.js';
import { checklistSummaryText } from './checklist-summary.js';
import { checklistStyles } from './checklist.styles.js';
import { readList, type ListSource } from './list-definition.js';
import { itemListJSON, writeStructuredData } from './structured-data.js';
import { checklistStrings } from './checklist-strings.js';

/** Attributes of the writer's list that change the definition (text changes are seen anyway). */
const LIST_ATTRIBUTES = ['title', 'data-id', 'data-weight', 'data-polarity'];

/**
 * A checklist of signs that upgrades a writer's own list: wrap a `<ul>` or `<ol>` and each item
 * becomes a checkbox, with a live count and the takeaway for the share checked. The list stays
 * in the page, untouched, for search engines, feed readers and readers without JavaScript.
 *
 * Sources, first found wins: the `definition` property, a child `<script type="application/json">`,
 * a child `<ul>`/`<ol>` (items may carry `data-id`, `data-weight`, `data-polarity="warning"`; the
 * `title` attribute or a heading inside names it), `src`, `preset`, else `romantic-signs`.
 *
 * The takeaway appears once the reader checks an item or presses "See what this means". In a
 * `<form>`, the element submits one `name` entry per checked item id, as checkboxes sharing a name do.
 *
 * @summary An accessible signs-of-reciprocity checklist that upgrades a plain list.
 * @tagname recipro-checklist
 *
 * @slot - The writer's list (with an optional heading), or a `<script type="application/json">` definition. Read, never moved or changed; shown as it is only while the definition is loading or invalid.
 *
 * @fires recipro-change - The reader checked or unchecked an item (Reset: one event per item unchecked). Detail: `{ id, checked, count, total }`.
 * @fires recipro-complete - The reader pressed "See what this means" (checking alone shows the takeaway without this event). Detail: the result payload (scores; checked ids only with `submit-include="answers"`).
 * @fires recipro-submit - The result reached `submit-url`. Detail: `{ status, key }`.
 * @fires recipro-submit-error - The result could not be delivered to `submit-url`. Detail: `{ reason, key }`.
 * @fires recipro-error - The definition is invalid or could not be loaded. Detail: `{ issues }`.
 *
 * @csspart base - The element's box.
 * @csspart title - The checklist's title.
 * @csspart list - The list of items.
 * @csspart item - One item (a list entry).
 * @csspart control - An item's checkbox.
 * @csspart label - An item's text.
 * @csspart count - The "3 of 5 checked" line.
 * @csspart result - The takeaway for the share checked.
 * @csspart resources - A list of support resources.
 * @csspart resources-link - The collapsed "Support and helplines" section.
 * @csspart notice - A quiet notice, e.g. that progress is not being saved.
 * @csspart actions - The row of buttons.
 * @csspart error - The error message shown for an invalid definition.
 * @csspart footer - Disclaimer and attribution.
 *
 * @cssprop --recipro-accent - Accent colour of checkboxes, buttons and the takeaway mark.
 * @cssprop --recipro-on-accent - Text on the accent colour.
 * @cssprop --recipro-surface - Background (default: transparent, the article shows through).
 * @cssprop --recipro-text - Text colour (default: inherited from the article).
 * @cssprop --recipro-muted - Secondary text colour (default: inherited).
 * @cssprop --recipro-border - Border colour (default: a faint tint of the text colour).
 * @cssprop --recipro-focus - Focus outline colour (default: the text colour).
 * @cssprop --recipro-danger - Error colour.
 * @cssprop --recipro-warning - Colour that marks notices and a concerning takeaway.
 * @cssprop --recipro-radius - Corner radius.
 * @cssprop --recipro-space - Base spacing.
 * @cssprop --recipro-font - Font family (inherits from the article by default).
 */
export class ReciproChecklist extends ReciproElement {
  static override styles = [baseStyles, checklistStyles];
  static formAssociated = true;

  /** Reactive properties; the fields below carry their documentation. Private ones are internal state (`attribute: false`). */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    selected: { attribute: false },
    revealed: { attribute: false },
    status: { attribute: false },
  };

  /** Name of the form field, when inside a `<form>`: one entry per checked item id. */
  name?: string;
  /** Adds schema.org `ItemList` JSON-LD for the items to the page (a script in the element's light DOM). */
  structuredData = false;

  private selected: ReadonlySet<string> = new Set();
  private revealed = false;
  private status = '';

  private readonly internals: ElementInternals;
  private loaded?: ChecklistDefinition;
  private loadedFrom?: DefinitionSource['from'];
  private pending?: string[];
  private list?: ListSource;
  private ldScript?: HTMLScriptElement;
  private attributeObserver?: MutationObserver;

  protected readonly definitionController = new DefinitionController(this, {
    kind: 'checklist',
    presets: checklistPacks,
    presetIds: Object.keys(checklistPackLoaders),
    loadPreset: loadChecklistPack,
    source: () => this.source(),
    onReady: (definition) => this.load(definition),
    prepare: (definition) => this.persistence.prepare(definition.id),
    locale: this.localeController,
  });

  protected readonly persistence = new PersistController(this, {
    kind: 'checklist',
    mode: () => persistMode(this.persist),
    key: () => this.persistKey,
  });

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The current definition, once loaded and valid. */
  get checklist(): ChecklistDefinition | undefined {
    const s = this.definitionController.state;
    return s.status === 'ready' ? s.definition : undefined;
  }

  /** The score for the items checked now, once a definition is loaded. */
  get result(): ChecklistResult | undefined {
    const definition = this.checklist;
    return definition ? scoreChecklist(definition, [...this.selected]) : undefined;
  }

  /** The checked item ids, in the list's order. Setting it checks exactly those items, without events. */
  get checked(): string[] {
    const definition = this.checklist;
    return definition
      ? definition.items.filter((i) => this.selected.has(i.id)).map((i) => i.id)
      : [...(this.pending ?? [])];
  }

  set checked(ids: readonly string[]) {
    const list = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
    const definition = this.checklist;
    if (!definition) {
      this.pending = list;
      return;
    }
    const known = new Set(definition.items.map((i) => i.id));
    this.selected = new Set(list.filter((id) => known.has(id)));
    this.save(definition);
  }

  /** Property, then a child JSON script, then the writer's list, then `src`, then `preset`. */
  private source(): DefinitionSource {
    if (this.definition !== undefined && this.definition !== null) return { from: 'property', value: this.definition };
    const script = inlineScriptJSON(this);
    if (script !== undefined) return { from: 'script', value: script };
    this.list = readList(this, checklistStrings(this.language), this.list);
    if (this.list) return { from: 'list', value: this.list.value, valid: this.list.valid };
    if (this.src) return { from: 'src', url: this.src };
    return { from: 'preset', id: this.preset || DEFAULT_CHECKLIST };
  }

  /**
   * A newly accepted definition. The same checklist (or an edited writer's list) keeps what is
   * checked; another one starts from what was saved for it, or from nothing.
   */
  private load(definition: ChecklistDefinition): void {
    const previous = this.loaded;
    const s = this.definitionController.state;
    const from = s.status === 'ready' ? s.source : undefined;
    const same = !!previous && (previous.id === definition.id || (from === 'list' && this.loadedFrom === 'list'));
    this.loaded = definition;
    this.loadedFrom = from;
    let ids: readonly string[] = [];
    let revealed = false;
    if (this.pending) {
      ids = this.pending;
      this.pending = undefined;
    } else if (same) {
      ids = [...this.selected];
      revealed = this.revealed;
      // An edited list gets a new id: move its saved progress along with it.
      if (previous.id !== definition.id && this.persistence.mode) this.persistence.clear(previous.id);
    } else {
      const saved = this.persistence.restore(definition.id).progress;
      ids = saved?.data.checked ?? [];
      revealed = saved?.data.revealed ?? false;
    }
    const known = new Set(definition.items.map((i) => i.id));
    this.selected = new Set(ids.filter((id) => known.has(id)));
    this.revealed = revealed;
    if (same) this.save(definition);
  }

  private save(definition: ChecklistDefinition): void {
    if (!this.persistence.mode) return;
    if (this.selected.size === 0 && !this.revealed) this.persistence.clear(definition.id);
    else this.persistence.save(definition, { checked: [...this.selected], revealed: this.revealed });
  }

  private toggle(definition: ChecklistDefinition, item: ChecklistItem, checked: boolean): void {
    const t = checklistStrings(this.language);
    const before = this.revealed ? scoreChecklist(definition, [...this.selected]).band.id : null;
    const next = new Set(this.selected);
    if (checked) next.add(item.id);
    else next.delete(item.id);
    this.selected = next;
    if (checked) this.revealed = true;
    const result = scoreChecklist(definition, [...next]);
    const count = t.checkedOf(result.count, result.total);
    // The takeaway is announced when it first appears and whenever the band changes.
    this.status =
      this.revealed && result.band.id !== before
        ? t.countAndTakeaway(count, t.bandTakeaway(result.band.label, result.band.takeaway))
        : count;
    this.save(definition);
    emit(this, 'recipro-change', { id: item.id, checked, count: result.count, total: result.total });
  }

  private reveal(definition: ChecklistDefinition): void {
    const t = checklistStrings(this.language);
    const result = scoreChecklist(definition, [...this.selected]);
    this.revealed = true;
    const line = t.bandTakeaway(result.band.label, result.band.takeaway);
    // Pressing again says it again: a live region only speaks when its text changes.
    this.status = this.status === line ? `${line}\u00a0` : line;
    this.save(definition);
    const payload = createResultPayload(result, { locale: this.language, include: parseInclude(this.submitInclude) });
    emit(this, 'recipro-complete', payload);
    this.submitter.send(payload);
  }

  private reset(definition: ChecklistDefinition): void {
    const unchecked = definition.items.filter((i) => this.selected.has(i.id));
    this.selected = new Set();
    this.revealed = false;
    this.status = checklistStrings(this.language).resetDone;
    this.save(definition);
    const total = definition.items.length;
    unchecked.forEach((item, index) =>
      emit(this, 'recipro-change', { id: item.id, checked: false, count: unchecked.length - index - 1, total }),
    );
  }

  private async copySummary(definition: ChecklistDefinition): Promise<void> {
    const t = checklistStrings(this.language);
    const result = scoreChecklist(definition, [...this.selected]);
    const ok = await copyText(checklistSummaryText(definition, result, t, this.revealed || result.count > 0));
    this.status = ok ? t.copied : t.copyFailed;
  }

  /** Form reset unchecks everything and forgets what was saved. */
  formResetCallback(): void {
    const definition = this.checklist;
    this.selected = new Set();
    this.revealed = false;
    if (definition) this.save(definition);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attributeObserver = new MutationObserver(() => this.requestUpdate());
    this.attributeObserver.observe(this, { attributes: true, subtree: true, attributeFilter: LIST_ATTRIBUTES });
    // Reconnecting puts the structured data back.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.attributeObserver?.disconnect();
    this.ldScript = writeStructuredData(this, this.ldScript, null);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const definition = this.checklist;
    if (changed.has('selected') || changed.has('name')) {
      let value: FormData | null = null;
      if (this.name && definition && this.selected.size) {
        value = new FormData();
        for (const id of this.checked) value.append(this.name, id);
      }
      this.internals.setFormValue(value);
    }
    this.ldScript = writeStructuredData(
      this,
      this.ldScript,
      this.structuredData && definition && this.isConnected ? itemListJSON(definition) : null,
    );
  }

  protected override render(): TemplateResult {
    const t = checklistStrings(this.language);
    const s = this.definitionController.state;
    // While an edited list is checked again, the checklist it replaces stays on screen (and keeps focus).
    const definition = s.status === 'ready' ? s.definition : s.status === 'loading' ? this.loaded : undefined;
    const from = s.status === 'ready' ? s.source : this.loadedFrom;
    // Content language: the `locale` attribute or the definition's; a writer's list speaks the page's.
    const lang = this.locale || definition?.locale;
    const body =
      definition && from
        ? this.renderChecklist(definition, from)
        : // While loading, and when invalid, the writer's own content stays readable.
          html`${s.status === 'error' ? errorView(this.language, s.issues) : html`<p class="muted">${t.loading}</p>`}<slot></slot>`;
    return html`<div part="base" lang=${ifDefined(lang || undefined)} dir=${resolveDirection(this, lang || resolveLocale(this, undefined))}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.status}</div>
      ${body}
    </div>`;
  }

  private renderChecklist(definition: ChecklistDefinition, from: DefinitionSource['from']): TemplateResult {
    const t = checklistStrings(this.language);
    const result = scoreChecklist(definition, [...this.selected]);
    const shown = this.revealed || result.count > 0;
    const titled = from !== 'list' || !!this.list?.titled;
    const level = from === 'list' ? (this.list?.level ?? 2) : 2;
    const resources = definition.resources;
    // Support comes first only where the list reads as warning signs and most of them are checked.
    const sorted = [...definition.bands].sort((a, b) => a.min - b.min);
    const concerning = shown && definition.polarity === 'warning' && result.band.id === sorted[sorted.length - 1]?.id;
    return html`${titled ? html`<h2 id="title" part="title" aria-level=${level === 2 ? nothing : level}>${definition.title}</h2>` : nothing}
      ${definition.intro ? html`<p class="intro">${definition.intro}</p>` : nothing}
      ${this.persistence.mode && this.persistence.problem ? html`<p class="notice" part="notice">${t.notSaved}</p>` : nothing}
      <ul class="items" part="list" role="list" aria-labelledby=${titled ? 'title' : nothing} aria-label=${titled ? nothing : definition.title}>
        ${definition.items.map(
          (item) => html`<li class="item" part="item">
            <label class="row">
              <input
                type="checkbox"
                part="control"
                .checked=${this.selected.has(item.id)}
                @change=${(e: Event) => this.toggle(definition, item, (e.target as HTMLInputElement).checked)}
              />
              <span part="label">${item.text}</span>
            </label>
          </li>`,
        )}
      </ul>
      <p class="count" part="count">${t.checkedOf(result.count, result.total)}</p>
      ${
        shown
          ? html`<div class="result ${concerning ? 'concerning' : ''}" part="result">
            <p><strong class="band-label">${result.band.label}</strong></p>
            <p>${result.band.takeaway}</p>
            ${concerning && resources ? resourcesView(resources, 'resources-heading') : nothing}
          </div>`
          : nothing
      }
      <div class="actions" part="actions">
        <button type="button" class="primary" @click=${() => this.reveal(definition)}>${t.seeMeaning}</button>
        <button type="button" @click=${() => this.reset(definition)}>${t.reset}</button>
        <button type="button" @click=${() => this.copySummary(definition)}>${t.copy}</button>
        <button type="button" @click=${() => window.print()}>${t.print}</button>
      </div>
      ${
        resources && !concerning
          ? html`<details class="resources-more" part="resources-link">
            <summary>${t.supportLink}</summary>
            ${resourcesView(resources, 'resources-heading')}
          </details>`
          : nothing
      }
      ${footerView(definition.disclaimer, definition.attribution)}`;
  }
}
