import type { StepEntry, StepperData } from '../progress.js';
import type { StepperDefinition } from '../schemas/stepper.js';
import { stepperProgress, type StepperProgress } from '../stepper-progress.js';
import type { Effect, Transition } from './effects.js';

export interface StepperState {
  definition: StepperDefinition;
  /** The open step (on the summary: the step the reader came from). Always a step of the definition. */
  current: string;
  steps: Readonly<Record<string, StepEntry>>;
  screen: 'step' | 'summary';
}

/** What the live region says, in the element's language. */
export type StepperAnnouncement =
  | { key: 'marked'; title: string; done: boolean; count: number; total: number; complete: boolean }
  | { key: 'keeping'; on: boolean }
  | { key: 'cleared' };

export type StepperAction =
  | { type: 'open'; step: string }
  | { type: 'summary' }
  | { type: 'write'; step: string; prompt: string; text: string }
  /** The reader left a notes field they changed (the field's `change`). */
  | { type: 'noted'; step: string }
  | { type: 'toggle-done'; step: string }
  /** "Done — next step": marks the step done (if not yet) and opens the next step (the summary after the last). */
  | { type: 'done-next'; step: string }
  /** The reader ticked or unticked "Keep my notes on this device". */
  | { type: 'keep'; on: boolean }
  /** "Clear my notes", confirmed: notes and progress go, the open step stays. */
  | { type: 'clear' };

export type StepperEffect = Effect<'stepper', StepperAnnouncement>;
export type StepperTransition = Transition<StepperState, 'stepper', StepperAnnouncement>;

/** The reader's work as it is saved. */
export const dataOf = (state: StepperState): StepperData => ({ current: state.current, steps: { ...state.steps } });

const progresses = new WeakMap<StepperState, StepperProgress>();

/** Each step's status and the counts (never the notes). Sessions never change in place: computed once each. */
export function progressOf(state: StepperState): StepperProgress {
  let progress = progresses.get(state);
  if (!progress) progresses.set(state, (progress = stepperProgress(state.definition, dataOf(state))));
  return progress;
}

/** The reader's non-empty notes, by step id then prompt id, in the definition's order. */
export function notesOf(state: StepperState): Record<string, Record<string, string>> {
  const notes: Record<string, Record<string, string>> = {};
  for (const step of state.definition.steps) {
    for (const prompt of step.prompts) {
      const note = state.steps[step.id]?.notes?.[prompt.id] ?? '';
      if (note.trim()) (notes[step.id] ??= {})[prompt.id] = note;
    }
  }
  return notes;
}

export interface StepperInit {
  saved?: StepperData | null;
  previous?: StepperState;
  /** The host's `start-step`: opened when the reader has no place of their own. */
  startStep?: string;
}

/**
 * The session for a newly accepted definition: the saved work for it, else (same id, a new
 * version) the work on screen, else a clean start. The reader's own place wins over `start-step`;
 * a `start-step` that names no step is reported (a `warn` effect) and ignored.
 */
export function initStepper(
  definition: StepperDefinition,
  { saved, previous, startStep }: StepperInit = {},
): StepperTransition {
  const sameId = previous?.definition.id === definition.id;
  // The same definition again (the element was moved or reconnected): the reader stays where they were.
  const stillThere = definition.steps.some((step) => step.id === previous?.current);
  if (previous && sameId && previous.definition.version === definition.version && stillThere) {
    return { state: { ...previous, definition }, effects: [] };
  }
  const data: StepperData = saved ?? (sameId && previous ? dataOf(previous) : {});
  const ids = definition.steps.map((step) => step.id);
  const effects: StepperEffect[] = [];
  if (startStep && !ids.includes(startStep)) {
    effects.push({
      type: 'warn',
      message:
        `<recipro-stepper>: start-step "${startStep}" is not a step of "${definition.id}" ` +
        `(steps: ${ids.join(', ')}).`,
    });
  }
  const wanted = data.current && ids.includes(data.current) ? data.current : startStep;
  const current = stepperProgress(definition, {
    ...data,
    current: wanted && ids.includes(wanted) ? wanted : undefined,
  }).current;
  // Entries of steps this definition no longer has are dropped, as the quiz drops impossible answers.
  const steps = Object.fromEntries(Object.entries(data.steps ?? {}).filter(([id]) => ids.includes(id)));
  return { state: { definition, current, steps, screen: 'step' }, effects };
}

const save = (state: StepperState): StepperEffect => ({ type: 'save', data: dataOf(state) });

/** `patches` merged into the named steps' entries. */
function patched(state: StepperState, patches: Record<string, StepEntry>): StepperState['steps'] {
  const steps = { ...state.steps };
  for (const [id, patch] of Object.entries(patches)) steps[id] = { ...steps[id], ...patch };
  return steps;
}

const isStep = (state: StepperState, id: string) => state.definition.steps.some((step) => step.id === id);

/** The stepper's rules: what each reader action does, and what the element must do. */
export function reduceStepper(state: StepperState, action: StepperAction): StepperTransition {
  switch (action.type) {
    case 'open': {
      if (!isStep(state, action.step)) return { state, effects: [] };
      const from = state.current;
      // A step is in progress once the reader has been on it and moved, written or marked it.
      const patches: Record<string, StepEntry> = { [action.step]: { visited: true } };
      if (state.screen === 'step') patches[from] = { visited: true };
      const next: StepperState = { ...state, current: action.step, steps: patched(state, patches), screen: 'step' };
      const effects: StepperEffect[] = [{ type: 'focus', target: 'step-heading' }, save(next)];
      if (from !== action.step)
        effects.push({ type: 'emit', name: 'recipro-step-change', detail: { from, to: action.step } });
      return { state: next, effects };
    }
    case 'summary': {
      const steps = state.screen === 'step' ? patched(state, { [state.current]: { visited: true } }) : state.steps;
      const next: StepperState = { ...state, steps, screen: 'summary' };
      return { state: next, effects: [{ type: 'focus', target: 'summary-heading' }, save(next)] };
    }
    case 'write': {
      if (!isStep(state, action.step)) return { state, effects: [] };
      const notes = { ...state.steps[action.step]?.notes };
      if (action.text) notes[action.prompt] = action.text;
      else delete notes[action.prompt];
      const next: StepperState = { ...state, steps: patched(state, { [action.step]: { visited: true, notes } }) };
      // Saved on every input, so a closed tab loses nothing.
      return { state: next, effects: [save(next)] };
    }
    case 'noted':
      return {
        state,
        effects: [{ type: 'emit', name: 'recipro-change', detail: { id: action.step, change: 'notes' } }],
      };
    case 'toggle-done': {
      const step = state.definition.steps.find((s) => s.id === action.step);
      if (!step) return { state, effects: [] };
      const done = !state.steps[step.id]?.done;
      const next: StepperState = { ...state, steps: patched(state, { [step.id]: { visited: true, done } }) };
      const progress = progressOf(next);
      const effects: StepperEffect[] = [
        save(next),
        // Unmarked, the button that did it goes: focus moves to "Done — next step", which takes its place.
        ...(done ? [] : [{ type: 'focus', target: 'step-done' } as const]),
        {
          type: 'announce',
          message: {
            key: 'marked',
            title: step.title,
            done,
            count: progress.done,
            total: progress.total,
            complete: progress.complete,
          },
        },
        { type: 'emit', name: 'recipro-change', detail: { id: step.id, change: done ? 'done' : 'not-done' } },
      ];
      if (done && progress.complete) effects.push({ type: 'complete', result: progress, notes: notesOf(next) });
      return { state: next, effects };
    }
    case 'done-next': {
      const index = state.definition.steps.findIndex((s) => s.id === action.step);
      if (index < 0) return { state, effects: [] };
      const marked = state.steps[action.step]?.done
        ? { state, effects: [] }
        : reduceStepper(state, { type: 'toggle-done', step: action.step });
      const next = state.definition.steps[index + 1];
      const moved = reduceStepper(marked.state, next ? { type: 'open', step: next.id } : { type: 'summary' });
      // One save, of where the reader ends up.
      const effects = [...marked.effects.filter((e) => e.type !== 'save'), ...moved.effects];
      return { state: moved.state, effects };
    }
    case 'keep':
      return {
        state,
        effects: [
          action.on ? save(state) : { type: 'clear' },
          { type: 'announce', message: { key: 'keeping', on: action.on } },
        ],
      };
    case 'clear': {
      const next: StepperState = { ...state, steps: {} };
      // "Clear my notes" goes with the notes: focus moves to the heading of what is open.
      const heading = state.screen === 'summary' ? 'summary-heading' : 'step-heading';
      return {
        state: next,
        effects: [
          { type: 'clear' },
          { type: 'focus', target: heading },
          { type: 'announce', message: { key: 'cleared' } },
        ],
      };
    }
  }
}
