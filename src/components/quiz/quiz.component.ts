import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  createResultPayload,
  cultures,
  relationships,
  scoreQuiz,
  textFor,
  type Culture,
  type QuizDefinition,
  type QuizItem,
  type QuizResult,
  type Relationship,
  type ResultPayload,
} from '../../core/index.js';
import { emit } from '../../events.js';
import { baseStyles } from '../shared/base.styles.js';
import { ReciproElement } from '../shared/recipro-element.js';
import { copyText } from '../shared/clipboard.js';
import { DefinitionController, standardSource } from '../shared/definition-controller.js';
import { resolveDirection } from '../shared/locale.js';
import { PersistController, persistMode } from '../shared/persist-controller.js';
import { parseInclude } from '../shared/submit.js';
import { errorView } from '../shared/views.js';
import { quizPresets, DEFAULT_QUIZ } from './quiz-presets.js';
import { resultView } from './quiz-result.js';
import { quizSummaryText } from './quiz-summary.js';
import { quizStyles } from './quiz.styles.js';
import { quizStrings } from './quiz-strings.js';

type Screen = 'intro' | 'questions' | 'result';

/** Only the answers this definition could have given: known questions, values of their scales. */
function possibleAnswers(
  definition: QuizDefinition,
  answers: Readonly<Record<string, number>>,
): Record<string, number> {
  const scales = new Map(definition.scales.map((s) => [s.id, new Set(s.options.map((o) => o.value))]));
  const values = new Map(definition.items.map((item) => [item.id, scales.get(item.scale)]));
  return Object.fromEntries(Object.entries(answers).filter(([id, value]) => values.get(id)?.has(value)));
}

/**
 * A scored self-assessment of reciprocity: an intro, one question per screen (or all on one
 * page), and a result that explains the balance, suggests steps and shows support when needed.
 *
 * @summary A reciprocity self-assessment with a caring, accessible result.
 * @tagname recipro-quiz
 *
 * @slot - Optionally a `<script type="application/json">` holding a quiz definition.
 *
 * @fires recipro-start - The reader pressed Start.
 * @fires recipro-change - The reader answered a question. Detail: `{ id, value }`.
 * @fires recipro-complete - The reader finished. Detail: the result payload (see README).
 * @fires recipro-error - The definition is invalid or could not be loaded. Detail: `{ issues }`.
 * @fires recipro-submit - The result reached `submit-url`. Detail: `{ status, key }`.
 * @fires recipro-submit-error - The result could not be delivered to `submit-url`. Detail: `{ reason, key }`.
 *
 * @csspart base - The element's box.
 * @csspart intro - The intro screen.
 * @csspart question - A question (a radio group).
 * @csspart option - One answer option.
 * @csspart progress - The progress bar.
 * @csspart result - The result screen.
 * @csspart chart - The chart of the forms of reciprocity.
 * @csspart safety - The safety message with support resources.
 * @csspart resources - A list of support resources.
 * @csspart cta - The call-to-action link.
 * @csspart actions - The row of buttons.
 * @csspart error - The error message shown for an invalid definition.
 * @csspart footer - Disclaimer and attribution.
 *
 * @cssprop --recipro-accent - Accent colour of buttons, bars and focus marks.
 * @cssprop --recipro-on-accent - Text on the accent colour.
 * @cssprop --recipro-surface - Background.
 * @cssprop --recipro-surface-alt - Background of options and panels.
 * @cssprop --recipro-text - Text colour.
 * @cssprop --recipro-muted - Secondary text colour.
 * @cssprop --recipro-border - Border colour.
 * @cssprop --recipro-focus - Focus outline colour.
 * @cssprop --recipro-danger - Error colour.
 * @cssprop --recipro-warning - Notice colour.
 * @cssprop --recipro-radius - Corner radius.
 * @cssprop --recipro-space - Base spacing.
 * @cssprop --recipro-font - Font family (inherits from the page by default).
 */
export class ReciproQuiz extends ReciproElement {
  static override styles = [baseStyles, quizStyles];
  static formAssociated = true;

  /** Reactive properties; the fields below carry their documentation. Private ones are internal state (`attribute: false`). */
  static override properties: PropertyDeclarations = {
    relationship: {},
    culture: {},
    layout: {},
    name: { reflect: true },
    screen: { attribute: false },
    index: { attribute: false },
    answers: { attribute: false },
    result: { attribute: false },
    status: { attribute: false },
    hint: { attribute: false },
    notice: { attribute: false },
  };

  /** Whom the questions are about: `partner` (default), `family`, `friend` or `colleague`. */
  relationship?: string;
  /** Shows a cultural note on the result: `us`, `in`, `uk`, `au`, `ca` or `ae`. */
  culture?: string;
  /** `paged` (one question per screen, default) or `list` (all on one page). */
  layout?: string;
  /** Name of the form field, when inside a `<form>`: its value is the result payload as JSON. */
  name?: string;

  private screen: Screen = 'intro';
  private index = 0;
  private answers: Record<string, number> = {};
  private result: QuizResult | null = null;
  private status = '';
  private hint = '';
  private notice = '';

  private readonly internals: ElementInternals;
  private loadedId?: string;
  private startedAt?: Date;
  private focusTarget: string | null = null;

  protected readonly definitionController = new DefinitionController(this, {
    kind: 'quiz',
    presets: quizPresets,
    source: () => standardSource(this, this, DEFAULT_QUIZ),
    onReady: (definition) => this.load(definition),
    prepare: (definition) => this.persistence.prepare(definition.id),
    locale: this.localeController,
  });

  protected readonly persistence = new PersistController(this, {
    kind: 'quiz',
    mode: () => persistMode(this.persist),
    key: () => this.persistKey,
  });

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The current definition, once loaded and valid. */
  get quiz(): QuizDefinition | undefined {
    const s = this.definitionController.state;
    return s.status === 'ready' ? s.definition : undefined;
  }

  /** The payload of the last completed result, or null. */
  get value(): ResultPayload | null {
    return this.payload;
  }

  private payload: ResultPayload | null = null;

  private get relation(): Relationship | undefined {
    return (relationships as readonly string[]).includes(this.relationship ?? '')
      ? (this.relationship as Relationship)
      : undefined;
  }

  private get cultureId(): Culture | null {
    return (cultures as readonly string[]).includes(this.culture ?? '') ? (this.culture as Culture) : null;
  }

  private get paged(): boolean {
    return this.layout !== 'list';
  }

  /** A new definition: restore saved progress for it, or start clean (with a notice if mid-way). */
  private load(definition: QuizDefinition): void {
    const key = `${definition.id}@${definition.version}`;
    // The same definition again (e.g. reconnected): keep the reader's place, if it still fits.
    if (this.loadedId === key && this.placeFits(definition)) return;
    const midway = this.loadedId !== undefined && (this.screen !== 'intro' || Object.keys(this.answers).length > 0);
    this.loadedId = key;
    this.answers = {};
    this.index = 0;
    this.screen = 'intro';
    this.result = null;
    this.payload = null;
    this.hint = '';
    this.notice = midway ? quizStrings(this.language).restarted : '';
    this.internals.setFormValue(null);
    const saved = this.persistence.restore(definition.id).progress;
    if (!saved) return;
    // Only answers this definition could have given; a record that skips ahead resumes at the first gap.
    this.answers = possibleAnswers(definition, saved.data.answers);
    if (saved.data.started) {
      const gap = definition.items.findIndex(
        (item) => this.answers[item.id] === undefined && this.isRequired(definition, item),
      );
      const position = gap >= 0 ? Math.min(saved.data.position ?? 0, gap) : (saved.data.position ?? 0);
      this.index = Math.min(position, definition.items.length - 1);
      this.screen = 'questions';
      if (position >= definition.items.length) this.finish(definition, false);
    }
  }

  /**
   * Whether the answers and position on screen still belong to this definition. A definition can
   * change without a new id or version (an edited inline script): then the quiz starts again.
   */
  private placeFits(definition: QuizDefinition): boolean {
    return (
      this.index < definition.items.length &&
      Object.keys(possibleAnswers(definition, this.answers)).length === Object.keys(this.answers).length
    );
  }

  private save(definition: QuizDefinition, position: number): void {
    if (this.persistence.mode) this.persistence.save(definition, { answers: this.answers, position, started: true });
  }

  private start(definition: QuizDefinition): void {
    this.screen = 'questions';
    this.index = 0;
    this.startedAt = new Date();
    this.notice = '';
    this.focusTarget = this.paged ? 'question-heading' : 'questions-heading';
    this.save(definition, 0);
    emit(this, 'recipro-start', {});
  }

  private answer(definition: QuizDefinition, item: QuizItem, value: number): void {
    this.answers = { ...this.answers, [item.id]: value };
    this.hint = '';
    this.save(definition, this.index);
    emit(this, 'recipro-change', { id: item.id, value });
  }

  private isRequired(definition: QuizDefinition, item: QuizItem): boolean {
    // Safety questions always count; scored ones unless the definition allows gaps.
    return definition.missing?.policy !== 'minimum' || item.dimension === undefined;
  }

  private next(definition: QuizDefinition): void {
    const item = definition.items[this.index]!;
    if (this.answers[item.id] === undefined && this.isRequired(definition, item)) {
      this.hint = quizStrings(this.language).answerRequired;
      this.focusTarget = `item-${this.index}`;
      return;
    }
    if (this.index >= definition.items.length - 1) {
      this.finish(definition, true);
      return;
    }
    this.index += 1;
    this.hint = '';
    this.focusTarget = 'question-heading';
    this.save(definition, this.index);
  }

  private back(): void {
    this.hint = '';
    if (this.index === 0) {
      this.screen = 'intro';
      this.focusTarget = 'intro-heading';
      return;
    }
    this.index -= 1;
    this.focusTarget = 'question-heading';
  }

  private submitList(definition: QuizDefinition): void {
    const missing = definition.items.findIndex(
      (item) => this.answers[item.id] === undefined && this.isRequired(definition, item),
    );
    if (missing >= 0) {
      this.hint = quizStrings(this.language).answerMissing(missing + 1);
      this.focusTarget = `item-${missing}`;
      return;
    }
    this.finish(definition, true);
  }

  private finish(definition: QuizDefinition, byReader: boolean): void {
    const result = scoreQuiz(definition, this.answers);
    this.result = result;
    this.screen = 'result';
    this.hint = '';
    this.payload = createResultPayload(result, {
      include: parseInclude(this.submitInclude),
      answers: this.answers,
      locale: this.language,
      relationship: this.relation ?? definition.defaultRelationship ?? 'partner',
      startedAt: this.startedAt,
    });
    this.internals.setFormValue(JSON.stringify(this.payload));
    if (!byReader) return;
    this.focusTarget = 'result-heading';
    this.save(definition, definition.items.length);
    this.status = result.band
      ? quizStrings(this.language).resultReady(result.band.band.label)
      : quizStrings(this.language).resultTitle;
    emit(this, 'recipro-complete', this.payload);
    this.submitter.send(this.payload);
  }

  private retake(definition: QuizDefinition): void {
    this.answers = {};
    this.result = null;
    this.payload = null;
    this.internals.setFormValue(null);
    this.start(definition);
  }

  private clearStored(definition: QuizDefinition): void {
    this.persistence.clear(definition.id);
    this.status = quizStrings(this.language).cleared;
  }

  private async copySummary(definition: QuizDefinition, result: QuizResult): Promise<void> {
    const t = quizStrings(this.language);
    const ok = await copyText(quizSummaryText(definition, result, this.language, this.cultureId ?? undefined));
    this.status = ok ? t.copied : t.copyFailed;
  }

  /** Form reset clears the answers. */
  formResetCallback(): void {
    const definition = this.quiz;
    this.loadedId = undefined;
    if (definition) {
      this.persistence.clear(definition.id);
      this.load(definition);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.focusTarget}`);
    this.focusTarget = null;
    if (!target) return;
    // For a question, focus its checked option (or the first) so arrow keys work at once.
    const radio = target.matches('fieldset')
      ? (target.querySelector<HTMLInputElement>('input:checked') ?? target.querySelector<HTMLInputElement>('input'))
      : null;
    (radio ?? target).focus();
  }

  protected override render(): TemplateResult {
    const language = this.language;
    const t = quizStrings(language);
    const s = this.definitionController.state;
    const body =
      s.status === 'loading'
        ? html`<p class="muted">${t.loading}</p>`
        : s.status === 'error'
          ? errorView(language, s.issues)
          : this.renderScreen(s.definition);
    return html`<div part="base" lang=${language} dir=${resolveDirection(this, language)}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.status}</div>
      ${body}
    </div>`;
  }

  private renderScreen(definition: QuizDefinition): TemplateResult {
    switch (this.screen) {
      case 'intro':
        return this.renderIntro(definition);
      case 'questions':
        return this.paged ? this.renderQuestion(definition) : this.renderList(definition);
      case 'result':
        return this.renderResult(definition);
    }
  }

  private renderNotices(): TemplateResult {
    const t = quizStrings(this.language);
    return html`${this.notice ? html`<p class="notice" part="notice">${this.notice}</p>` : nothing}
    ${this.persistence.mode && this.persistence.problem ? html`<p class="notice" part="notice">${t.notSaved}</p>` : nothing}`;
  }

  private renderIntro(definition: QuizDefinition): TemplateResult {
    const t = quizStrings(this.language);
    const facts = [
      t.questions(definition.items.length),
      definition.estimatedMinutes ? t.minutes(Math.round(definition.estimatedMinutes)) : '',
    ].filter(Boolean);
    return html`<section part="intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading" tabindex="-1">${definition.title}</h2>
      ${this.renderNotices()}
      ${definition.intro ? html`<p>${definition.intro}</p>` : nothing}
      <p class="muted">${facts.join(' · ')}</p>
      <p class="disclaimer">${definition.disclaimer}</p>
      <div class="actions" part="actions">
        <button class="primary" @click=${() => this.start(definition)}>${t.start}</button>
      </div>
    </section>`;
  }

  private renderChoices(
    definition: QuizDefinition,
    item: QuizItem,
    index: number,
    legend: TemplateResult,
  ): TemplateResult {
    const scale = definition.scales.find((s) => s.id === item.scale)!;
    const chosen = this.answers[item.id];
    const hintId = this.hint && index === this.hintIndex(definition) ? 'hint' : undefined;
    return html`<fieldset role="radiogroup" class="question" part="question" id="item-${index}" aria-describedby=${hintId ?? nothing}>
      ${legend}
      <div class="options">
        ${scale.options.map(
          (option) => html`<label class="option" part="option">
            <input
              type="radio"
              name="item-${index}"
              .value=${String(option.value)}
              .checked=${chosen === option.value}
              @change=${() => this.answer(definition, item, option.value)}
            />
            <span>${option.label}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private hintIndex(definition: QuizDefinition): number {
    if (this.paged) return this.index;
    return definition.items.findIndex(
      (item) => this.answers[item.id] === undefined && this.isRequired(definition, item),
    );
  }

  private onKeydown(event: KeyboardEvent, definition: QuizDefinition): void {
    // Enter on an answered question moves on, as a form's submit would.
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    if (this.paged) this.next(definition);
    else this.submitList(definition);
  }

  private renderQuestion(definition: QuizDefinition): TemplateResult {
    const t = quizStrings(this.language);
    const total = definition.items.length;
    const item = definition.items[this.index]!;
    const last = this.index === total - 1;
    const fallback = definition.defaultRelationship ?? 'partner';
    return html`<form class="paged" @submit=${(e: Event) => e.preventDefault()} @keydown=${(e: KeyboardEvent) => this.onKeydown(e, definition)}>
      <h2 id="question-heading" tabindex="-1">${t.questionOf(this.index + 1, total)}</h2>
      <progress part="progress" max=${total} value=${this.index + 1} aria-label=${t.questionOf(this.index + 1, total)}></progress>
      ${this.renderNotices()}
      ${this.renderChoices(definition, item, this.index, html`<legend class="question-text">${textFor(item.text, this.relation, fallback)}</legend>`)}
      <p class="hint" id="hint" aria-live="assertive">${this.hint}</p>
      <div class="actions" part="actions">
        <button type="button" @click=${() => this.back()}>${t.back}</button>
        <button type="button" class="primary" @click=${() => this.next(definition)}>${last ? t.seeResult : t.next}</button>
      </div>
    </form>`;
  }

  private renderList(definition: QuizDefinition): TemplateResult {
    const t = quizStrings(this.language);
    const total = definition.items.length;
    const answered = definition.items.filter((item) => this.answers[item.id] !== undefined).length;
    const fallback = definition.defaultRelationship ?? 'partner';
    return html`<form class="list" @submit=${(e: Event) => e.preventDefault()} @keydown=${(e: KeyboardEvent) => this.onKeydown(e, definition)}>
      <h2 id="questions-heading" tabindex="-1">${definition.title}</h2>
      <progress part="progress" max=${total} value=${answered} aria-label=${t.answeredOf(answered, total)}></progress>
      <p class="muted">${t.answeredOf(answered, total)}</p>
      ${this.renderNotices()}
      <ol class="items">
        ${definition.items.map(
          (item, index) => html`<li>
            ${this.renderChoices(
              definition,
              item,
              index,
              html`<legend class="question-text"><span class="visually-hidden">${t.labelled(t.questionNumber(index + 1), '')}</span>${textFor(item.text, this.relation, fallback)}</legend>`,
            )}
          </li>`,
        )}
      </ol>
      <p class="hint" id="hint" aria-live="assertive">${this.hint}</p>
      <div class="actions" part="actions">
        <button type="button" class="primary" @click=${() => this.submitList(definition)}>${t.seeResult}</button>
      </div>
    </form>`;
  }

  private renderResult(definition: QuizDefinition): TemplateResult {
    const t = quizStrings(this.language);
    const result = this.result!;
    const stored = this.persistence.mode !== null && this.persistence.has(definition.id);
    return html`<section part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${t.resultTitle}</h2>
      <p class="muted">${definition.title}</p>
      ${resultView({ definition, result, t, locale: this.language, culture: this.cultureId })}
      <div class="actions" part="actions">
        <button type="button" @click=${() => this.retake(definition)}>${t.retake}</button>
        <button type="button" @click=${() => window.print()}>${t.print}</button>
        <button type="button" @click=${() => this.copySummary(definition, result)}>${t.copy}</button>
        ${stored ? html`<button type="button" @click=${() => this.clearStored(definition)}>${t.clearAnswers}</button>` : nothing}
      </div>
    </section>`;
  }
}
