import * as z from 'zod/mini';
import type { DefinitionKind } from './parse.js';

/**
 * Saved progress, versioned. Version 2 is written today; version 1 (a flat record with an
 * epoch-milliseconds timestamp) is still read and migrated. Anything unreadable, from a newer
 * version, for another definition or older than the expiry starts fresh.
 */
export const PROGRESS_VERSION = 2;
export const PROGRESS_FORMAT = 'recipro-progress';
export const DEFAULT_EXPIRY_DAYS = 30;

const answers = z.record(z.string(), z.number());
const stepEntry = z.object({
  done: z.optional(z.boolean()),
  visited: z.optional(z.boolean()),
  notes: z.optional(z.record(z.string(), z.string())),
});
const stepperData = z.object({ current: z.optional(z.string()), steps: z.optional(z.record(z.string(), stepEntry)) });

export const progressData = {
  quiz: z.object({ answers, position: z.optional(z.int().check(z.gte(0))), started: z.optional(z.boolean()) }),
  checklist: z.object({ checked: z.array(z.string()), revealed: z.optional(z.boolean()) }),
  stepper: stepperData,
};

export type QuizProgress = z.infer<typeof progressData.quiz>;
export type ChecklistProgress = z.infer<typeof progressData.checklist>;
export type StepperProgressData = z.infer<typeof progressData.stepper>;
export interface ProgressDataByKind {
  quiz: QuizProgress;
  checklist: ChecklistProgress;
  stepper: StepperProgressData;
}

const envelope = z.object({
  format: z.literal(PROGRESS_FORMAT),
  version: z.number(),
  kind: z.enum(['quiz', 'checklist', 'stepper']),
  definition: z.object({ id: z.string(), version: z.string() }),
  savedAt: z.string(),
  data: z.unknown(),
});

/** Version 1, written by the first releases: `{ v: 1, id, t, answers | checked | steps + current }`. */
const v1 = z.object({
  v: z.literal(1),
  id: z.string(),
  t: z.number(),
  answers: z.optional(answers),
  checked: z.optional(z.array(z.string())),
  current: z.optional(z.string()),
  steps: z.optional(z.record(z.string(), stepEntry)),
});

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

function migrateV1<K extends DefinitionKind>(old: z.infer<typeof v1>, kind: K): SavedProgress<K> {
  const data =
    kind === 'quiz' ? { answers: old.answers ?? {} } : kind === 'checklist' ? { checked: old.checked ?? [] } : { current: old.current, steps: old.steps ?? {} };
  return { kind, definition: { id: old.id, version: '' }, savedAt: new Date(old.t).toISOString(), data: data as ProgressDataByKind[K] };
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
  const old = z.safeParse(v1, json);
  if (old.success) {
    progress = migrateV1(old.data, expect.kind);
    status = 'migrated';
  } else {
    const env = z.safeParse(envelope, json);
    if (!env.success) return fresh('corrupt');
    if (env.data.version > PROGRESS_VERSION) return fresh('newer');
    if (env.data.version !== PROGRESS_VERSION) return fresh('corrupt');
    if (env.data.kind !== expect.kind) return fresh('mismatch');
    const data = z.safeParse(progressData[expect.kind] as z.ZodMiniType, env.data.data);
    if (!data.success) return fresh('corrupt');
    progress = { kind: expect.kind, definition: env.data.definition, savedAt: env.data.savedAt, data: data.data as ProgressDataByKind[K] };
  }
  if (progress.definition.id !== expect.definitionId) return fresh('mismatch');
  const saved = Date.parse(progress.savedAt);
  const now = (options.now ?? new Date()).getTime();
  const maxAge = (options.expiryDays ?? DEFAULT_EXPIRY_DAYS) * 86_400_000;
  if (!Number.isFinite(saved) || now - saved > maxAge) return fresh('expired');
  return { status, progress };
}
