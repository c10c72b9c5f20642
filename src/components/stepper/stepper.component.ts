import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import {
  createKey,
  createResultPayload,
  DEFAULT_EXPIRY_DAYS,
  stepperProgress,
  type StepperDefinition,
  type StepperProgress,
  type StepperState,
  type StepperStep,
} from '../../core/index.js';
import { emit } from '../../events.js';
import { baseStyles } from '../shared/base.styles.js';
import { ReciproElement } from '../shared/recipro-element.js';
import { copyText } from '../shared/clipboard.js';
import { DefinitionController, standardSource } from '../shared/definition-controller.js';
import { resolveDirection } from '../shared/locale.js';
import { PersistController, persistMode } from '../shared/persist-controller.js';
import { parseInclude } from '../shared/submit.js';
import { errorView, footerView, resourcesView } from '../shared/views.js';
import { downloadText } from './download.js';
import { reminderCalendar } from './ics.js';
import { DEFAULT_STEPPER, stepperPresets } from './stepper-presets.js';
import { letterOf, noteOf, savedNotes, statusLabel, summaryMarkdown, summaryText } from './stepper-summary.js';
import { stepperStyles } from './stepper.styles.js';
import { stepperStrings, type StepperStrings } from './stepper-strings.js';

type View = 'step' | 'summary';
type StepEntry = NonNullable<StepperState['steps']>[string];

const STORAGE_AREAS = ['localStorage', 'sessionStorage'] as const;

/** Whether `key` is in localStorage. Reading only: nothing is written before the reader opts in. */
function storedLocally(key: string): boolean {
  try {
    return globalThis.localStorage?.getItem(key) != null;
  } catch {
    return false;
  }
}

/** Removes `key` from both storage areas, whichever this element used before. */
function forget(key: string): void {
  for (const area of STORAGE_AREAS) {
    try {
      globalThis[area]?.removeItem(key);
    } catch {
      /* blocked storage holds nothing of ours */
    }
  }
}

const characters = (text: string) => [...text].length;

/**
 * The seven RECIPRO steps as a guided, private reflection: a step list with statuses, one step at
 * a time with prompts, notes, a practice and an example, and a summary to print, download or copy.
 * Notes stay on the page unless the reader (or the host, with `persist`) keeps them on the device.
 *
 * @summary A private, step-by-step reflection with notes and a summary to keep.
 * @tagname recipro-stepper
 *
 * @slot - Optionally a `<script type="application/json">` holding a stepper definition.
 *
 * @fires recipro-step-change - The reader opened another step. Detail: `{ from, to }` (step ids). Opening the summary is not a step change.
 * @fires recipro-change - The reader changed a step. Detail: `{ id, change }`, `change` being `notes`, `done` or `not-done`; never the note text.
 * @fires recipro-complete - The reader marked the last step done. Detail: the result payload with each step's status; notes only with `submit-include="notes"`.
 * @fires recipro-error - The definition is invalid or could not be loaded. Detail: `{ issues }`.
 * @fires recipro-submit - The completion payload reached `submit-url`. Detail: `{ status, key }`.
 * @fires recipro-submit-error - The completion payload could not be delivered to `submit-url`. Detail: `{ reason, key }`.
 *
 * @csspart base - The element's box.
 * @csspart progress - The "3 of 7 done" line and its progress bar.
 * @csspart privacy - Where the notes are kept, and the button that clears them.
 * @csspart notice - A notice, e.g. that notes are not being saved.
 * @csspart steps - The step list (a row of letters at narrow widths).
 * @csspart step - The open step.
 * @csspart heading - The heading of the open step or of the summary.
 * @csspart prompt - One prompt with its notes field.
 * @csspart notes - A notes field.
 * @csspart practice - The step's practice.
 * @csspart summary - The summary.
 * @csspart actions - A row of buttons.
 * @csspart resources - Support resources, when the definition has them.
 * @csspart error - The error message shown for an invalid definition.
 * @csspart footer - Disclaimer and attribution.
 *
 * @cssprop --recipro-accent - Accent colour of buttons, letters and focus marks.
 * @cssprop --recipro-on-accent - Text on the accent colour.
 * @cssprop --recipro-surface - Background.
 * @cssprop --recipro-surface-alt - Background of panels.
 * @cssprop --recipro-text - Text colour.
 * @cssprop --recipro-muted - Secondary text colour, and the edges of notes fields.
 * @cssprop --recipro-border - Border colour.
 * @cssprop --recipro-focus - Focus outline colour.
 * @cssprop --recipro-danger - Error colour.
 * @cssprop --recipro-warning - Notice colour.
 * @cssprop --recipro-radius - Corner radius.
 * @cssprop --recipro-space - Base spacing.
 * @cssprop --recipro-font - Font family (inherits from the page by default).
 */
export class ReciproStepper extends ReciproElement {
  static override styles = [baseStyles, stepperStyles];

  /** Reactive properties; the fields below carry their documentation. Private ones are internal state (`attribute: false`). */
  static override properties: PropertyDeclarations = {
    startStep: { attribute: 'start-step' },
    data: { attribute: false },
    view: { attribute: false },
    keepNotes: { attribute: false },
    confirmingClear: { attribute: false },
    status: { attribute: false },
  };

  /** The id of the step to open first, when the reader has no saved place. */
  startStep?: string;

  private data: StepperState = {};
  private view: View = 'step';
  private keepNotes = false;
  private confirmingClear = false;
  private status = '';

  private loadedKey?: string;
  private loadedId?: string;
  private focusTarget: string | null = null;

  protected readonly definitionController = new DefinitionController(this, {
    kind: 'stepper',
    presets: stepperPresets,
    source: () => standardSource(this, this, DEFAULT_STEPPER),
    onReady: (definition) => this.load(definition),
    prepare: (definition) => this.persistence.prepare(definition.id),
    locale: this.localeController,
  });

  protected readonly persistence: PersistController<'stepper'> = new PersistController(this, {
    kind: 'stepper',
    mode: () => persistMode(this.persist) ?? (this.keepNotes ? 'local' : null),
    stored: (id) => storedLocally(this.persistence.storageKey(id)),
    key: () => this.persistKey,
  });

  /** The current definition, once loaded and valid. */
  get stepper(): StepperDefinition | undefined {
    const s = this.definitionController.state;
    return s.status === 'ready' ? s.definition : undefined;
  }

  /** Each step's status and the counts, without the notes. */
  get progress(): StepperProgress | undefined {
    const definition = this.stepper;
    return definition ? stepperProgress(definition, this.data) : undefined;
  }

  /** A new definition: the saved notes for it, else (same id, new version) the notes on screen, else a clean start. */
  private load(definition: StepperDefinition): void {
    const key = `${definition.id}@${definition.version}`;
    if (this.loadedKey === key) return;
    const sameId = this.loadedId === definition.id;
    this.loadedKey = key;
    this.loadedId = definition.id;
    // A reader who ticked "Keep my notes" on an earlier visit left a record here.
    if (!persistMode(this.persist) && !this.keepNotes)
      this.keepNotes = storedLocally(this.persistence.storageKey(definition.id));
    const saved = this.persistence.restore(definition.id).progress?.data;
    const data: StepperState = saved ?? (sameId ? this.data : {});
    const ids = definition.steps.map((step) => step.id);
    if (this.startStep && !ids.includes(this.startStep)) {
      console.warn(
        `<recipro-stepper>: start-step "${this.startStep}" is not a step of "${definition.id}" (steps: ${ids.join(', ')}).`,
      );
    }
    const wanted = data.current && ids.includes(data.current) ? data.current : this.startStep;
    this.data = {
      ...data,
      current: stepperProgress(definition, { ...data, current: wanted && ids.includes(wanted) ? wanted : undefined })
        .current,
    };
    this.view = 'step';
    this.confirmingClear = false;
  }

  private save(definition: StepperDefinition): void {
    if (this.persistence.mode) this.persistence.save(definition, this.data);
  }

  private entry(id: string): StepEntry {
    return this.data.steps?.[id] ?? {};
  }

  private withSteps(patches: Record<string, StepEntry>): StepperState['steps'] {
    const steps = { ...this.data.steps };
    for (const [id, patch] of Object.entries(patches)) steps[id] = { ...steps[id], ...patch };
    return steps;
  }

  private openStep(definition: StepperDefinition, to: string): void {
    const from = this.data.current!;
    // A step is in progress once the reader has been on it and moved, written or marked it.
    const patches: Record<string, StepEntry> = { [to]: { visited: true } };
    if (this.view === 'step') patches[from] = { visited: true };
    this.data = { current: to, steps: this.withSteps(patches) };
    this.view = 'step';
    this.focusTarget = 'step-heading';
    this.save(definition);
    if (from !== to) emit(this, 'recipro-step-change', { from, to });
  }

  private openSummary(definition: StepperDefinition): void {
    if (this.view === 'step')
      this.data = { ...this.data, steps: this.withSteps({ [this.data.current!]: { visited: true } }) };
    this.view = 'summary';
    this.focusTarget = 'summary-heading';
    this.save(definition);
  }

  private write(definition: StepperDefinition, step: StepperStep, promptId: string, value: string): void {
    const notes = { ...this.entry(step.id).notes };
    if (value) notes[promptId] = value;
    else delete notes[promptId];
    this.data = { ...this.data, steps: this.withSteps({ [step.id]: { visited: true, notes } }) };
    // Saved on every input, so a closed tab loses nothing.
    this.save(definition);
  }

  private toggleDone(definition: StepperDefinition, step: StepperStep): void {
    const t = stepperStrings(this.language);
    const done = !this.entry(step.id).done;
    this.data = { ...this.data, steps: this.withSteps({ [step.id]: { visited: true, done } }) };
    this.save(definition);
    const progress = stepperProgress(definition, this.data);
    this.status = progress.complete
      ? `${t.markedDone(step.title, progress.done, progress.total)} ${t.allDone}`
      : (done ? t.markedDone : t.markedNotDone)(step.title, progress.done, progress.total);
    emit(this, 'recipro-change', { id: step.id, change: done ? 'done' : 'not-done' });
    if (done && progress.complete) {
      const payload = createResultPayload(progress, {
        include: parseInclude(this.submitInclude),
        notes: savedNotes(definition, this.data),
        locale: this.language,
      });
      emit(this, 'recipro-complete', payload);
      this.submitter.send(payload);
    }
  }

  private setKeep(definition: StepperDefinition, keep: boolean): void {
    const t = stepperStrings(this.language);
    if (keep) {
      this.keepNotes = true;
      this.save(definition);
      this.status = t.keepingNotes;
    } else {
      this.forgetStored(definition);
      this.keepNotes = false;
      this.status = t.notKeepingNotes;
    }
  }

  private forgetStored(definition: StepperDefinition): void {
    this.persistence.clear(definition.id);
    forget(this.persistence.storageKey(definition.id));
  }

  private askClear(): void {
    this.confirmingClear = true;
    this.focusTarget = 'clear-cancel';
  }

  private cancelClear(): void {
    this.confirmingClear = false;
    this.focusTarget = 'clear';
  }

  /** Removes everything this element stored, and the notes and progress on screen. */
  private clearNotes(definition: StepperDefinition): void {
    this.forgetStored(definition);
    if (!persistMode(this.persist)) this.keepNotes = false;
    this.data = { current: this.data.current };
    this.confirmingClear = false;
    this.focusTarget = 'clear';
    this.status = stepperStrings(this.language).notesCleared;
  }

  private downloadMarkdown(definition: StepperDefinition): void {
    const t = stepperStrings(this.language);
    downloadText(
      this.renderRoot,
      `${definition.id}-notes.md`,
      summaryMarkdown(definition, this.data, t, this.language),
      'text/markdown;charset=utf-8',
    );
  }

  private downloadReminder(definition: StepperDefinition, step: StepperStep): void {
    const reminder = step.practice.reminder!;
    const t = stepperStrings(this.language);
    // The first reminder comes one interval from now: the reader is doing the practice today.
    const start = new Date();
    start.setDate(start.getDate() + 7 * reminder.everyWeeks);
    const text = reminderCalendar({
      title: reminder.title,
      description: `${step.practice.text}\n\n${t.reminderFrom(definition.title, step.title)}`,
      everyWeeks: reminder.everyWeeks,
      start,
      uid: createKey(),
    });
    downloadText(this.renderRoot, `${step.id}-reminder.ics`, text, 'text/calendar;charset=utf-8');
  }

  private async copySummary(definition: StepperDefinition): Promise<void> {
    const t = stepperStrings(this.language);
    const ok = await copyText(summaryText(definition, this.data, t, this.language));
    this.status = ok ? t.copied : t.copyFailed;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.focusTarget}`);
    this.focusTarget = null;
    target?.focus();
  }

  protected override render(): TemplateResult {
    const language = this.language;
    const t = stepperStrings(language);
    const s = this.definitionController.state;
    const body =
      s.status === 'loading'
        ? html`<p class="muted">${t.loading}</p>`
        : s.status === 'error'
          ? errorView(language, s.issues)
          : this.renderStepper(s.definition, t);
    return html`<div part="base" lang=${language} dir=${resolveDirection(this, language)}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.status}</div>
      ${body}
    </div>`;
  }

  private renderStepper(definition: StepperDefinition, t: StepperStrings): TemplateResult {
    const progress = stepperProgress(definition, this.data);
    return html`<header class="head">
        <h2 class="title">${definition.title}</h2>
        ${definition.intro ? html`<p class="intro">${definition.intro}</p>` : nothing}
      </header>
      <div class="progress" part="progress">
        <p id="progress-label">${t.doneOf(progress.done, progress.total)}</p>
        <progress max=${progress.total} value=${progress.done} aria-labelledby="progress-label"></progress>
      </div>
      ${this.renderPrivacy(definition, t)}
      <div class="layout">
        ${this.renderList(definition, progress, t)}
        ${this.view === 'summary' ? this.renderSummary(definition, progress, t) : keyed(progress.current, this.renderStep(definition, progress, t))}
      </div>
      ${
        definition.resources
          ? html`<details class="resources-more">
            <summary>${t.supportLink}</summary>
            ${resourcesView(definition.resources, 'resources-heading', 'h4')}
          </details>`
          : nothing
      }
      ${footerView(definition.disclaimer, definition.attribution)}`;
  }

  private renderPrivacy(definition: StepperDefinition, t: StepperStrings): TemplateResult {
    const hostMode = persistMode(this.persist);
    const shared = parseInclude(this.submitInclude).includes('notes');
    return html`<div class="privacy no-print" part="privacy">
      ${
        hostMode
          ? html`<p class="muted">${hostMode === 'session' ? t.keptSession : t.keptLocal(DEFAULT_EXPIRY_DAYS)}</p>`
          : html`<div class="keep">
              <input
                type="checkbox"
                id="keep"
                .checked=${live(this.keepNotes)}
                aria-describedby="keep-hint"
                @change=${(e: Event) => this.setKeep(definition, (e.target as HTMLInputElement).checked)}
              />
              <label for="keep">${t.keepNotes}</label>
            </div>
            <p class="muted" id="keep-hint">${this.keepNotes ? t.keepNotesOn(DEFAULT_EXPIRY_DAYS) : t.keepNotesOff}</p>`
      }
      ${shared ? html`<p class="muted">${t.notesShared}</p>` : nothing}
      ${this.persistence.mode && this.persistence.problem ? html`<p class="notice" part="notice">${t.notSaved}</p>` : nothing}
      ${
        this.confirmingClear
          ? html`<div class="confirm" role="group" aria-labelledby="clear-question">
            <p id="clear-question">${t.clearQuestion}</p>
            <div class="buttons">
              <button type="button" id="clear-cancel" @click=${() => this.cancelClear()}>${t.clearCancel}</button>
              <button type="button" class="danger" @click=${() => this.clearNotes(definition)}>${t.clearConfirm}</button>
            </div>
          </div>`
          : html`<button type="button" id="clear" class="quiet" @click=${() => this.askClear()}>${t.clearNotes}</button>`
      }
    </div>`;
  }

  private renderList(definition: StepperDefinition, progress: StepperProgress, t: StepperStrings): TemplateResult {
    const onSummary = this.view === 'summary';
    return html`<nav class="steps-nav no-print" aria-label=${t.stepList}>
      <ol class="step-list" part="steps">
        ${definition.steps.map((step, i) => {
          const status = progress.steps[i]!.status;
          const current = !onSummary && step.id === progress.current;
          return html`<li>
            <button type="button" class="step-link ${status}" aria-current=${current ? 'step' : 'false'} @click=${() => this.openStep(definition, step.id)}>
              <span class="letter">${letterOf(step, i)}</span>
              <span class="label"><span class="name">${step.title}</span><span class="status"><span class="visually-hidden">, </span>${statusLabel(t, status)}</span></span>
            </button>
          </li>`;
        })}
        <li>
          <button type="button" class="step-link summary-link" aria-current=${onSummary ? 'step' : 'false'} @click=${() => this.openSummary(definition)}>${t.summary}</button>
        </li>
      </ol>
    </nav>`;
  }

  private renderReminder(
    definition: StepperDefinition,
    step: StepperStep,
    t: StepperStrings,
    place: string,
  ): TemplateResult | typeof nothing {
    const reminder = step.practice.reminder;
    if (!reminder) return nothing;
    const id = `${place}-reminder-${step.id}`;
    return html`<p class="reminder muted" id=${id}>${t.reminderEvery(reminder.title, reminder.everyWeeks)}</p>
      <button type="button" aria-describedby=${id} @click=${() => this.downloadReminder(definition, step)}>${t.downloadReminder}</button>`;
  }

  private renderStep(definition: StepperDefinition, progress: StepperProgress, t: StepperStrings): TemplateResult {
    const index = progress.currentIndex;
    const step = definition.steps[index]!;
    const total = definition.steps.length;
    const done = this.entry(step.id).done === true;
    return html`<section class="step" part="step" aria-labelledby="step-heading">
      <h3 id="step-heading" part="heading" tabindex="-1">
        <span class="letter" aria-hidden="true">${letterOf(step, index)}</span> ${t.stepHeading(index + 1, total, step.title)}
      </h3>
      <p class="step-summary">${step.summary}</p>
      <p>${step.body}</p>
      <h4>${t.prompts}</h4>
      ${step.prompts.map((prompt) => {
        const note = noteOf(this.data, step.id, prompt.id);
        return html`<div class="prompt" part="prompt">
          <label for="note-${prompt.id}">${prompt.text}</label>
          <textarea
            id="note-${prompt.id}"
            part="notes"
            rows="4"
            aria-describedby="count-${prompt.id}"
            .value=${live(note)}
            @input=${(e: Event) => this.write(definition, step, prompt.id, (e.target as HTMLTextAreaElement).value)}
            @change=${() => emit(this, 'recipro-change', { id: step.id, change: 'notes' })}
          ></textarea>
          <p class="count" id="count-${prompt.id}">${t.characters(characters(note))}</p>
        </div>`;
      })}
      <div class="practice" part="practice">
        <h4>${t.practice}</h4>
        <p>${step.practice.text}</p>
        ${this.renderReminder(definition, step, t, 'step')}
      </div>
      ${step.example ? html`<div class="example"><h4>${t.example}</h4><p>${step.example}</p></div>` : nothing}
      <div class="actions" part="actions">
        <button type="button" class="done-toggle" @click=${() => this.toggleDone(definition, step)}>${done ? t.markNotDone : t.markDone}</button>
      </div>
      <div class="actions pager" part="actions">
        ${index > 0 ? html`<button type="button" @click=${() => this.openStep(definition, definition.steps[index - 1]!.id)}>${t.back}</button>` : nothing}
        <button
          type="button"
          class="primary next"
          @click=${() => (index < total - 1 ? this.openStep(definition, definition.steps[index + 1]!.id) : this.openSummary(definition))}
        >
          ${index < total - 1 ? t.next : t.seeSummary}
        </button>
      </div>
    </section>`;
  }

  private renderSummary(definition: StepperDefinition, progress: StepperProgress, t: StepperStrings): TemplateResult {
    return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading" part="heading" tabindex="-1">${t.summary}</h3>
      <ol class="summary-steps">
        ${definition.steps.map((step, i) => {
          const status = progress.steps[i]!.status;
          const notes = step.prompts
            .map((prompt) => ({ prompt, note: noteOf(this.data, step.id, prompt.id) }))
            .filter((n) => n.note.trim());
          return html`<li class="summary-step">
            <h4><span class="letter" aria-hidden="true">${letterOf(step, i)}</span> ${step.title}</h4>
            <p class="status ${status}">${statusLabel(t, status)}</p>
            <p>${step.summary}</p>
            ${
              notes.length
                ? html`<dl class="notes">
                  ${notes.map(
                    (n) => html`<dt>${n.prompt.text}</dt>
                      <dd class="note">${n.note.trim()}</dd>`,
                  )}
                </dl>`
                : html`<p class="muted">${t.noNotes}</p>`
            }
            <p><strong>${t.practice}:</strong> ${step.practice.text}</p>
            ${this.renderReminder(definition, step, t, 'summary')}
          </li>`;
        })}
      </ol>
      <div class="actions" part="actions">
        <button type="button" @click=${() => window.print()}>${t.print}</button>
        <button type="button" @click=${() => this.downloadMarkdown(definition)}>${t.downloadMarkdown}</button>
        <button type="button" @click=${() => this.copySummary(definition)}>${t.copy}</button>
        <button type="button" @click=${() => this.openStep(definition, progress.current)}>${t.backToSteps}</button>
      </div>
    </section>`;
  }
}
