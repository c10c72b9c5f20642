import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import {
  dataOf,
  DEFAULT_EXPIRY_DAYS,
  initStepper,
  notesOf,
  progressOf,
  reduceStepper,
  type Resources,
  type StepperAction,
  type StepperAnnouncement,
  type StepperData,
  type StepperDefinition,
  type StepperProgress,
  type StepperState,
  type StepperStep,
} from '../../core/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { persistMode, type PersistMode } from '../shared/persist-controller.js';
import { ReciproElement } from '../shared/recipro-element.js';
import { parseInclude } from '../shared/submit.js';
import { footerView } from '../shared/views.js';
import { DEFAULT_STEPPER, stepperPresets } from '../../content/stepper/presets.js';
import { openStep, stepList, summary, type StepperView } from './stepper-views.js';
import { stepperStyles } from './stepper.styles.js';
import { stepperStrings, type StepperStrings } from './stepper-strings.js';

/**
 * The seven RECIPRO steps as a guided, private reflection: a step list with statuses, one step at
 * a time with prompts, notes, a practice and an example, and a summary to print, download or copy.
 * Each step has one way on, "Done — next step"; focus then moves to the next step's heading.
 * Notes stay on the page unless the reader (or the host, with `persist`) keeps them on the device;
 * "Clear my notes" appears once there are notes to clear.
 * Its rules live in `src/core/sessions/stepper.ts`; this class is its templates and wiring.
 *
 * @summary A private, step-by-step reflection with notes and a summary to keep.
 * @tagname recipro-stepper
 *
 * @slot - Optionally a `<script type="application/json">` holding a stepper definition.
 *
 * @fires {CustomEvent<ReciproStepChangeDetail>} recipro-step-change - The reader opened another step. Detail:
 * `{ from, to }` (step ids). Opening the summary is not a step change.
 * @fires {CustomEvent<StepperChangeDetail>} recipro-change - The reader changed a step. Detail: `{ id, change }`,
 * `change` being `notes`, `done` or `not-done`; never the note text.
 * @fires {CustomEvent<ResultPayload>} recipro-complete - Every step is done: the reader pressed "Done — next step" on
 * the last one not yet done. Detail: the result payload with each step's status; notes only with
 * `submit-include="notes"`.
 *
 * @csspart progress - The "3 of 7 done" line and its progress bar.
 * @csspart privacy - Where the notes are kept, and the button that clears them (once there are notes).
 * @csspart steps - The step list (a row of 44 px letters at narrow widths, the open step's filled).
 * @csspart step - The open step.
 * @csspart heading - The heading of the open step or of the summary.
 * @csspart prompt - One prompt with its notes field.
 * @csspart notes - A notes field.
 * @csspart practice - The step's practice.
 * @csspart summary - The summary.
 *
 * @cssprop --recipro-accent - Accent colour of buttons, letters and focus marks.
 * @cssprop --recipro-surface - Background.
 * @cssprop --recipro-surface-alt - Background of panels.
 * @cssprop --recipro-text - Text colour.
 * @cssprop --recipro-muted - Secondary text colour, and the edges of notes fields.
 * @cssprop --recipro-border - Border colour.
 * @cssprop --recipro-focus - Focus outline colour.
 * @cssprop --recipro-warning - Notice colour.
 * @cssprop --recipro-font - Font family (inherits from the page by default).
 */
export class ReciproStepper extends ReciproElement<'stepper', StepperState, StepperAction, StepperAnnouncement> {
  static override styles = [baseStyles, stepperStyles];

  /** Reactive properties; the fields below carry their documentation. */
  static override properties: PropertyDeclarations = {
    startStep: { attribute: 'start-step' },
    keepNotes: { state: true, attribute: false },
    confirmingClear: { state: true, attribute: false },
  };

  /** The id of the step to open first, when the reader has no saved place. */
  startStep?: string;

  /** The reader ticked "Keep my notes on this device" (only offered when the host sets no `persist`). */
  private keepNotes = false;
  private confirmingClear = false;

  constructor() {
    super({
      kind: 'stepper',
      reduce: reduceStepper,
      presets: stepperPresets,
      defaultPreset: DEFAULT_STEPPER,
      readerOptIn: true,
    });
  }

  /** Each step's status and the counts, without the notes. */
  get progress(): StepperProgress | undefined {
    return this.session ? progressOf(this.session) : undefined;
  }

  /** The current definition, once loaded and valid. */
  get stepper(): StepperDefinition | undefined {
    return this.session?.definition;
  }

  private get t(): StepperStrings {
    return stepperStrings(this.language);
  }

  protected override persistMode(): PersistMode | null {
    return persistMode(this.persist) ?? (this.keepNotes ? 'local' : null);
  }

  protected override restore(definition: StepperDefinition): StepperData | null {
    // A reader who ticked "Keep my notes" on an earlier visit left a record here.
    if (!persistMode(this.persist) && !this.keepNotes) this.keepNotes = this.persistence.hasLocalRecord(definition.id);
    return super.restore(definition);
  }

  protected init(definition: StepperDefinition, saved: StepperData | null, previous?: StepperState) {
    this.confirmingClear = false;
    return initStepper(definition, { saved, previous, startStep: this.startStep });
  }

  protected announcement(message: StepperAnnouncement): string {
    const t = this.t;
    if (message.key === 'cleared') return t.notesCleared;
    if (message.key === 'keeping') return message.on ? t.keepingNotes : t.notKeepingNotes;
    const line = (message.done ? t.markedDone : t.markedNotDone)(message.title, message.count, message.total);
    return message.complete ? `${line} ${t.allDone}` : line;
  }

  private setKeep(on: boolean): void {
    if (on) this.keepNotes = true;
    this.dispatch({ type: 'keep', on });
    if (!on) this.keepNotes = false;
  }

  private clearNotes(): void {
    this.dispatch({ type: 'clear' });
    if (!persistMode(this.persist)) this.keepNotes = false;
    this.confirmingClear = false;
  }

  // The summary, download and calendar code loads when the reader asks for it (the summary's as it shows).
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.session?.screen === 'summary')
      this.prefetch('stepper-summary', () => Promise.all([import('./stepper-summary.js'), import('./download.js')]));
  }

  /** "Download my notes": the summary as a Markdown file, readable as plain text. */
  private downloadNotes(state: StepperState): void {
    this.attempt(async () => {
      const [{ summaryMarkdown }, { downloadText }] = await Promise.all([
        import('./stepper-summary.js'),
        import('./download.js'),
      ]);
      const markdown = summaryMarkdown(state.definition, dataOf(state), this.t, this.language);
      downloadText(this.renderRoot, `${state.definition.id}-notes.md`, markdown, 'text/markdown;charset=utf-8');
    });
  }

  private downloadReminder(definition: StepperDefinition, step: StepperStep): void {
    const reminder = step.practice.reminder!;
    this.attempt(async () => {
      const [{ reminderCalendar }, { downloadText }, { createKey }] = await Promise.all([
        import('./ics.js'),
        import('./download.js'),
        import('../../core/key.js'),
      ]);
      // The first reminder comes one interval from now: the reader is doing the practice today.
      const start = new Date();
      start.setDate(start.getDate() + 7 * reminder.everyWeeks);
      const text = reminderCalendar({
        title: reminder.title,
        description: `${step.practice.text}\n\n${this.t.reminderFrom(definition.title, step.title)}`,
        everyWeeks: reminder.everyWeeks,
        start,
        uid: createKey(),
      });
      downloadText(this.renderRoot, `${step.id}-reminder.ics`, text, 'text/calendar;charset=utf-8');
    });
  }

  private copySummary(state: StepperState): void {
    this.copy(async () => {
      const { summaryText } = await import('./stepper-summary.js');
      return summaryText(state.definition, dataOf(state), this.t, this.language);
    });
  }

  /** From any step, a quiet way to the helplines: opens them at the foot and moves focus there. */

  protected renderReady(state: StepperState): TemplateResult {
    const { definition } = state;
    const t = this.t;
    const progress = progressOf(state);
    const view: StepperView = {
      state,
      progress,
      t,
      act: (action) => this.dispatch(action),
      remind: (step) => this.downloadReminder(definition, step),
      download: () => this.downloadNotes(state),
      copy: () => this.copySummary(state),
      copyLabel: this.copyLabel,
    };
    // The open step is updated in place: rebuilding it would remove the focused heading mid-update.
    const open = state.screen === 'summary' ? summary(view) : openStep(view);
    return html`<header class="head">
        <h2 class="title">${definition.title}</h2>
        ${definition.intro ? html`<p class="intro">${definition.intro}</p>` : nothing}
      </header>
      <div class="progress" part="progress">
        <p id="progress-label">${t.doneOf(progress.done, progress.total)}</p>
        <progress max=${progress.total} value=${progress.done} aria-labelledby="progress-label"></progress>
      </div>
      ${this.renderPrivacy()}
      <div class="layout">${stepList(view)} ${open}</div>
      ${
        definition.resources
          ? // Redrawn only when what it shows changes, not on every step switch.
            html`<details class="resources-more">
            <summary>${t.supportLink}</summary>
            ${guard([definition.resources, this.region, this.language, this.support, this.supportFailed], () =>
              this.withSupport((code) => this.renderSupport(code, definition.resources!)),
            )}
          </details>`
          : nothing
      }
      ${footerView(definition.disclaimer, definition.attribution)}`;
  }

  /** The way out, then the helplines (the reader's region's first), in the fold under the steps. */
  private renderSupport(code: NonNullable<typeof this.support>, resources: Resources): TemplateResult {
    const t = this.t;
    return html`${code.quickExitView(t, () => this.leave())}
    ${code.resourcesView(resources, { level: 'h4', region: this.region, t, language: this.language })}`;
  }

  private renderPrivacy(): TemplateResult {
    const t = this.t;
    const hostMode = persistMode(this.persist);
    const shared = parseInclude(this.submitInclude).includes('notes');
    const kept = hostMode === 'session' ? t.keptSession : t.keptLocal(DEFAULT_EXPIRY_DAYS);
    const noted = !!this.session && Object.keys(notesOf(this.session)).length > 0;
    return html`<div class="privacy no-print" part="privacy">
      ${
        hostMode
          ? html`<p class="muted">${kept}</p>`
          : html`<div class="keep">
              <input
                type="checkbox"
                id="keep"
                .checked=${live(this.keepNotes)}
                aria-describedby="keep-hint"
                @change=${(e: Event) => this.setKeep((e.target as HTMLInputElement).checked)}
              />
              <label for="keep">${t.keepNotes}</label>
            </div>
            <p class="muted" id="keep-hint">${this.keepNotes ? t.keepNotesOn(DEFAULT_EXPIRY_DAYS) : t.keepNotesOff}</p>`
      }
      ${shared ? html`<p class="muted">${t.notesShared}</p>` : nothing} ${this.renderNotSaved()}
      ${
        !noted
          ? nothing
          : this.confirmingClear
            ? html`<div class="confirm" role="group" aria-labelledby="clear-question">
            <p id="clear-question">${t.clearQuestion}</p>
            <div class="buttons">
              <button type="button" id="clear-cancel" @click=${() => this.askClear(false)}>${t.clearCancel}</button>
              <button type="button" class="danger" @click=${() => this.clearNotes()}>${t.clearConfirm}</button>
            </div>
          </div>`
            : html`<button type="button" id="clear" class="quiet" @click=${() => this.askClear(true)}>
            ${t.clearNotes}
          </button>`
      }
    </div>`;
  }

  /** Shows or hides the "Clear my notes?" confirmation, moving focus into it or back to its button. */
  private askClear(asking: boolean): void {
    this.confirmingClear = asking;
    this.focusOn(asking ? 'clear-cancel' : 'clear');
  }
}
