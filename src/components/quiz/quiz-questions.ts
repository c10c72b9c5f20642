import { html, nothing, type TemplateResult } from 'lit';
import type { QuizAction, QuizItem, QuizState } from '../../core/index.js';
import type { QuizStrings } from './quiz-strings.js';

/** What the question screens need: the session, the strings, notices to show, the wording and the reader's actions. */
export interface QuestionsView {
  /** Runs a reader's action through the quiz's rules. */
  act: (action: QuizAction) => void;
  /** A question's text for the relationship in use. */
  question: (item: QuizItem) => string;
  state: QuizState;
  notices: TemplateResult;
  t: QuizStrings;
}

/** A question as a native radio group: arrow keys choose, Tab leaves. */
function choices({ state, act }: QuestionsView, item: QuizItem, index: number, legend: TemplateResult) {
  const scale = state.definition.scales.find((s) => s.id === item.scale)!;
  const chosen = state.answers[item.id];
  const hinted = state.hint?.index === index;
  return html`<fieldset role="radiogroup" class="question" part="question" id="item-${index}"
    aria-describedby=${hinted ? 'hint' : nothing}>
    ${legend}
    <div class="options">
      ${scale.options.map(
        (option) =>
          html`<label class="option" part="option">
            <input type="radio" name="item-${index}" .value=${String(option.value)} .checked=${chosen === option.value}
              @change=${() => act({ type: 'answer', id: item.id, value: option.value })} />
            <span>${option.label}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

function hint({ state, t }: QuestionsView): TemplateResult {
  const text = !state.hint
    ? ''
    : state.hint.kind === 'required'
      ? t.answerRequired
      : t.answerMissing(state.hint.index + 1);
  return html`<p class="hint" id="hint" aria-live="assertive">${text}</p>`;
}

/** The questions' form: Enter on an answered question moves on, as a form's submit would. */
function form(view: QuestionsView, content: TemplateResult): TemplateResult {
  const paged = view.state.layout === 'paged';
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    view.act({ type: paged ? 'next' : 'finish' });
  };
  return html`<form class=${view.state.layout} @submit=${(e: Event) => e.preventDefault()} @keydown=${onKeydown}>
    ${content}
  </form>`;
}

/** One question per screen, with its number as the heading and a progress bar. */
export function pagedQuestion(view: QuestionsView, index: number): TemplateResult {
  const { state, t, act } = view;
  const total = state.definition.items.length;
  const item = state.definition.items[index]!;
  const of = t.questionOf(index + 1, total);
  const legend = html`<legend class="question-text">${view.question(item)}</legend>`;
  return form(
    view,
    html`<h2 id="question-heading" tabindex="-1">${of}</h2>
      <progress part="progress" max=${total} value=${index + 1} aria-label=${of}></progress>
      ${view.notices} ${choices(view, item, index, legend)} ${hint(view)}
      <div class="actions" part="actions">
        <button type="button" @click=${() => act({ type: 'back' })}>${t.back}</button>
        <button type="button" class="primary" @click=${() => act({ type: 'next' })}>
          ${index === total - 1 ? t.seeResult : t.next}
        </button>
      </div>`,
  );
}

/** Every question on one page, with a count of those answered. */
export function questionList(view: QuestionsView): TemplateResult {
  const { state, t, act } = view;
  const { items } = state.definition;
  const answered = items.filter((item) => state.answers[item.id] !== undefined).length;
  const count = t.answeredOf(answered, items.length);
  const legend = (item: QuizItem, index: number) =>
    html`<legend class="question-text"
      ><span class="visually-hidden">${t.labelled(t.questionNumber(index + 1), '')}</span
      >${view.question(item)}</legend
    >`;
  return form(
    view,
    html`<h2 id="questions-heading" tabindex="-1">${state.definition.title}</h2>
      <progress part="progress" max=${items.length} value=${answered} aria-label=${count}></progress>
      <p class="muted">${count}</p>
      ${view.notices}
      <ol class="items">
        ${items.map((item, index) => html`<li>${choices(view, item, index, legend(item, index))}</li>`)}
      </ol>
      ${hint(view)}
      <div class="actions" part="actions">
        <button type="button" class="primary" @click=${() => act({ type: 'finish' })}>${t.seeResult}</button>
      </div>`,
  );
}
