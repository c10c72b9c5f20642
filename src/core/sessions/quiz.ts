import type { QuizProgress } from '../progress.js';
import type { QuizDefinition, QuizItem } from '../schemas/quiz.js';
import { scoreQuiz, type QuizResult } from '../score-quiz.js';
import type { Effect, Transition } from './effects.js';

/** Where the reader is. Only the result screen has a result, so no code has to assume one. */
export type QuizView =
  | { screen: 'intro' }
  | { screen: 'questions'; index: number }
  /** `rest`: the reader asked to see the rest of a result that put safety first. */
  | { screen: 'result'; result: QuizResult; rest?: boolean };

/** Why the reader cannot move on yet: a required question (by its index) has no answer. */
export interface QuizHint {
  kind: 'required' | 'missing';
  index: number;
}

/** What the live region says, in the element's language. */
export type QuizAnnouncement = { key: 'result-ready'; band: string | null } | { key: 'cleared' };

export type QuizLayout = 'paged' | 'list';

export interface QuizState {
  definition: QuizDefinition;
  layout: QuizLayout;
  answers: Readonly<Record<string, number>>;
  view: QuizView;
  startedAt?: Date;
  hint: QuizHint | null;
  /** Set when a definition replaced the one the reader was part-way through. */
  notice: 'restarted' | null;
}

export type QuizAction =
  | { type: 'start'; now: Date }
  | { type: 'answer'; id: string; value: number }
  /** Paged layout: the next question, or the result after the last. */
  | { type: 'next' }
  | { type: 'back' }
  /** List layout: the result, once every required question is answered. */
  | { type: 'finish' }
  | { type: 'retake'; now: Date }
  | { type: 'clear-stored' }
  /** The reader or host changed the layout attribute. */
  | { type: 'layout'; layout: QuizLayout }
  /** The surrounding form was reset: everything is forgotten. */
  | { type: 'reset' }
  /** After a safety concern: "Show the rest of my result". */
  | { type: 'show-rest' };

export type QuizEffect = Effect<'quiz', QuizAnnouncement>;
export type QuizTransition = Transition<QuizState, 'quiz', QuizAnnouncement>;

/** Questions with a safety rule (scored or not) always count; scored ones unless the definition allows gaps. */
export function isRequired(definition: QuizDefinition, item: QuizItem): boolean {
  return definition.missing?.policy !== 'minimum' || item.dimension === undefined || item.safety !== undefined;
}

/** The index of the first required question without an answer, or -1. */
export function firstGap(definition: QuizDefinition, answers: Readonly<Record<string, number>>): number {
  return definition.items.findIndex((item) => answers[item.id] === undefined && isRequired(definition, item));
}

/** Only the answers this definition could have given: known questions, values of their scales. */
export function possibleAnswers(definition: QuizDefinition, answers: Readonly<Record<string, number>>) {
  const scales = new Map(definition.scales.map((s) => [s.id, new Set(s.options.map((o) => o.value))]));
  const values = new Map(definition.items.map((item) => [item.id, scales.get(item.scale)]));
  return Object.fromEntries(Object.entries(answers).filter(([id, value]) => values.get(id)?.has(value)));
}

const key = (definition: QuizDefinition) => `${definition.id}@${definition.version}`;

/** Whether the answers and place on screen still fit `definition` (an inline script may change, same version). */
function placeFits(state: QuizState, definition: QuizDefinition): boolean {
  if (state.definition === definition) return true;
  // Another question set under the same id and version: a result or a place in it no longer holds.
  const ids = (d: QuizDefinition) => d.items.map((item) => item.id).join('\n');
  if (state.view.screen !== 'intro' && ids(state.definition) !== ids(definition)) return false;
  const index = state.view.screen === 'questions' ? state.view.index : 0;
  const answers = Object.keys(state.answers).length;
  return index < definition.items.length && Object.keys(possibleAnswers(definition, state.answers)).length === answers;
}

export interface QuizInit {
  /** What was saved for this definition, if the element keeps progress. */
  saved?: QuizProgress | null;
  /** The session the element showed before this definition arrived. */
  previous?: QuizState;
  layout?: QuizLayout;
}

/**
 * The session for a newly accepted definition. The same definition again (reconnected) keeps the
 * reader's place if it still fits; a replaced definition starts clean, with a notice when the
 * reader was part-way through; saved progress resumes at the first unanswered required question.
 */
export function initQuiz(
  definition: QuizDefinition,
  { saved, previous, layout = 'paged' }: QuizInit = {},
): QuizTransition {
  if (previous && key(previous.definition) === key(definition) && placeFits(previous, definition)) {
    return { state: { ...previous, definition, layout }, effects: [] };
  }
  const midway = !!previous && (previous.view.screen !== 'intro' || Object.keys(previous.answers).length > 0);
  // Resuming saved progress is not starting again.
  const resuming = !!saved?.started;
  const fresh: QuizState = {
    definition,
    layout,
    answers: {},
    view: { screen: 'intro' },
    hint: null,
    notice: midway && !resuming ? 'restarted' : null,
  };
  const effects: QuizEffect[] = previous ? [{ type: 'discard' }] : [];
  if (!saved) return { state: fresh, effects };
  const answers = possibleAnswers(definition, saved.answers);
  if (!saved.started) return { state: { ...fresh, answers }, effects };
  const gap = firstGap(definition, answers);
  const position = gap >= 0 ? Math.min(saved.position ?? 0, gap) : (saved.position ?? 0);
  const resumed: QuizState = {
    ...fresh,
    answers,
    view: { screen: 'questions', index: Math.min(position, definition.items.length - 1) },
  };
  if (position < definition.items.length) return { state: resumed, effects };
  // Finished on an earlier visit: show the result again, quietly.
  const result = scoreQuiz(definition, answers);
  return {
    state: { ...resumed, view: { screen: 'result', result } },
    effects: [...effects, { type: 'complete', result, answers, quiet: true }],
  };
}

const progress = (state: QuizState, position: number): QuizEffect => ({
  type: 'save',
  data: { answers: { ...state.answers }, position, started: true },
});

function finish(state: QuizState): QuizTransition {
  const result = scoreQuiz(state.definition, state.answers);
  const next: QuizState = { ...state, view: { screen: 'result', result }, hint: null };
  return {
    state: next,
    effects: [
      { type: 'focus', target: 'result-heading' },
      progress(state, state.definition.items.length),
      { type: 'announce', message: { key: 'result-ready', band: result.band?.band.label ?? null } },
      { type: 'complete', result, answers: { ...state.answers }, startedAt: state.startedAt },
    ],
  };
}

function start(state: QuizState, now: Date): QuizTransition {
  const next: QuizState = {
    ...state,
    view: { screen: 'questions', index: 0 },
    startedAt: now,
    notice: null,
    hint: null,
  };
  return {
    state: next,
    effects: [
      // A question's radio group (its checked or first option), so its name is read and arrows work at once.
      { type: 'focus', target: state.layout === 'paged' ? 'item-0' : 'questions-heading' },
      progress(next, 0),
      { type: 'emit', name: 'recipro-start', detail: {} },
    ],
  };
}

/** The quiz's rules: what each reader action does to the session, and what the element must do. */
export function reduceQuiz(state: QuizState, action: QuizAction): QuizTransition {
  const { definition, view } = state;
  const index = view.screen === 'questions' ? view.index : 0;
  switch (action.type) {
    case 'start':
      return start(state, action.now);
    case 'retake':
      return withDiscard(start({ ...state, answers: {} }, action.now));
    case 'answer': {
      const answers = { ...state.answers, [action.id]: action.value };
      const next: QuizState = { ...state, answers, hint: null };
      return {
        state: next,
        effects: [
          progress(next, index),
          { type: 'emit', name: 'recipro-change', detail: { id: action.id, value: action.value } },
        ],
      };
    }
    case 'next': {
      if (view.screen !== 'questions') return { state, effects: [] };
      const item = definition.items[index];
      if (item && state.answers[item.id] === undefined && isRequired(definition, item)) {
        return {
          state: { ...state, hint: { kind: 'required', index } },
          effects: [{ type: 'focus', target: `item-${index}` }],
        };
      }
      if (index >= definition.items.length - 1) return finish(state);
      const next: QuizState = { ...state, view: { screen: 'questions', index: index + 1 }, hint: null };
      return { state: next, effects: [{ type: 'focus', target: `item-${index + 1}` }, progress(next, index + 1)] };
    }
    case 'back':
      if (view.screen !== 'questions') return { state, effects: [] };
      if (index === 0 || state.layout === 'list') {
        return {
          state: { ...state, view: { screen: 'intro' }, hint: null },
          effects: [{ type: 'focus', target: 'intro-heading' }],
        };
      }
      return {
        state: { ...state, view: { screen: 'questions', index: index - 1 }, hint: null },
        effects: [{ type: 'focus', target: `item-${index - 1}` }],
      };
    case 'finish': {
      if (view.screen !== 'questions') return { state, effects: [] };
      const gap = firstGap(definition, state.answers);
      if (gap < 0) return finish(state);
      return {
        state: { ...state, hint: { kind: 'missing', index: gap } },
        effects: [{ type: 'focus', target: `item-${gap}` }],
      };
    }
    case 'show-rest':
      if (view.screen !== 'result' || view.rest) return { state, effects: [] };
      return {
        state: { ...state, view: { ...view, rest: true } },
        effects: [{ type: 'focus', target: 'result-rest' }],
      };
    case 'clear-stored':
      return { state, effects: [{ type: 'clear' }, { type: 'announce', message: { key: 'cleared' } }] };
    case 'layout':
      return { state: { ...state, layout: action.layout, hint: null }, effects: [] };
    case 'reset':
      return {
        state: { ...state, answers: {}, view: { screen: 'intro' }, hint: null, notice: null, startedAt: undefined },
        effects: [{ type: 'clear' }, { type: 'discard' }],
      };
  }
}

function withDiscard(step: QuizTransition): QuizTransition {
  return { state: step.state, effects: [{ type: 'discard' }, ...step.effects] };
}
