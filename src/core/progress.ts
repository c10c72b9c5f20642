import { DEFAULT_EXPIRY_DAYS } from './constants.js';
import type { DefinitionKind } from './parse.js';

export { DEFAULT_EXPIRY_DAYS };

/**
 * Saved progress, versioned. Version 2 is written today; version 1 (a flat record with an
 * epoch-milliseconds timestamp) is still read and migrated. Anything unreadable, from a newer
 * version, for another definition or older than the expiry starts fresh.
 */
export const PROGRESS_VERSION = 2;
export const PROGRESS_FORMAT = 'recipro-progress';

export interface QuizProgress {
  answers: Record<string, number>;
  position?: number;
  started?: boolean;
}
export interface ChecklistProgress {
  checked: string[];
  revealed?: boolean;
}
/** One step of a stepper: whether the reader marked it done or opened it, and their notes by prompt id. */
export interface StepEntry {
  done?: boolean;
  visited?: boolean;
  notes?: Record<string, string>;
}
/** What a reader has done in a stepper: the open step and each step's entry. Saved when progress is kept. */
export interface StepperData {
  current?: string;
  steps?: Record<string, StepEntry>;
}
export interface ProgressDataByKind {
  quiz: QuizProgress;
  checklist: ChecklistProgress;
  stepper: StepperData;
}

// Hand-written checks, so that saving progress never pulls a validator into the page.
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);
const isBool = (v: unknown) => typeof v === 'boolean';
const recordOf = (check: (x: unknown) => boolean) => (v: unknown) => isRecord(v) && Object.values(v).every(check);
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown) => typeof v === 'string';
const isStringList = (v: unknown) => Array.isArray(v) && v.every(isString);
const isAnswers = recordOf(isNumber);
const isStepEntry = (v: unknown) =>
  isRecord(v) && optional(v.done, isBool) && optional(v.visited, isBool) && optional(v.notes, recordOf(isString));
const isSteps = recordOf(isStepEntry);

/** The shape of each kind's saved data. */
export const progressData: { [K in DefinitionKind]: (data: unknown) => data is ProgressDataByKind[K] } = {
  quiz: (d): d is QuizProgress =>
    isRecord(d) &&
    isAnswers(d.answers) &&
    optional(d.position, (p) => Number.isInteger(p) && (p as number) >= 0) &&
    optional(d.started, isBool),
  checklist: (d): d is ChecklistProgress => isRecord(d) && isStringList(d.checked) && optional(d.revealed, isBool),
  stepper: (d): d is StepperData => isRecord(d) && optional(d.current, isString) && optional(d.steps, isSteps),
};

interface Envelope {
  format: typeof PROGRESS_FORMAT;
  version: number;
  kind: DefinitionKind;
  definition: { id: string; version: string };
  savedAt: string;
  data: unknown;
}
const isEnvelope = (v: unknown): v is Envelope =>
  isRecord(v) &&
  v.format === PROGRESS_FORMAT &&
  isNumber(v.version) &&
  (v.kind === 'quiz' || v.kind === 'checklist' || v.kind === 'stepper') &&
  isRecord(v.definition) &&
  isString(v.definition.id) &&
  isString(v.definition.version) &&
  isString(v.savedAt);

/** Version 1, written by the first releases: `{ v: 1, id, t, answers | checked | steps + current }`. */
interface V1 {
  v: 1;
  id: string;
  t: number;
  answers?: Record<string, number>;
  checked?: string[];
  current?: string;
  steps?: Record<string, StepEntry>;
}
const isV1 = (v: unknown): v is V1 =>
  isRecord(v) &&
  v.v === 1 &&
  isString(v.id) &&
  isNumber(v.t) &&
  optional(v.answers, isAnswers) &&
  optional(v.checked, isStringList) &&
  optional(v.current, isString) &&
  optional(v.steps, isSteps);

export interface SavedProgress<K extends DefinitionKind = DefinitionKind> {
  kind: K;
  definition: { id: string; version: string };
  savedAt: string;
  data: ProgressDataByKind[K];
}

export type RestoreStatus = 'restored' | 'migrated' | 'empty' | 'corrupt' | 'newer' | 'expired' | 'mismatch';

export interface RestoreResult<K extends DefinitionKind> {
  status: RestoreStatus;
  progress: SavedProgress<K> | null;
}

export function serializeProgress<K extends DefinitionKind>(
  kind: K,
  definition: { id: string; version: string },
  data: ProgressDataByKind[K],
  now: Date = new Date(),
): string {
  return JSON.stringify({
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    kind,
    definition: { id: definition.id, version: definition.version },
    savedAt: now.toISOString(),
    data,
  });
}

function migrateV1<K extends DefinitionKind>(old: V1, kind: K): SavedProgress<K> {
  const data =
    kind === 'quiz'
      ? { answers: old.answers ?? {} }
      : kind === 'checklist'
        ? { checked: old.checked ?? [] }
        : { current: old.current, steps: old.steps ?? {} };
  return {
    kind,
    definition: { id: old.id, version: '' },
    savedAt: new Date(old.t).toISOString(),
    data: data as ProgressDataByKind[K],
  };
}

/** Reads saved progress for one definition. Never throws: bad input yields a fresh start and a status saying why. */
export function restoreProgress<K extends DefinitionKind>(
  raw: string | null | undefined,
  expect: { kind: K; definitionId: string },
  options: { now?: Date; expiryDays?: number } = {},
): RestoreResult<K> {
  const fresh = (status: RestoreStatus): RestoreResult<K> => ({ status, progress: null });
  if (raw === null || raw === undefined || raw === '') return fresh('empty');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fresh('corrupt');
  }
  let progress: SavedProgress<K>;
  let status: RestoreStatus = 'restored';
  if (isV1(json)) {
    progress = migrateV1(json, expect.kind);
    status = 'migrated';
  } else {
    if (!isEnvelope(json)) return fresh('corrupt');
    if (json.version > PROGRESS_VERSION) return fresh('newer');
    if (json.version !== PROGRESS_VERSION) return fresh('corrupt');
    if (json.kind !== expect.kind) return fresh('mismatch');
    if (!progressData[expect.kind](json.data)) return fresh('corrupt');
    progress = {
      kind: expect.kind,
      definition: json.definition,
      savedAt: json.savedAt,
      data: json.data as ProgressDataByKind[K],
    };
  }
  if (progress.definition.id !== expect.definitionId) return fresh('mismatch');
  const saved = Date.parse(progress.savedAt);
  const now = (options.now ?? new Date()).getTime();
  const maxAge = (options.expiryDays ?? DEFAULT_EXPIRY_DAYS) * 86_400_000;
  if (!Number.isFinite(saved) || now - saved > maxAge) return fresh('expired');
  return { status, progress };
}
