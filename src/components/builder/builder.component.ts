import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  ID_PATTERN,
  createStore,
  parseDefinition,
  parseDefinitionIn,
  type Issue,
  type Store,
} from '../../core/index.js';
import { emit } from '../../events.js';
import { baseStyles } from '../shared/base.styles.js';
import { copyText } from '../shared/clipboard.js';
import { resolveDirection, resolveLocale } from '../shared/locale.js';
import { LocaleController } from '../shared/locale-controller.js';
import { supportedLanguage } from '../../locales/load.js';
import { blankDefinition, KINDS, type BuilderKind } from './blank.js';
import { previewView, PREVIEW_EVENTS, type PreviewOptions } from './builder-preview.js';
import { builderStrings, type BuilderStrings } from './builder-strings.js';
import { builderStyles } from './builder.styles.js';
import { fieldId, type FormContext } from './form-context.js';
import { formStyles, forms } from './forms/index.js';
import { DRAFT_KEY, PREVIEW_DELAY_MS } from './constants.js';
import { History } from './history.js';
import { offsetOfPath, parentPath, readJSONText } from './json-text.js';
import { loadPack, packIds, packName } from './packs.js';
import { embedSnippet, type DefinitionEmbed, type ScriptSource } from './snippet.js';

type Draft = Record<string, unknown>;
type Tab = 'form' | 'json';

/** How long the copy button says "Copied", in milliseconds. */
const COPIED_MS = 3000;

const isKind = (value: unknown): value is BuilderKind => KINDS.includes(value as BuilderKind);
const selected = (event: Event) => (event.target as HTMLSelectElement).value;
const pretty = (draft: Draft) => `${JSON.stringify(draft, null, 2)}\n`;

/**
 * A visual editor for definitions: start from a built-in pack or blank, edit in a form (checklists
 * and quizzes) or as JSON, see the real element beside it, and export the JSON or an embed snippet.
 * Every change is checked with `parseDefinition`; its issues are listed, each linked to the field it
 * names. Drafts stay in memory unless the author ticks "Keep a draft in this browser".
 *
 * Loaded on its own (`recipro-widgets/builder`, `dist/builder.js`): never part of `recipro.js`.
 *
 * @summary An authoring tool for quiz, checklist and stepper definitions, with a live preview.
 * @tagname recipro-builder
 *
 * @fires {CustomEvent<BuilderChangeDetail>} recipro-builder-change - The author changed the definition (an edit, undo,
 * redo, an import, a new start). Detail: `{ definition, valid }`.
 * @fires {CustomEvent<BuilderExportDetail>} recipro-builder-export - The author downloaded the JSON or copied the
 * embed snippet. Detail: `{ format, definition, valid, snippet? }`.
 *
 * @csspart base - The builder's box.
 * @csspart toolbar - The row to start afresh, undo and redo.
 * @csspart tabs - The Form / JSON tab list.
 * @csspart tab - One tab.
 * @csspart form - The form editor's panel.
 * @csspart json - The JSON panel.
 * @csspart json-input - The JSON text area.
 * @csspart issues - The list of problems in the definition.
 * @csspart preview - The preview section.
 * @csspart preview-switches - The preview's relationship, culture, language and layout switches.
 * @csspart preview-element - The box around the previewed element.
 * @csspart export - The export section (download and snippet).
 * @csspart snippet - The embed snippet.
 * @csspart import - The import section.
 * @csspart draft - The "Keep a draft in this browser" box.
 * @csspart error - An error message (invalid JSON, a failed import).
 *
 * @cssprop --recipro-accent - Accent colour of buttons and the selected tab.
 * @cssprop --recipro-on-accent - Text on the accent colour.
 * @cssprop --recipro-surface - Background.
 * @cssprop --recipro-surface-alt - Background of the preview and the JSON area.
 * @cssprop --recipro-text - Text colour.
 * @cssprop --recipro-muted - Secondary text colour.
 * @cssprop --recipro-border - Border colour.
 * @cssprop --recipro-danger - Colour of errors.
 * @cssprop --recipro-warning - Colour of notices.
 * @cssprop --recipro-focus - Focus outline colour.
 * @cssprop --recipro-radius - Corner radius.
 * @cssprop --recipro-space - Base spacing.
 * @cssprop --recipro-font - Font family.
 */
export class ReciproBuilder extends LitElement {
  static override styles = [baseStyles, formStyles, builderStyles];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    locale: {},
    theme: { reflect: true },
    draft: { state: true },
    text: { state: true },
    tab: { state: true },
    issues: { state: true },
    preview: { state: true },
    view: { state: true },
    embed: { state: true },
    script: { state: true },
    url: { state: true },
    keep: { state: true },
    notice: { state: true },
    importError: { state: true },
    status: { state: true },
    nextKind: { state: true },
    nextFrom: { state: true },
    copied: { state: true },
  };

  /** The kind of definition being edited: `checklist` (default), `quiz` or `stepper`. Follows the draft's `kind`. */
  kind: BuilderKind = 'checklist';
  /** Language of the builder, e.g. `fr`. Default: the page's language. */
  locale?: string;
  /** Colour scheme: `light`, `dark` or `auto`, as the other elements. */
  theme?: 'light' | 'dark' | 'auto';

  private draft: Draft = {};
  /** The JSON tab's text: the author's own while they type, the draft pretty-printed after any other change. */
  private text = '';
  private tab: Tab = 'form';
  private issues: Issue[] = [];
  /** The definition the preview shows: the draft, a moment after the last keystroke. */
  private preview: Draft = {};
  private view: PreviewOptions = { relationship: '', culture: '', locale: '', layout: '' };
  private embed: DefinitionEmbed = 'inline';
  private script: ScriptSource = 'cdn';
  private url?: string;
  private keep = false;
  /** A message about the kept draft (restored, unreadable, cannot be kept). */
  private notice = '';
  private importError = '';
  /** What the live region says. */
  private status = '';
  private nextKind: BuilderKind = 'checklist';
  private nextFrom = '';
  private copied = false;

  private history = new History<Draft>({});
  private readonly localeController = new LocaleController(this);
  private store?: Store;
  private previewTimer?: ReturnType<typeof setTimeout>;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private validations = 0;
  private work: Promise<unknown> = Promise.resolve();
  private started = false;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.shortcut(event));
  }

  /** The definition being edited (plain JSON, possibly invalid). Setting it starts a fresh history, without events. */
  get definition(): Draft {
    return this.draft;
  }

  set definition(value: Draft) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    this.started = true;
    this.history.reset(value);
    this.show(value, { text: true, immediate: true });
  }

  /** Whether the definition is valid now. */
  get valid(): boolean {
    return parseDefinition(this.draft).ok;
  }

  /** The language the builder speaks: `en`, `fr`, `hi` or `ar` (its strings are all built in). */
  private get language(): string {
    return supportedLanguage(resolveLocale(this, this.locale));
  }

  private get t(): BuilderStrings {
    return builderStrings(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.started) return;
    this.started = true;
    this.nextKind = isKind(this.kind) ? this.kind : 'checklist';
    const kept = this.restore();
    const first = kept ?? blankDefinition(this.nextKind, this.t, this.language);
    this.history.reset(first);
    this.show(first, { text: true, immediate: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    clearTimeout(this.copiedTimer);
  }

  protected override firstUpdated(): void {
    // The preview is a page of its own: its readers' events stay inside the builder.
    const stage = this.renderRoot.querySelector('.preview');
    for (const name of PREVIEW_EVENTS) stage?.addEventListener(name, (event) => event.stopPropagation());
  }

  // ------------------------------------------------------------------------------------------
  // The draft

  /**
   * Shows `draft` everywhere: the form, the JSON text (unless the author is typing it), the issues,
   * the preview (at once for a commit, a moment later while typing) and the kept draft.
   */
  private show(draft: Draft, { text = false, immediate = false }: { text?: boolean; immediate?: boolean } = {}): void {
    this.draft = draft;
    if (text) {
      this.text = pretty(draft);
      this.textProblem = null;
    }
    if (isKind(draft.kind)) this.kind = draft.kind;
    this.validate();
    clearTimeout(this.previewTimer);
    if (immediate) this.preview = draft;
    else this.previewTimer = this.later(() => (this.preview = this.draft), PREVIEW_DELAY_MS);
    if (this.keep) this.save();
  }

  /** Checks the draft: at once in English, then (for another language) in zod's words in that language. */
  private validate(): void {
    const draft = this.draft;
    const first = parseDefinition(draft);
    this.issues = first.ok ? [] : first.issues;
    const run = ++this.validations;
    if (first.ok || this.language === 'en') return;
    this.track(
      parseDefinitionIn(draft, isKind(draft.kind) ? draft.kind : this.kind, this.language).then((result) => {
        if (run === this.validations && !result.ok) this.issues = result.issues;
      }),
    );
  }

  /** An author's change: one undo step named `label` (merged with the previous one for the same `coalesce`). */
  private commit(next: Draft, label: string, coalesce?: string, fromText = false): void {
    this.history.commit(next, label, coalesce);
    this.show(next, { text: !fromText, immediate: coalesce === undefined });
    this.changed();
  }

  private changed(): void {
    emit(this, 'recipro-builder-change', { definition: this.draft, valid: this.issues.length === 0 });
  }

  private get context(): FormContext {
    return {
      draft: this.draft,
      issues: this.issues,
      lang: this.language,
      edit: (next, label, coalesce) => this.commit(next, label, coalesce),
    };
  }

  // ------------------------------------------------------------------------------------------
  // Undo and redo

  /** Takes the last change back. */
  undo(): void {
    const label = this.history.undo();
    if (label === undefined) return;
    this.show(this.history.present, { text: true, immediate: true });
    this.say(this.t.undone(label));
    this.changed();
  }

  /** Does the last undone change again. */
  redo(): void {
    const label = this.history.redo();
    if (label === undefined) return;
    this.show(this.history.present, { text: true, immediate: true });
    this.say(this.t.redone(label));
    this.changed();
  }

  /** Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y, except in text fields with an undo of their own (the JSON). */
  private shortcut(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target.hasAttribute('data-native-undo')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) this.redo();
    else return;
    event.preventDefault();
  }

  // ------------------------------------------------------------------------------------------
  // Starting afresh

  private start(): void {
    const kind = this.nextKind;
    const from = this.nextFrom;
    const label = this.t.startStep[kind];
    if (!from) return this.begin(blankDefinition(kind, this.t, this.language), label);
    this.track(
      loadPack(kind, from).then(
        (pack) => this.begin(pack, label),
        () => this.say(this.t.packFailed),
      ),
    );
  }

  private begin(draft: Draft, label: string): void {
    this.importError = '';
    this.commit(draft, label);
  }

  // ------------------------------------------------------------------------------------------
  // The JSON tab

  private textProblem: { line: number; column: number; notObject?: boolean } | null = null;

  private typed(text: string): void {
    this.text = text;
    const read = readJSONText(text);
    if (!read.ok) {
      this.textProblem = { line: read.line, column: read.column, notObject: read.notObject };
      this.requestUpdate();
      return;
    }
    this.textProblem = null;
    this.commit(read.value, this.t.editJSON, 'json', true);
  }

  /** Takes the author to the field an issue names: the form's, else its parent's, else the JSON text. */
  async goTo(path: string): Promise<void> {
    if (this.renderer) {
      this.tab = 'form';
      await this.updateComplete;
      for (let at: string | undefined = path; at !== undefined; at = parentPath(at)) {
        const field = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(at)}`);
        if (field) return field.focus();
      }
    }
    this.tab = 'json';
    await this.updateComplete;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#json')!;
    let offset = 0;
    try {
      offset = offsetOfPath(this.text, path);
    } catch {
      /* the text is not JSON right now: the caret goes to the start */
    }
    area.focus();
    area.setSelectionRange(offset, offset);
  }

  private get renderer() {
    return forms[this.kind];
  }

  // ------------------------------------------------------------------------------------------
  // Export

  /** The definition's file name: its id, else its kind. */
  private get fileName(): string {
    const id = this.draft.id;
    return `${typeof id === 'string' && ID_PATTERN.test(id) ? id : this.kind}.json`;
  }

  private get snippet(): string {
    return embedSnippet({
      kind: this.kind,
      definition: this.draft,
      script: this.script,
      embed: this.embed,
      url: this.url ?? this.fileName,
    });
  }

  /** Saves the definition as a JSON file. */
  download(): void {
    const url = URL.createObjectURL(new Blob([pretty(this.draft)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = this.fileName;
    link.click();
    // Revoked once the download has started (the click starts it in this task).
    this.later(() => URL.revokeObjectURL(url), 0);
    emit(this, 'recipro-builder-export', { format: 'json', definition: this.draft, valid: this.issues.length === 0 });
  }

  private copySnippet(): void {
    const snippet = this.snippet;
    const definition = this.draft;
    const valid = this.issues.length === 0;
    this.track(
      copyText(snippet).then((ok) => {
        this.say(ok ? this.t.copied : this.t.copyFailed);
        if (!ok) return;
        this.copied = true;
        clearTimeout(this.copiedTimer);
        this.copiedTimer = this.later(() => (this.copied = false), COPIED_MS);
        emit(this, 'recipro-builder-export', { format: 'snippet', definition, valid, snippet });
      }),
    );
  }

  // ------------------------------------------------------------------------------------------
  // Import

  /** Reads an imported definition; invalid JSON or an unknown kind leaves the draft as it is and says why. */
  private importText(text: string): boolean {
    const read = readJSONText(text);
    if (!read.ok) {
      this.importError = read.notObject ? this.t.importNotObject : this.t.importNotJSON(read.line, read.column);
      return false;
    }
    if (!isKind(read.value.kind)) {
      this.importError = this.t.importWrongKind;
      return false;
    }
    this.importError = '';
    this.commit(read.value, this.t.importStep);
    this.say(this.t.imported);
    return true;
  }

  private importFile(input: HTMLInputElement): void {
    const file = input.files?.[0];
    if (!file) return;
    this.track(
      file.text().then(
        (text) => this.importText(text),
        () => (this.importError = this.t.fileUnreadable),
      ),
    );
    input.value = '';
  }

  private importPasted(): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste')!;
    if (this.importText(area.value)) area.value = '';
  }

  // ------------------------------------------------------------------------------------------
  // The kept draft

  private get draftStore(): Store {
    return (this.store ??= createStore('local'));
  }

  /** The kept draft, if the author kept one; an unreadable one is dropped with a message. */
  private restore(): Draft | null {
    const raw = this.draftStore.get(DRAFT_KEY);
    if (raw === null) return null;
    const read = readJSONText(raw);
    if (read.ok && isKind(read.value.kind)) {
      this.keep = true;
      this.notice = this.t.draftRestored;
      return read.value;
    }
    this.draftStore.remove(DRAFT_KEY);
    this.notice = this.t.draftCorrupt;
    return null;
  }

  private save(): void {
    if (this.draftStore.set(DRAFT_KEY, JSON.stringify(this.draft))) return;
    this.keep = false;
    this.draftStore.remove(DRAFT_KEY);
    this.notice = this.t.draftBlocked;
  }

  private keepChanged(keep: boolean): void {
    this.keep = keep;
    this.notice = '';
    if (keep) this.save();
    else this.draftStore.remove(DRAFT_KEY);
  }

  // ------------------------------------------------------------------------------------------
  // Plumbing

  /** Speaks `text` in the live region; the same text again is still spoken. */
  private say(text: string): void {
    this.status = text === this.status ? `${text}\u00a0` : text;
  }

  /** Runs `callback` after `ms` milliseconds (tests replace it to run the clock by hand). */
  protected later(callback: () => void, ms: number): ReturnType<typeof setTimeout> {
    return setTimeout(callback, ms);
  }

  private track(task: Promise<unknown>): void {
    this.work = Promise.all([this.work, task.catch(() => undefined)]);
  }

  /** Also waits for a check in another language, a pack, an import or a copy under way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let ok = await super.getUpdateComplete();
    for (let waiting = this.work; ; waiting = this.work) {
      await waiting;
      ok = (await super.getUpdateComplete()) && ok;
      if (waiting === this.work) return ok;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new kind picked in the start toolbar offers that kind's packs.
    if (changed.has('nextKind') && this.nextFrom && !packIds(this.nextKind).includes(this.nextFrom)) this.nextFrom = '';
  }

  // ------------------------------------------------------------------------------------------
  // Rendering

  private toolbarView(t: BuilderStrings): TemplateResult {
    const undo = this.history.undoLabel;
    const redo = this.history.redoLabel;
    return html`<div class="toolbar" part="toolbar">
      <fieldset class="start">
        <legend>${t.startLegend}</legend>
        <label for="kind"
          >${t.kindLabel}
          <select id="kind" @change=${(e: Event) => (this.nextKind = selected(e) as BuilderKind)}>
            ${KINDS.map((k) => html`<option value=${k} ?selected=${k === this.nextKind}>${t.kinds[k]}</option>`)}
          </select></label
        >
        <label for="from"
          >${t.fromLabel}
          <select id="from" @change=${(e: Event) => (this.nextFrom = selected(e))}>
            <option value="" ?selected=${!this.nextFrom}>${t.blank}</option>
            ${packIds(this.nextKind).map(
              (id) => html`<option value=${id} ?selected=${id === this.nextFrom}>${packName(id)}</option>`,
            )}
          </select></label
        >
        <button type="button" id="start" @click=${() => this.start()}>${t.start}</button>
      </fieldset>
      <div class="history">
        <button
          type="button"
          id="undo"
          aria-disabled=${undo === undefined ? 'true' : 'false'}
          title=${ifDefined(undo && t.undoStep(undo))}
          @click=${() => this.undo()}
        >
          ${t.undo}<span class="visually-hidden">${undo ? `: ${undo}` : ''}</span>
        </button>
        <button
          type="button"
          id="redo"
          aria-disabled=${redo === undefined ? 'true' : 'false'}
          title=${ifDefined(redo && t.redoStep(redo))}
          @click=${() => this.redo()}
        >
          ${t.redo}<span class="visually-hidden">${redo ? `: ${redo}` : ''}</span>
        </button>
      </div>
    </div>`;
  }

  private tabsView(t: BuilderStrings, tabs: Tab[], current: Tab): TemplateResult {
    const names: Record<Tab, string> = { form: t.formTab, json: t.jsonTab };
    const keys = (event: KeyboardEvent) => {
      const rtl = this.renderRoot.querySelector('[part=base]')?.getAttribute('dir') === 'rtl';
      const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -tabs.length, End: tabs.length }[
        event.key
      ];
      if (step === undefined) return;
      event.preventDefault();
      const at = Math.min(tabs.length - 1, Math.max(0, tabs.indexOf(current) + step));
      this.tab = tabs[at]!;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
    };
    return html`<div class="tabs" role="tablist" aria-label=${t.editorLabel} part="tabs" @keydown=${keys}>
      ${tabs.map(
        (tab) =>
          html`<button
            type="button"
            role="tab"
            part="tab"
            id="tab-${tab}"
            aria-selected=${tab === current}
            aria-controls="panel-${tab}"
            tabindex=${tab === current ? 0 : -1}
            @click=${() => (this.tab = tab)}
          >
            ${names[tab]}
          </button>`,
      )}
    </div>`;
  }

  private jsonView(t: BuilderStrings): TemplateResult {
    const problem = this.textProblem;
    return html`<label for="json">${t.jsonLabel}</label>
      <textarea
        id="json"
        part="json-input"
        dir="ltr"
        spellcheck="false"
        autocomplete="off"
        data-native-undo
        aria-describedby="json-problem issues-summary"
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${live(this.text)}
        @input=${(e: Event) => this.typed((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="json-problem" class="error" part="error" ?hidden=${!problem}>
        ${problem ? (problem.notObject ? t.notObject : t.jsonError(problem.line, problem.column)) : ''}
      </p>`;
  }

  private issuesView(t: BuilderStrings): TemplateResult {
    const issues = this.issues;
    return html`<div class="issues" part="issues">
      <p id="issues-summary" class=${issues.length ? 'problems' : 'ok'}>
        ${issues.length ? t.problems(issues.length) : t.valid}
      </p>
      ${
        issues.length
          ? html`<ul>
            ${issues.map(
              (issue) =>
                html`<li>
                  <button type="button" class="link" @click=${() => this.goTo(issue.path)}>
                    <code dir="ltr">${issue.path || t.wholeDefinition}</code>
                  </button>
                  <span>${issue.message}</span>
                </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private exportView(t: BuilderStrings): TemplateResult {
    const radio = <V extends string>(name: string, value: V, current: V, label: string, set: (v: V) => void) =>
      html`<label class="choice"
        ><input
          type="radio"
          name=${name}
          .value=${value as string}
          .checked=${live(value === current)}
          @change=${() => set(value)}
        />
        ${label}</label
      >`;
    return html`<section class="export" part="export" aria-labelledby="export-heading">
      <h3 id="export-heading">${t.exportHeading}</h3>
      ${this.issues.length ? html`<p class="notice">${t.stillInvalid}</p>` : nothing}
      <div class="actions">
        <button type="button" id="download" @click=${() => this.download()}>${t.download}</button>
      </div>
      <fieldset>
        <legend>${t.embedLegend}</legend>
        ${radio('embed', 'inline', this.embed, t.inline, (v) => (this.embed = v))}
        ${radio('embed', 'src', this.embed, t.src, (v) => (this.embed = v))}
      </fieldset>
      ${
        this.embed === 'src'
          ? html`<label for="url" class="block"
            >${t.urlLabel}
            <input
              id="url"
              type="text"
              dir="ltr"
              data-native-undo
              .value=${live(this.url ?? this.fileName)}
              @input=${(e: Event) => (this.url = (e.target as HTMLInputElement).value)}
          /></label>`
          : nothing
      }
      <fieldset>
        <legend>${t.scriptLegend}</legend>
        ${radio('script', 'cdn', this.script, t.cdn, (v) => (this.script = v))}
        ${radio('script', 'self', this.script, t.self, (v) => (this.script = v))}
      </fieldset>
      <label for="snippet">${t.snippetLabel}</label>
      <textarea id="snippet" part="snippet" dir="ltr" readonly data-native-undo .value=${live(this.snippet)}></textarea>
      <div class="actions">
        <button type="button" id="copy" class="primary" @click=${() => this.copySnippet()}>
          ${this.copied ? t.copied : t.copy}
        </button>
      </div>
    </section>`;
  }

  private importView(t: BuilderStrings): TemplateResult {
    return html`<section class="import" part="import" aria-labelledby="import-heading">
      <h3 id="import-heading">${t.importHeading}</h3>
      <label for="file" class="block"
        >${t.fileLabel}
        <input
          id="file"
          type="file"
          accept=".json,application/json"
          @change=${(e: Event) => this.importFile(e.target as HTMLInputElement)}
      /></label>
      <label for="paste" class="block">${t.pasteLabel}</label>
      <textarea id="paste" dir="ltr" spellcheck="false" data-native-undo></textarea>
      <div class="actions">
        <button type="button" id="import" @click=${() => this.importPasted()}>${t.importPasted}</button>
      </div>
      <div role="alert" class="alert">
        ${this.importError ? html`<p class="error" part="error">${this.importError}</p>` : nothing}
      </div>
    </section>`;
  }

  private draftView(t: BuilderStrings): TemplateResult {
    return html`<div class="draft" part="draft">
      <label class="choice" for="keep"
        ><input
          id="keep"
          type="checkbox"
          aria-describedby="keep-hint"
          .checked=${live(this.keep)}
          @change=${(e: Event) => this.keepChanged((e.target as HTMLInputElement).checked)}
        />
        ${t.keepDraft}</label
      >
      <p id="keep-hint" class="muted">${t.keepDraftHint}</p>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const renderer = this.renderer;
    const tabs: Tab[] = renderer ? ['form', 'json'] : ['json'];
    const tab = renderer ? this.tab : 'json';
    const lang = this.language;
    return html`<div part="base" lang=${lang} dir=${resolveDirection(this, lang, !!this.locale)}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.status}</div>
      <h2>${t.heading}</h2>
      ${this.toolbarView(t)}
      <div class="columns">
        <div class="editor">
          ${renderer ? nothing : html`<p class="muted" id="no-form">${t.noForm}</p>`} ${this.tabsView(t, tabs, tab)}
          ${
            renderer
              ? html`<div
                  id="panel-form"
                  role="tabpanel"
                  part="form"
                  aria-labelledby="tab-form"
                  ?hidden=${tab !== 'form'}
                >
                ${tab === 'form' ? renderer(this.context) : nothing}
              </div>`
              : nothing
          }
          <div id="panel-json" role="tabpanel" part="json" aria-labelledby="tab-json" ?hidden=${tab !== 'json'}>
            ${this.jsonView(t)}
          </div>
          ${this.issuesView(t)} ${this.draftView(t)}
        </div>
        ${previewView(this.kind, this.preview, this.view, t, (next) => (this.view = next))}
      </div>
      ${this.exportView(t)} ${this.importView(t)}
    </div>`;
  }
}
