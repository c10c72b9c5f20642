import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  cultures,
  initQuiz,
  isMixed,
  reduceQuiz,
  relationships,
  textFor,
  type Culture,
  type QuizAction,
  type QuizAnnouncement,
  type QuizDefinition,
  type QuizLayout,
  type QuizProgress,
  type QuizResult,
  type QuizState,
  type Relationship,
  type ResultPayload,
} from '../../core/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { adoptLater } from '../shared/adopt-later.js';
import { ReciproElement } from '../shared/recipro-element.js';
import { RequiredValidity } from '../shared/required.js';
import { DEFAULT_QUIZ, quizCovers, quizShelf, type QuizCover } from '../../content/quiz/presets.js';
import { AutoAdvance } from './auto-advance.js';
import { pagedQuestion, questionList, type QuestionsView } from './quiz-questions.js';
import { quizStyles } from './quiz.styles.js';
import { quizStrings } from './quiz-strings.js';

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

/**
 * A scored self-assessment of reciprocity: an intro, one question per screen (or all on one
 * page), and a result that explains the balance, suggests steps and shows support when needed.
 * On a question of its own, an answer chosen with the pointer or a number key moves on after a
 * short pause (`advance="manual"` turns this off); arrow keys only select.
 * Its rules live in `src/core/sessions/quiz.ts`; this class is its templates and event wiring.
 *
 * @summary A reciprocity self-assessment with a caring, accessible result.
 * @tagname recipro-quiz
 *
 * @slot - Optionally a `<script type="application/json">` holding a quiz definition.
 *
 * @fires {CustomEvent<ReciproStartDetail>} recipro-start - The reader pressed Start.
 * @fires {CustomEvent<QuizChangeDetail>} recipro-change - The reader answered a question. Detail: `{ id, value }`.
 * @fires {CustomEvent<ResultPayload>} recipro-complete - The reader finished. Detail: the result payload (see README).
 *
 * @csspart intro - The intro screen.
 * @csspart question - A question (a radio group).
 * @csspart option - One answer option.
 * @csspart progress - The progress bar.
 * @csspart result - The result screen.
 * @csspart chart - The chart of the forms of reciprocity.
 * @csspart forms - What each form of reciprocity means (folded, under the chart).
 * @csspart safety - The safety message with support resources.
 * @csspart cta - The call-to-action link, drawn as a button right after the verdict's advice.
 *
 * @cssprop --recipro-accent - Accent colour of buttons, bars and focus marks.
 * @cssprop --recipro-surface - Background.
 * @cssprop --recipro-surface-alt - Background of options and panels.
 * @cssprop --recipro-text - Text colour.
 * @cssprop --recipro-muted - Secondary text colour.
 * @cssprop --recipro-border - Border colour.
 * @cssprop --recipro-focus - Focus outline colour.
 * @cssprop --recipro-warning - Notice colour.
 * @cssprop --recipro-font - Font family (inherits from the page by default).
 * @cssprop --recipro-sticky-top - How far below the top of the window the chart's legend stays while the chart
 * scrolls by (e.g. the height of a fixed site header). Default `0px`.
 */
export class ReciproQuiz extends ReciproElement<'quiz', QuizState, QuizAction, QuizAnnouncement> {
  static override styles = [baseStyles, quizStyles];
  static formAssociated = true;

  /** Reactive properties; the fields below carry their documentation. */
  static override properties: PropertyDeclarations = {
    relationship: {},
    culture: {},
    layout: {},
    advance: {},
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
  };

  /** Whom the questions are about. Default: the definition's, else `partner`. */
  relationship?: 'partner' | 'family' | 'friend' | 'colleague';
  /** Shows a cultural note on the result and lists that region's helplines first. */
  culture?: 'us' | 'in' | 'uk' | 'au' | 'ca' | 'ae';
  /** `paged`: one question per screen (default); `list`: all on one page. */
  layout?: 'paged' | 'list';
  /**
   * `auto` (default): on a question of its own, an answer chosen with the pointer or a number key
   * moves on after a short pause (not on the last question, nor with arrow keys); `manual`: only
   * Next (or Enter) moves on.
   */
  advance?: 'auto' | 'manual';
  /** Name of the form field, when inside a `<form>`: its value is the result payload as JSON. */
  name?: string;
  /** Inside a `<form>`: the form cannot be submitted until the reader has finished the quiz. */
  required = false;

  private readonly internals: ElementInternals;
  private readonly validityState: RequiredValidity;
  private readonly advancer = new AutoAdvance(this);
  /** The result screen's code: loaded once the reader leaves the intro. */
  private resultCode?: typeof import('./quiz-result.js');
  private resultLoading = false;
  private resultFailed = false;
  /** The reader pressed Start on a built-in quiz's cover before its pack was here: start once it is. */
  private startWhenReady = false;

  constructor() {
    super({ kind: 'quiz', reduce: reduceQuiz, ...quizShelf.presetOptions, defaultPreset: DEFAULT_QUIZ });
    this.internals = this.attachInternals();
    this.validityState = new RequiredValidity(this.internals);
  }

  /** False while a `required` quiz is not finished, as a form control's (also `:invalid`). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser shows the message on the part to fill and focuses it. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The current definition, once loaded and valid. */
  get quiz(): QuizDefinition | undefined {
    return this.session?.definition;
  }

  private get t() {
    return quizStrings(this.language);
  }

  private get relation(): Relationship | undefined {
    return oneOf(relationships, this.relationship);
  }

  /** The relationship the questions and results are worded for. */
  private get wording(): Relationship {
    return this.relation ?? this.session?.definition.defaultRelationship ?? 'partner';
  }

  private get cultureId(): Culture | null {
    return oneOf(cultures, this.culture) ?? null;
  }

  private get layoutMode(): QuizLayout {
    return this.layout === 'list' ? 'list' : 'paged';
  }

  protected init(definition: QuizDefinition, saved: QuizProgress | null, previous: QuizState | undefined) {
    return initQuiz(definition, { saved, previous, layout: this.layoutMode });
  }

  protected announcement(message: QuizAnnouncement): string {
    if (message.key === 'cleared') return this.t.cleared;
    const view = this.session?.view;
    const mixed = view?.screen === 'result' && isMixed(view.result);
    return message.band ? this.t.resultReady(mixed ? this.t.mixed : message.band) : this.t.resultTitle;
  }

  /** Every reader action cancels a pending move to the next question, so nothing moves on twice. */
  protected override dispatch(action: QuizAction): void {
    this.advancer.cancel();
    super.dispatch(action);
  }

  /** An answer; by pointer or number key it moves on after a pause, on a question that has a next one. */
  private choose(id: string, value: number, quick: boolean): void {
    this.dispatch({ type: 'answer', id, value });
    const state = this.session;
    const on = state?.view.screen === 'questions' ? state.view.index : Infinity;
    if (!quick || this.advance === 'manual' || state?.layout !== 'paged' || on >= state.definition.items.length - 1)
      return;
    // Only if nothing else happened meanwhile: any action or a new definition replaces the session.
    this.advancer.schedule(() => this.session === state && this.dispatch({ type: 'next' }));
  }

  protected override payloadOptions() {
    return { relationship: this.wording };
  }

  protected override valueChanged(payload: ResultPayload | null): void {
    this.internals.setFormValue(payload ? JSON.stringify(payload) : null);
    if (this.required) this.requestUpdate(); // its validity follows
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.validityState.update(this.required && !this.value ? this.t.quizRequired : null, () => this.unanswered());
  }

  /** Where a required quiz sends the reader: the first unanswered question, else the chosen answer or Start. */
  private unanswered(): HTMLElement | null {
    for (const set of this.renderRoot.querySelectorAll('fieldset')) {
      if (!set.querySelector(':checked')) return set.querySelector('input');
    }
    return this.renderRoot.querySelector<HTMLElement>('input:checked, .primary');
  }

  /** Form reset clears the answers. */
  formResetCallback(): void {
    this.dispatch({ type: 'reset' });
  }

  /** "Clear my answers" on a safety result: everything is forgotten, back to the start, and said so. */
  private clearAnswers(): void {
    this.dispatch({ type: 'reset' });
    this.focusOn('intro-heading');
    this.say(this.t.cleared);
  }

  /** Starts loading the result screen's code once the reader is past the intro (again after a failure). */
  private loadResult(): void {
    if (this.resultCode || this.resultLoading || !this.session || this.session.view.screen === 'intro') return;
    this.resultLoading = true;
    this.attempt(async () => {
      try {
        this.resultCode = await import('./quiz-result.js');
        adoptLater(this, this.resultCode.resultStyles);
        this.resultFailed = false;
      } catch (error) {
        this.resultFailed = true;
        throw error;
      } finally {
        this.resultLoading = false;
        this.requestUpdate();
      }
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('session')) {
      if (this.session?.view.screen === 'result') this.prefetch('quiz-summary', () => import('./quiz-summary.js'));
      if (this.startWhenReady && this.session?.view.screen === 'intro') this.start();
      this.startWhenReady = false;
      this.loadResult();
    }
    if (changed.has('advance') && this.advance === 'manual') this.advancer.cancel();
    if (changed.has('layout') && this.session && this.session.layout !== this.layoutMode) {
      this.dispatch({ type: 'layout', layout: this.layoutMode });
    }
  }

  protected renderReady(state: QuizState): TemplateResult {
    const { view, definition } = state;
    if (view.screen === 'intro') return this.renderIntro({ ...definition, questions: definition.items.length }, state);
    if (view.screen === 'result') return this.renderResult(state, view.result, !!view.rest);
    const questions: QuestionsView = {
      state,
      t: this.t,
      notices: this.renderNotices(state),
      question: (item) => textFor(item.text, this.relation, state.definition.defaultRelationship ?? 'partner'),
      act: (action) => this.dispatch(action),
      choose: (id, value, quick) => this.choose(id, value, quick),
      advance: this.advancer,
    };
    return state.layout === 'list' ? questionList(questions) : pagedQuestion(questions, view.index);
  }

  private renderNotices(state: QuizState): TemplateResult {
    return html`${state.notice ? html`<p class="notice" part="notice">${this.t.restarted}</p>` : nothing}
    ${this.renderNotSaved()}`;
  }

  /**
   * The intro screen: of the definition, or of a built-in quiz's cover while its pack loads (no
   * state yet). Start on the cover starts as soon as the pack is here.
   */
  private renderIntro(cover: QuizCover, state?: QuizState): TemplateResult {
    const t = this.t;
    const minutes = cover.estimatedMinutes ? t.minutes(Math.round(cover.estimatedMinutes)) : '';
    const facts = [t.questions(cover.questions), minutes].filter(Boolean);
    return html`<section part="intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading" tabindex="-1">${cover.title}</h2>
      ${state ? this.renderNotices(state) : nothing} ${cover.intro ? html`<p>${cover.intro}</p>` : nothing}
      <p class="muted">${facts.join(' · ')}</p>
      <p class="disclaimer">${cover.disclaimer}</p>
      <div class="actions" part="actions">
        <button class="primary" @click=${() => this.start()}>${t.start}</button>
      </div>
    </section>`;
  }

  private start(): void {
    if (this.session) return this.dispatch({ type: 'start', now: new Date() });
    this.startWhenReady = true;
    this.say(this.common.loading);
  }

  /**
   * The cover of the built-in quiz being loaded, in English with nothing stored: the intro shows at
   * once. Not in another language (the translation loads instead), nor with saved progress, which
   * may resume past the intro.
   */
  private get cover(): QuizCover | undefined {
    const source = this.source();
    if (source.from !== 'preset' || this.language !== 'en' || this.localeController.loading || this.persistence.mode)
      return undefined;
    return Object.hasOwn(quizCovers, source.id) ? quizCovers[source.id] : undefined;
  }

  protected override renderPending(error: TemplateResult | null): TemplateResult {
    const cover = error ? undefined : this.cover;
    return cover ? this.renderIntro(cover) : super.renderPending(error);
  }

  private renderResult(state: QuizState, result: QuizResult, rest: boolean): TemplateResult {
    const t = this.t;
    const { definition } = state;
    const stored = this.persistence.mode !== null && this.persistence.has(definition.id);
    const options = { culture: this.cultureId, region: this.region, rest, relationship: this.wording };
    // The summary's code loads when the reader asks for it.
    const summary = async () =>
      (await import('./quiz-summary.js')).quizSummaryText(definition, result, this.language, options);
    return html`<section part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" class="result-title" tabindex="-1">${t.resultTitle}</h2>
      <p class="muted result-of">${definition.title}</p>
      ${
        this.resultCode
          ? this.resultCode.resultView({
              ...{ definition, result, options, t, locale: this.language },
              showRest: () => this.dispatch({ type: 'show-rest' }),
              leave: () => this.leave(),
              clear: () => this.clearAnswers(),
            })
          : html`<p class="muted">${this.resultFailed ? this.common.unavailable : t.loading}</p>`
      }
      <div class="actions" part="actions">
        <button type="button" @click=${() => this.dispatch({ type: 'retake', now: new Date() })}>${t.retake}</button>
        <button type="button" @click=${() => window.print()}>${t.print}</button>
        <button type="button" @click=${() => this.copy(summary)}>${this.copyLabel}</button>
        ${
          stored
            ? html`<button type="button" @click=${() => this.dispatch({ type: 'clear-stored' })}>
                ${t.clearAnswers}
              </button>`
            : nothing
        }
      </div>
    </section>`;
  }
}
