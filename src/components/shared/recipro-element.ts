import { ifDefined } from 'lit/directives/if-defined.js';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  catalogFor,
  commonMessages,
  type DefinitionByKind,
  type DefinitionKind,
  type CompleteEffect,
  type Effect,
  type PayloadOptions,
  type ProgressDataByKind,
  type ResultPayload,
  type Transition,
} from '../../core/index.js';
import { emit, type ElementEventMaps } from '../../events.js';
import { copyText } from './clipboard.js';
import { DefinitionController, standardSource, type DefinitionSource } from './definition-controller.js';
import { adoptLater } from './adopt-later.js';
import { keepStyles } from './keep-styles.js';
import { onceEach } from '../../load-once.js';
import { resolveDirection } from './locale.js';
import { LocaleController } from './locale-controller.js';
import { PersistController, persistMode, type PersistMode } from './persist-controller.js';
import { parseInclude, Submitter } from './submit.js';
import { errorView } from './views.js';

type SupportCode = typeof import('./support.js');
const loadOnce = onceEach<SupportCode>();
/** Code fetched ahead of a click (see `prefetch`): once per page, a failure forgotten. */
const prefetchOnce = onceEach<unknown>();

/** How long the copy button says "Copied", in milliseconds. */
export const COPIED_MS = 3000;

/** What a subclass tells the base: its kind, its rules, its built-in packs and its default pack. */
export interface ElementConfig<K extends DefinitionKind, State, Action, Message> {
  kind: K;
  /** The element's rules: its session's reducer (`src/core/sessions/`). */
  reduce: (state: State, action: Action) => Transition<State, K, Message>;
  presets: Readonly<Record<string, DefinitionByKind[K]>>;
  defaultPreset: string;
  /** Every built-in id, when `presets` holds only the packs loaded so far. */
  presetIds?: readonly string[];
  /** Loads a built-in pack into `presets`. */
  loadPreset?: (id: string) => Promise<void> | undefined;
  /** The reader can keep progress without the host's `persist` (the stepper's "Keep my notes"). */
  readerOptIn?: boolean;
}

/** A session of any element: it always knows its definition. */
interface Session<K extends DefinitionKind> {
  definition: DefinitionByKind[K];
}

type Listener<This, E> = ((this: This, event: E) => unknown) | { handleEvent(event: E): unknown };
type ListenerOptions = boolean | AddEventListenerOptions;

/** Typed listeners: each element's own events (its `recipro-change` detail) first, then the DOM's. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the parameters must match the class's
export interface ReciproElement<K extends DefinitionKind, State extends Session<K>, Action, Message> {
  addEventListener<E extends keyof ElementEventMaps[K]>(
    type: E,
    listener: Listener<this, ElementEventMaps[K][E]>,
    options?: ListenerOptions,
  ): void;
  addEventListener<E extends keyof HTMLElementEventMap>(
    type: E,
    listener: Listener<this, HTMLElementEventMap[E]>,
    options?: ListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: ListenerOptions): void;
  removeEventListener<E extends keyof ElementEventMaps[K]>(
    type: E,
    listener: Listener<this, ElementEventMaps[K][E]>,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<E extends keyof HTMLElementEventMap>(
    type: E,
    listener: Listener<this, HTMLElementEventMap[E]>,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * What every recipro element has in common, so that each element is its templates and its
 * session's rules (`src/core/sessions/`): where the definition comes from and whether it is valid,
 * the language, saved progress, result delivery, the loading / error / live-region shell, focus
 * moves, and carrying out the effects its session asks for.
 *
 * @fires {CustomEvent<ReciproErrorDetail>} recipro-error - The definition is invalid or could not be loaded.
 * @fires {CustomEvent<ReciproSubmitDetail>} recipro-submit - A result reached `submit-url`. Detail: `{ status, key }`.
 * @fires {CustomEvent<ReciproSubmitErrorDetail>} recipro-submit-error - A result could not be delivered to
 * `submit-url`. Detail: `{ reason, key }`.
 * @csspart base - The element's box.
 * @csspart actions - A row of buttons.
 * @csspart notice - A quiet notice, e.g. that progress is not being saved.
 * @csspart resources - A list of support resources.
 * @csspart quick-exit - The row with "Leave this page quickly" at the top of a safety result.
 * @csspart error - The error message shown for an invalid definition.
 * @csspart footer - Disclaimer and attribution.
 * @csspart questions - Questions readers often ask, each answer folded under its question.
 * @cssprop --recipro-on-accent - Text on the accent colour.
 * @cssprop --recipro-danger - Error colour.
 * @cssprop --recipro-radius - Corner radius.
 * @cssprop --recipro-space - Base spacing.
 * @cssprop --recipro-accent-dark - `--recipro-accent` in the dark scheme (each colour has a `-dark` twin that
 * alone applies in the dark scheme, so light colours never meet the dark defaults).
 * @cssprop --recipro-on-accent-dark - `--recipro-on-accent` in the dark scheme.
 * @cssprop --recipro-surface-dark - `--recipro-surface` in the dark scheme.
 * @cssprop --recipro-surface-alt-dark - `--recipro-surface-alt` in the dark scheme.
 * @cssprop --recipro-text-dark - `--recipro-text` in the dark scheme.
 * @cssprop --recipro-muted-dark - `--recipro-muted` in the dark scheme.
 * @cssprop --recipro-border-dark - `--recipro-border` in the dark scheme.
 * @cssprop --recipro-warning-dark - `--recipro-warning` in the dark scheme.
 * @cssprop --recipro-danger-dark - `--recipro-danger` in the dark scheme.
 * @cssprop --recipro-focus-dark - `--recipro-focus` in the dark scheme.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class ReciproElement<
  K extends DefinitionKind,
  State extends Session<K>,
  Action,
  Message,
> extends LitElement {
  static override properties: PropertyDeclarations = {
    definition: { attribute: false },
    src: {},
    preset: {},
    persist: {},
    persistKey: { attribute: 'persist-key' },
    locale: {},
    submitUrl: { attribute: 'submit-url' },
    submitInclude: { attribute: 'submit-include' },
    submitKey: { attribute: 'submit-key' },
    theme: { reflect: true },
    exitUrl: { attribute: 'exit-url' },
    session: { state: true, attribute: false },
    status: { state: true, attribute: false },
    copied: { state: true, attribute: false },
  };

  /** A definition object; takes precedence over every other source. */
  definition?: unknown;
  /** URL of a JSON definition, fetched without credentials. */
  src?: string;
  /** A built-in pack id. Absent: the element's default (`reciprocity-balance`, `romantic-signs`, `recipro-steps`). */
  preset?: string;
  /** Keep progress on this device: `session` or `local`. Absent: nothing is stored (a stepper reader may opt in). */
  persist?: 'session' | 'local';
  /** Separates the saved progress of elements that share a definition. */
  persistKey?: string;
  /** Language of the interface, e.g. `en`. Default: the page's language. */
  locale?: string;
  /** POST each result (JSON) to this URL, with retries. Absent: nothing leaves the page. */
  submitUrl?: string;
  /** What the payload carries beside scores: `answers` (quiz, checklist) or `notes` (stepper), space-separated. */
  submitInclude?: string;
  /**
   * The practice's public key (from `recipro-receiver keygen`): each result is encrypted in the
   * reader's browser (HPKE, RFC 9180) and `submit-url` receives only an envelope that the
   * practice's private key opens. A key that is not valid sends nothing (`recipro-submit-error`).
   * The encryption code loads only with this attribute.
   */
  submitKey?: string;
  /**
   * Colour scheme: `light` or `dark` forces it, `auto` follows the device. Absent: the page's
   * `color-scheme` (light for a page that declares none), whatever the device.
   */
  theme?: 'light' | 'dark' | 'auto';
  /**
   * Where "Leave this page quickly" (or Shift pressed three times) goes, replacing this page in the
   * history: an http(s) address. Default: a neutral site, `https://www.bbc.co.uk/weather` (as GOV.UK's
   * "Exit this page").
   */
  exitUrl?: string;

  /** The reader's session with the current definition; null until one is shown. */
  protected session: State | null = null;
  /** What the live region says. */
  protected status = '';
  private focusTarget: string | null = null;
  private payload: ResultPayload | null = null;
  /** Counts discarded results, so a payload still being built for one is dropped. */
  private results = 0;

  /** Created first, so every other controller sees the current language. */
  protected readonly localeController = new LocaleController(this);
  protected readonly submitter = new Submitter(this, () => this.submitUrl, { key: () => this.submitKey });
  protected readonly definitionController: DefinitionController<K>;
  protected readonly persistence: PersistController<K>;
  /**
   * The support code (helplines, the way out, their styles and the Shift × 3 controller), loaded
   * just after the first render; until then, and offline, support views are left out.
   */
  protected support?: SupportCode;

  constructor(private readonly config: ElementConfig<K, State, Action, Message>) {
    super();
    this.persistence = new PersistController(this, {
      kind: config.kind,
      mode: () => this.persistMode(),
      key: () => this.persistKey,
      readerOptIn: config.readerOptIn,
    });
    this.definitionController = new DefinitionController(this, {
      kind: config.kind,
      presets: config.presets,
      presetIds: config.presetIds,
      loadPreset: config.loadPreset,
      source: () => this.source(),
      onReady: (definition) => this.show(definition),
      prepare: (definition) => this.persistence.prepare(definition.id),
      locale: this.localeController,
    });
  }

  /** Starts a session for a newly accepted definition (restoring `saved`, or carrying on from `previous`). */
  protected abstract init(
    definition: DefinitionByKind[K],
    saved: ProgressDataByKind[K] | null,
    previous: State | undefined,
  ): Transition<State, K, Message>;
  /** An announcement in the element's language. */
  protected abstract announcement(message: Message): string;
  /** The element's content once its definition is ready. */
  protected abstract renderReady(state: State): TemplateResult;

  /** The language the element speaks now (`en`, `fr`, `hi`, `ar` or a registered one). */
  protected get language(): string {
    return this.localeController.language;
  }

  /** The reader's region from their locale (`en-GB` → `uk`), whose helplines are listed first. */
  protected get region() {
    return this.localeController.region;
  }

  /** The strings every element shares, in its language. */
  protected get common() {
    return catalogFor(this.language, commonMessages);
  }

  /** The payload of the last completed result, or null. */
  get value(): ResultPayload | null {
    return this.payload;
  }

  /** Where progress is kept now; the stepper adds its reader's opt-in. */
  protected persistMode(): PersistMode | null {
    return persistMode(this.persist);
  }

  /** Where the definition comes from: property, child JSON script, `src`, `preset`, default. */
  protected source(): DefinitionSource {
    return standardSource(this, this, this.config.defaultPreset);
  }

  /** Where the definition came from, once it is ready. */
  protected get origin(): DefinitionSource['from'] | undefined {
    const s = this.definitionController.state;
    return s.status === 'ready' ? s.source : undefined;
  }

  /** What the element adds to every payload (the quiz: the relationship). */
  protected payloadOptions(): PayloadOptions {
    return {};
  }

  /** A result was completed, restored or discarded: the quiz makes it its form value. */
  protected valueChanged(_payload: ResultPayload | null): void {}

  /** The saved progress for a definition, if the element keeps any. */
  protected restore(definition: DefinitionByKind[K]): ProgressDataByKind[K] | null {
    return this.persistence.restore(definition.id).progress?.data ?? null;
  }

  private show(definition: DefinitionByKind[K]): void {
    const { state, effects } = this.init(definition, this.restore(definition), this.session ?? undefined);
    this.session = state;
    this.apply(effects);
  }

  /** Runs a reader's action through the element's rules. */
  protected dispatch(action: Action): void {
    this.supportFailed = false; // a reader's action: the support code may load now
    if (!this.session) return;
    const { state, effects } = this.config.reduce(this.session, action);
    this.session = state;
    this.apply(effects);
  }

  private apply(effects: readonly Effect<K, Message>[]): void {
    const definition = this.session?.definition;
    for (const effect of effects) {
      switch (effect.type) {
        case 'save':
          if (definition && this.persistence.mode) this.persistence.save(definition, effect.data);
          break;
        case 'clear':
          if (effect.id ?? definition) this.persistence.clear(effect.id ?? definition!.id);
          break;
        case 'announce':
          this.say(this.announcement(effect.message));
          break;
        case 'focus':
          this.focusOn(effect.target);
          break;
        case 'warn':
          console.warn(effect.message);
          break;
        case 'discard':
          this.results += 1;
          this.payload = null;
          this.valueChanged(null);
          break;
        case 'emit':
          emit(this, effect.name, effect.detail as never);
          break;
        case 'complete':
          this.complete(effect);
      }
    }
  }

  /**
   * A finished result becomes the payload: the element's value, then (unless restored quietly)
   * `recipro-complete` and delivery. The payload code loads with the first result, not with the page.
   */
  private complete({ result, answers, notes, startedAt, quiet }: CompleteEffect): void {
    const options = {
      include: parseInclude(this.submitInclude),
      locale: this.language,
      answers,
      notes,
      startedAt,
      ...this.payloadOptions(),
    };
    const results = this.results;
    this.attempt(async () => {
      const { createResultPayload } = await import('../../core/payload.js');
      if (this.results !== results) return; // the result was discarded (retake, reset) while the code loaded
      const payload = (this.payload = createResultPayload(result, options));
      this.valueChanged(payload);
      if (quiet) return;
      emit(this, 'recipro-complete', payload);
      this.submitter.send(payload);
    });
  }

  /** Moves focus to the element with this id in the shadow root, once the next render is done. */
  protected focusOn(id: string): void {
    this.focusTarget = id;
    this.requestUpdate();
  }

  /** Speaks `text` in the live region; the same text again is still spoken (a live region only speaks changes). */
  protected say(text: string): void {
    this.status = text === this.status ? `${text}\u00a0` : text;
  }

  /** Work the element started on its own (a copy, a download): `updateComplete` waits for it. */
  private work: Promise<unknown> = Promise.resolve();

  /** Lets `updateComplete` wait for work the element started on its own; a failure is the work's to handle. */
  protected track(task: Promise<unknown>): void {
    this.work = Promise.all([this.work, task.catch(() => undefined)]);
  }

  /**
   * Runs work the reader asked for whose code loads on demand (a summary, a download); `updateComplete`
   * waits for it. If its code cannot be loaded (offline), the reader is told so.
   */
  protected attempt(task: () => Promise<void>): void {
    // In the order the reader asked: two downloads arrive as two files, first things first.
    const run = (this.asked = this.asked.then(task).catch(() => this.say(this.common.unavailable)));
    this.track(run);
  }

  private asked: Promise<void> = Promise.resolve();

  /**
   * Fetches code the reader is about to use (a summary to copy, a file to download) as the screen
   * that offers it appears, so their click does not wait on the network: a copy must happen while
   * the click still counts as theirs. Once per page; a failure is left to the click, which retries.
   */
  protected prefetch(key: string, load: () => Promise<unknown>): void {
    void prefetchOnce(key, load);
  }

  /** Copies a plain-text summary and says whether it worked; the copy button says "Copied" for a while. */
  protected copy(text: () => Promise<string>): void {
    this.attempt(async () => {
      const ok = await copyText(await text());
      this.say(ok ? this.common.copied : this.common.copyFailed);
      if (!ok) return;
      this.copied = true;
      clearTimeout(this.copiedTimer);
      this.copiedTimer = this.later(() => (this.copied = false), COPIED_MS);
    });
  }

  /** A copy just worked: the copy button says so. */
  protected copied = false;
  private copiedTimer?: ReturnType<typeof setTimeout>;

  /** The copy button's label: "Copy as text", or "Copied" just after a copy. */
  protected get copyLabel(): string {
    return this.copied ? this.common.copyDone : this.common.copy;
  }

  /** Runs `callback` after `ms` milliseconds (tests replace it to run the clock by hand). */
  protected later(callback: () => void, ms: number): ReturnType<typeof setTimeout> {
    return setTimeout(callback, ms);
  }

  /** Leaves for `exit-url` (a neutral site), replacing this page in the history so Back does not return. */
  protected leave(): void {
    if (this.support) this.navigate(this.support.exitTarget(this.exitUrl));
  }

  /** Goes to `url` in place of this page (tests replace it, so they stay on their page). */
  protected navigate(url: string): void {
    location.replace(url);
  }

  /** The quiet notice shown when progress was asked to be kept and cannot be. */
  protected renderNotSaved(): TemplateResult | typeof nothing {
    return this.persistence.mode && this.persistence.problem
      ? html`<p class="notice" part="notice">${this.common.notSaved}</p>`
      : nothing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    keepStyles(this);
  }

  /**
   * What a server rendered (a declarative shadow root) is not hydrated: the first render, in the
   * same task, replaces it (left as it is, lit would render beside it). lit's hydration support,
   * if the page loads it for other elements, is told the same: `keepStyles` then adopts the styles.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    const root = super.createRenderRoot();
    (this as { _$needsHydration?: boolean })._$needsHydration = false;
    return root;
  }

  /**
   * Loads the support code once, after the first render. After a failure (offline) it waits: the
   * reader's next action tries again, so a page that stays offline does not retry in a loop.
   */
  private loadSupport(): void {
    if (this.support || this.supportLoading || this.supportFailed) return;
    this.supportLoading = true;
    this.track(
      loadOnce('support', () => import('./support.js')).then((code) => {
        this.supportLoading = false;
        this.supportFailed = !code;
        if (!code || this.support) return this.requestUpdate();
        this.support = code;
        adoptLater(this, code.supportStyles);
        new code.SupportController(this, {
          leave: () => this.leave(),
          counting: (left) => this.say(this.common.shiftMore(left)),
        });
        this.requestUpdate();
      }),
    );
  }

  private supportLoading = false;
  protected supportFailed = false;

  /** A support view once its code is here; until then, a quiet "Loading…" (or, offline, that it is unavailable). */
  protected withSupport(view: (support: SupportCode) => TemplateResult): TemplateResult {
    if (this.support) return view(this.support);
    return html`<p class="muted">${this.supportFailed ? this.common.unavailable : this.common.loading}</p>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.loadSupport();
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.focusTarget}`);
    this.focusTarget = null;
    // A radio group: focus its checked option (or the first) so arrow keys work at once.
    const radio = target?.matches('fieldset')
      ? (target.querySelector<HTMLInputElement>('input:checked') ?? target.querySelector<HTMLInputElement>('input'))
      : null;
    (radio ?? target)?.focus();
  }

  /** The language and direction of the element's content. */
  protected contentLanguage(): { lang: string | undefined; dir: 'ltr' | 'rtl' } {
    return { lang: this.language, dir: resolveDirection(this, this.language, !!this.locale) };
  }

  /** While loading, or when the definition is invalid. */
  protected renderPending(error: TemplateResult | null): TemplateResult {
    return error ?? html`<p class="muted">${this.common.loading}</p>`;
  }

  protected override render(): TemplateResult {
    const s = this.definitionController.state;
    const body =
      s.status === 'ready' && this.session
        ? this.renderReady(this.session)
        : this.renderPending(s.status === 'error' ? errorView(this.language, s.issues) : null);
    const { lang, dir } = this.contentLanguage();
    return html`<div part="base" lang=${ifDefined(lang)} dir=${dir}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.status}</div>
      ${body}
    </div>`;
  }

  /** Also waits for a language, a definition, storage code or a copy under way: `await el.updateComplete` sees them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let ok = await super.getUpdateComplete();
    const pending = () => [
      this.localeController.settled,
      this.definitionController.settled,
      this.persistence.settled,
      this.work,
    ];
    // Each may start the next (a language, then its pack, then storage code): wait until none is pending.
    for (let waiting = pending(); ;) {
      await Promise.all(waiting);
      ok = (await super.getUpdateComplete()) && ok;
      const now = pending();
      if (now.every((p, i) => p === waiting[i])) return ok;
      waiting = now;
    }
  }
}
