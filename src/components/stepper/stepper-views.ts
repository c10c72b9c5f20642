import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { dataOf, type StepperAction, type StepperProgress, type StepperState } from '../../core/index.js';
import type { StepperStep } from '../../core/index.js';
import { questionsView } from '../shared/views.js';
import { letterOf, noteOf, statusLabel } from './stepper-labels.js';
import type { StepperStrings } from './stepper-strings.js';

/** What the stepper's views need: the session, its progress, the strings and the reader's actions. */
export interface StepperView {
  state: StepperState;
  progress: StepperProgress;
  t: StepperStrings;
  act: (action: StepperAction) => void;
  remind: (step: StepperStep) => void;
  download: () => void;
  copy: () => void;
  /** The copy button's label ("Copied" just after a copy). */
  copyLabel: string;
}

/** The step list: each step's letter, title and status (none before a step is begun), then the summary. */
export function stepList({ state, progress, t, act }: StepperView): TemplateResult {
  const onSummary = state.screen === 'summary';
  const link = (current: boolean, classes: string, action: StepperAction, content: TemplateResult | string) =>
    html`<button type="button" class="step-link ${classes}" aria-current=${current ? 'step' : 'false'}
      @click=${() => act(action)}>${content}</button>`;
  return html`<nav class="steps-nav no-print" aria-label=${t.stepList}>
    <ol class="step-list" part="steps">
      ${state.definition.steps.map((step, i) => {
        const status = progress.steps[i]!.status;
        const current = !onSummary && step.id === progress.current;
        const shown =
          status === 'not-started'
            ? nothing
            : html`<span class="status"><span class="visually-hidden">, </span>${statusLabel(t, status)}</span>`;
        const content = html`<span class="letter">${letterOf(step, i)}</span>
          <span class="label"><span class="name">${step.title}</span>${shown}</span>`;
        return html`<li>${link(current, status, { type: 'open', step: step.id }, content)}</li>`;
      })}
      <li>${link(onSummary, 'summary-link', { type: 'summary' }, t.summary)}</li>
    </ol>
  </nav>`;
}

function reminder(view: StepperView, step: StepperStep, place: string) {
  const { reminder } = step.practice;
  if (!reminder) return nothing;
  const id = `${place}-reminder-${step.id}`;
  return html`<p class="reminder muted" id=${id}>${view.t.reminderEvery(reminder.title, reminder.everyWeeks)}</p>
    <button type="button" aria-describedby=${id} @click=${() => view.remind(step)}>${view.t.downloadReminder}</button>`;
}

/**
 * The open step: its prompts with notes fields, its practice and example, and the way on: one
 * "Done — next step" button (on a done step, "Next", with a way to mark it not done again).
 */
export function openStep(view: StepperView): TemplateResult {
  const { state, progress, t, act } = view;
  const { steps } = state.definition;
  const index = progress.currentIndex;
  const step = steps[index]!;
  const data = dataOf(state);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  const done = !!state.steps[step.id]?.done;
  const onward = done ? (next ? t.next : t.seeSummary) : next ? t.doneNext : t.doneSummary;
  return html`<section class="step" part="step" aria-labelledby="step-heading">
    <h3 id="step-heading" part="heading" tabindex="-1">
      <span class="letter" aria-hidden="true">${letterOf(step, index)}</span>
      ${t.stepHeading(index + 1, steps.length, step.title)}
    </h3>
    <p class="step-summary">${step.summary}</p>
    <p>${step.body}</p>
    <h4>${t.prompts}</h4>
    ${step.prompts.map((prompt) => {
      const note = noteOf(data, step.id, prompt.id);
      const write = (e: Event) =>
        act({ type: 'write', step: step.id, prompt: prompt.id, text: (e.target as HTMLTextAreaElement).value });
      return html`<div class="prompt" part="prompt">
        <label for="note-${prompt.id}">${prompt.text}</label>
        <textarea id="note-${prompt.id}" part="notes" rows="4"
          .value=${live(note)} @input=${write} @change=${() => act({ type: 'noted', step: step.id })}></textarea>
      </div>`;
    })}
    <div class="practice" part="practice">
      <h4>${t.practice}</h4>
      <p>${step.practice.text}</p>
      ${reminder(view, step, 'step')}
    </div>
    ${step.example ? html`<div class="example"><h4>${t.example}</h4><p>${step.example}</p></div>` : nothing}
    ${questionsView(step.questions)}
    <div class="actions pager" part="actions">
      ${
        previous
          ? html`<button type="button" @click=${() => act({ type: 'open', step: previous.id })}>${t.back}</button>`
          : nothing
      }
      <button type="button" id="step-done" class="primary next"
        @click=${() => act({ type: 'done-next', step: step.id })}>
        ${onward}
      </button>
    </div>
    ${
      done
        ? html`<p class="undo"><button type="button" class="quiet done-toggle"
            @click=${() => act({ type: 'toggle-done', step: step.id })}>${t.markNotDone}</button></p>`
        : nothing
    }
  </section>`;
}

/** The summary's actions: print, download, copy, back; above the steps and again below them. */
function summaryActions({ progress, t, act, download, copy, copyLabel }: StepperView): TemplateResult {
  return html`<div class="actions" part="actions">
    <button type="button" @click=${() => window.print()}>${t.print}</button>
    <button type="button" @click=${download}>${t.downloadNotes}</button>
    <button type="button" @click=${copy}>${copyLabel}</button>
    <button type="button" @click=${() => act({ type: 'open', step: progress.current })}>${t.backToSteps}</button>
  </div>`;
}

/** The summary: every step with its status, the reader's notes and its practice; print, download, copy. */
export function summary(view: StepperView): TemplateResult {
  const { state, progress, t } = view;
  const data = dataOf(state);
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    <h3 id="summary-heading" part="heading" tabindex="-1">${t.summary}</h3>
    ${summaryActions(view)}
    <ol class="summary-steps">
      ${state.definition.steps.map((step, i) => {
        const status = progress.steps[i]!.status;
        const notes = step.prompts
          .map((prompt) => ({ prompt, note: noteOf(data, step.id, prompt.id).trim() }))
          .filter((n) => n.note);
        return html`<li class="summary-step">
          <h4><span class="letter" aria-hidden="true">${letterOf(step, i)}</span> ${step.title}</h4>
          ${status === 'not-started' ? nothing : html`<p class="status ${status}">${statusLabel(t, status)}</p>`}
          <p>${step.summary}</p>
          ${
            notes.length
              ? html`<dl class="notes">
                ${notes.map((n) => html`<dt>${n.prompt.text}</dt><dd class="note">${n.note}</dd>`)}
              </dl>`
              : html`<p class="muted">${t.noNotes}</p>`
          }
          <p><strong>${t.practice}:</strong> ${step.practice.text}</p>
          ${reminder(view, step, 'summary')}
        </li>`;
      })}
    </ol>
    ${summaryActions(view)}
  </section>`;
}
