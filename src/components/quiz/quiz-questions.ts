import { html, nothing, type TemplateResult } from 'lit';
import type { QuizAction, QuizItem, QuizState } from '../../core/index.js';
import type { AutoAdvance } from './auto-advance.js';
import type { QuizStrings } from './quiz-strings.js';

/** What the question screens need: the session, the strings, notices to show, the wording and the reader's actions. */
export interface QuestionsView {
  /** Runs a reader's action through the quiz's rules. */
  act: (action: QuizAction) => void;
  /** The reader chose an answer; `quick` when by pointer or number key, which may move on. */
  choose: (id: string, value: number, quick: boolean) => void;
  /** Tells a pointer's answer from a key's. */
  advance: AutoAdvance;
  /** A question's text for the relationship in use. */
  question: (item: QuizItem) => string;
  state: QuizState;
  notices: TemplateResult;
  t: QuizStrings;
}

/** The number key that picks an option (1–9 on the digit row or the keypad, whatever the layout), or 0. */
function digit(event: KeyboardEvent): number {
  if (event.ctrlKey || event.metaKey || event.altKey) return 0;
  const found = /^(?:Digit|Numpad)([1-9])$/.exec(event.code) ?? /^([1-9])$/.exec(event.key);
  return found ? Number(found[1]) : 0;
}

/**
 * A question as a native radio group: arrow keys choose, Tab leaves. On its own screen each option
 * shows the number key that picks it.
 */
function choices(view: QuestionsView, item: QuizItem, index: number, legend: TemplateResult) {
  const { state, advance } = view;
  const scale = state.definition.scales.find((s) => s.id === item.scale)!;
  const chosen = state.answers[item.id];
  const paged = state.layout === 'paged';
  const described = [paged ? 'question-heading' : '', state.hint?.index === index ? 'hint' : ''].filter(Boolean);
  // Lit keeps the same elements from one question to the next. The class alternates, so a new
  // animation name restarts the fade-in (quiz.styles.ts); the radios keep one name, so that checking
  // one unchecks the others even while their names would be changing.
  return html`<fieldset role="radiogroup" class="question turn-${index % 2}" part="question" id="item-${index}"
    aria-describedby=${described.length ? described.join(' ') : nothing} @pointerdown=${() => advance.pointed()}>
    ${legend}
    <div class="options">
      ${scale.options.map((option, position) => {
        const key = paged && position < 9 ? String(position + 1) : undefined;
        // A pointer on the answer already chosen changes nothing, yet still means "this one, go on".
        const again = () =>
          chosen === option.value && advance.takePointer() && view.choose(item.id, option.value, true);
        return html`<label class="option" part="option">
          <input type="radio" name=${paged ? 'answer' : `item-${index}`} .value=${String(option.value)}
            .checked=${chosen === option.value} aria-keyshortcuts=${key ?? nothing} @click=${again}
            @change=${() => view.choose(item.id, option.value, advance.takePointer())} />
          <span class="option-label">${option.label}</span>
          ${key ? html`<span class="key" aria-hidden="true">${key}</span>` : nothing}
        </label>`;
      })}
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

/**
 * The questions' form: Enter on an answered question moves on, as a form's submit would; on a
 * question of its own, a number key picks that option and moves on.
 */
function form(view: QuestionsView, content: TemplateResult): TemplateResult {
  const { state } = view;
  const paged = state.layout === 'paged';
  const onKeydown = (event: KeyboardEvent) => {
    view.advance.keyed();
    const at = paged && state.view.screen === 'questions' ? state.view.index : -1;
    const n = at >= 0 ? digit(event) : 0;
    if (n) {
      const item = state.definition.items[at]!;
      const option = state.definition.scales.find((s) => s.id === item.scale)?.options[n - 1];
      const radio = (event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input[type=radio]')[n - 1];
      if (!option || !radio) return;
      event.preventDefault();
      radio.focus();
      view.choose(item.id, option.value, true);
      return;
    }
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    view.act({ type: paged ? 'next' : 'finish' });
  };
  return html`<form class=${state.layout} @submit=${(e: Event) => e.preventDefault()} @keydown=${onKeydown}>
    ${content}
  </form>`;
}

/**
 * One question per screen: its number as a small heading and a progress bar, the question as the
 * largest text.
 */
export function pagedQuestion(view: QuestionsView, index: number): TemplateResult {
  const { state, t, act } = view;
  const total = state.definition.items.length;
  const item = state.definition.items[index]!;
  const of = t.questionOf(index + 1, total);
  const legend = html`<legend class="question-text">${view.question(item)}</legend>`;
  return form(
    view,
    html`<h2 id="question-heading" class="question-of">${of}</h2>
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
