import type { ChecklistProgress } from '../progress.js';
import type { ChecklistBand, ChecklistDefinition } from '../schemas/checklist.js';
import { scoreChecklist, type ChecklistResult } from '../score-checklist.js';
import type { Effect, Transition } from './effects.js';

/** Where the checklist came from: a writer's list keeps what is checked when its text is edited. */
export type ChecklistOrigin = 'property' | 'script' | 'list' | 'src' | 'preset';

export interface ChecklistState {
  definition: ChecklistDefinition;
  origin: ChecklistOrigin;
  /** Checked item ids, in the list's order. */
  checked: readonly string[];
  /** Whether the reader asked what the ticks mean ("See what this means"): the full takeaway shows. */
  revealed: boolean;
}

/** What the live region says, in the element's language. */
export type ChecklistAnnouncement =
  | { key: 'count'; count: number; total: number }
  /** A safety sign is ticked: support is shown, and no takeaway. */
  | { key: 'count-and-support'; count: number; total: number }
  | { key: 'support' }
  | { key: 'count-and-takeaway'; count: number; total: number; band: ChecklistBand }
  /** Before the reader asks what it means: the count and the band reached so far. */
  | { key: 'count-and-band'; count: number; total: number; band: ChecklistBand }
  | { key: 'takeaway'; band: ChecklistBand }
  | { key: 'reset' };

export type ChecklistAction =
  | { type: 'toggle'; id: string; checked: boolean }
  /** "See what this means": shows the full takeaway, moves focus to it and completes. */
  | { type: 'reveal' }
  /** The reader's Reset, or the surrounding form's reset (no events, nothing announced). */
  | { type: 'reset'; by: 'reader' | 'form' }
  /** The host set `checked`: exactly these items, without events. */
  | { type: 'set'; ids: readonly string[] };

export type ChecklistEffect = Effect<'checklist', ChecklistAnnouncement>;
export type ChecklistTransition = Transition<ChecklistState, 'checklist', ChecklistAnnouncement>;

/** The known ids among `ids`, in the definition's order. */
function known(definition: ChecklistDefinition, ids: Iterable<unknown>): string[] {
  const wanted = new Set(ids);
  return definition.items.filter((item) => wanted.has(item.id)).map((item) => item.id);
}

/** Saving nothing checked and nothing revealed forgets the record instead. */
function keep(state: ChecklistState): ChecklistEffect {
  return state.checked.length === 0 && !state.revealed
    ? { type: 'clear' }
    : { type: 'save', data: { checked: [...state.checked], revealed: state.revealed } };
}

const scores = new WeakMap<ChecklistState, ChecklistResult>();

/** The score of what is checked. Sessions never change in place, so each one is scored once. */
export function scoreOf(state: ChecklistState): ChecklistResult {
  let result = scores.get(state);
  if (!result) scores.set(state, (result = scoreChecklist(state.definition, state.checked)));
  return result;
}

/** Whether the full takeaway shows: once the reader asked for it ("See what this means"). */
export const takeawayShown = (state: ChecklistState): boolean => state.revealed;

/** Whether there is anything to say yet: something checked, or the takeaway asked for. */
export const checklistStarted = (state: ChecklistState): boolean => state.revealed || state.checked.length > 0;

/**
 * Support comes first when a safety sign is ticked, whatever else is, and where the list reads as
 * warning signs and its highest band is reached (as soon as it is, before the reader asks).
 */
export function needsSupport(state: ChecklistState): boolean {
  const { definition } = state;
  if (!checklistStarted(state)) return false;
  if (scoreOf(state).safety.length > 0) return true;
  if (definition.polarity !== 'warning') return false;
  const top = definition.bands.reduce((a, b) => (b.min > a.min ? b : a));
  return scoreOf(state).band.id === top.id;
}

export interface ChecklistInit {
  origin: ChecklistOrigin;
  saved?: ChecklistProgress | null;
  previous?: ChecklistState;
  /** Ids the host set before the definition arrived: they win over anything saved. */
  pending?: readonly string[];
}

/**
 * The session for a newly accepted definition. The same checklist (or an edited writer's list)
 * keeps what is checked, and an edited list's saved record moves to its new id; another checklist
 * starts from what was saved for it, or from nothing.
 */
export function initChecklist(definition: ChecklistDefinition, init: ChecklistInit): ChecklistTransition {
  const { previous, pending, saved, origin } = init;
  const same =
    !!previous && (previous.definition.id === definition.id || (origin === 'list' && previous.origin === 'list'));
  let ids: Iterable<unknown> = saved?.checked ?? [];
  let revealed = saved?.revealed ?? false;
  const effects: ChecklistEffect[] = [];
  if (pending) {
    ids = pending;
    revealed = false;
  } else if (same) {
    ids = previous.checked;
    revealed = previous.revealed;
    if (previous.definition.id !== definition.id) effects.push({ type: 'clear', id: previous.definition.id });
  }
  const state: ChecklistState = { definition, origin, checked: known(definition, ids), revealed };
  if (same) effects.push(keep(state));
  return { state, effects };
}

/** The checklist's rules: what each action does, and what the element must do. */
export function reduceChecklist(state: ChecklistState, action: ChecklistAction): ChecklistTransition {
  const { definition } = state;
  switch (action.type) {
    case 'toggle': {
      // What the reader saw before: support alone, a band (so far, or its takeaway), or nothing yet.
      const shown = (s: ChecklistState) => {
        const score = scoreOf(s);
        return score.safety.length ? 'support' : checklistStarted(s) ? score.band.id : null;
      };
      const before = shown(state);
      const ids = new Set(state.checked);
      if (action.checked) ids.add(action.id);
      else ids.delete(action.id);
      // Ticking alone never reveals the full takeaway: the reader asks for it.
      const next: ChecklistState = { ...state, checked: known(definition, ids) };
      const result = scoreOf(next);
      const counts = { count: result.count, total: result.total };
      // Support, the band so far or the takeaway is announced when it first appears and whenever it changes.
      const after = shown(next);
      const message: ChecklistAnnouncement =
        after === before || after === null
          ? { key: 'count', ...counts }
          : after === 'support'
            ? { key: 'count-and-support', ...counts }
            : { key: next.revealed ? 'count-and-takeaway' : 'count-and-band', ...counts, band: result.band };
      return {
        state: next,
        effects: [
          { type: 'announce', message },
          keep(next),
          { type: 'emit', name: 'recipro-change', detail: { id: action.id, checked: action.checked, ...counts } },
        ],
      };
    }
    case 'reveal': {
      const next: ChecklistState = { ...state, revealed: true };
      const result = scoreOf(next);
      // A ticked safety sign: support is already on screen, alone; there is no takeaway to move to.
      const effects: ChecklistEffect[] = result.safety.length
        ? [{ type: 'announce', message: { key: 'support' } }]
        : [
            { type: 'announce', message: { key: 'takeaway', band: result.band } },
            { type: 'focus', target: 'takeaway' },
          ];
      return { state: next, effects: [...effects, keep(next), { type: 'complete', result }] };
    }
    case 'reset': {
      const next: ChecklistState = { ...state, checked: [], revealed: false };
      if (action.by === 'form') return { state: next, effects: [keep(next)] };
      const total = definition.items.length;
      const unchecked = state.checked;
      return {
        state: next,
        effects: [
          { type: 'announce', message: { key: 'reset' } },
          keep(next),
          // One event per item unchecked, counting down.
          ...unchecked.map((id, index): ChecklistEffect => ({
            type: 'emit',
            name: 'recipro-change',
            detail: { id, checked: false, count: unchecked.length - index - 1, total },
          })),
        ],
      };
    }
    case 'set': {
      const next: ChecklistState = { ...state, checked: known(definition, action.ids) };
      return { state: next, effects: [keep(next)] };
    }
  }
}
