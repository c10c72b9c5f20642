import { parseDefinition, type Definition } from '../core/parse.js';
import type { ResultPayload } from '../core/payload-schema.js';
import { summarize } from '../core/payload.js';
import { scoreChecklist } from '../core/score-checklist.js';
import { scoreQuiz } from '../core/score-quiz.js';

/** The definitions a receiver accepts results for, by id and version. */
export type DefinitionIndex = ReadonlyMap<string, Definition>;

const indexKey = (id: string, version: string) => `${id}\u0000${version}`;

/**
 * Parses the definitions given to `createReceiver` (parsed definitions, objects or JSON text),
 * once at start-up; an invalid one throws, naming it, so a misconfigured receiver never starts.
 */
export function indexDefinitions(definitions: readonly unknown[]): DefinitionIndex {
  const index = new Map<string, Definition>();
  definitions.forEach((input, position) => {
    const parsed = parseDefinition(input);
    if (!parsed.ok) {
      const first = parsed.issues[0];
      const where = first ? `${first.path || '(root)'}: ${first.message}` : '?';
      throw new TypeError(`definitions[${position}] is not a valid definition: ${where}`);
    }
    index.set(indexKey(parsed.definition.id, parsed.definition.version), parsed.definition);
  });
  return index;
}

export function findDefinition(index: DefinitionIndex, id: string, version: string): Definition | undefined {
  return index.get(indexKey(id, version));
}

/** Labels are left out of the comparison: a translated definition names the same bands in other words. */
function withoutLabels(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLabels);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (key !== 'label') out[key] = withoutLabels((value as Record<string, unknown>)[key]);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(withoutLabels(a)) === JSON.stringify(withoutLabels(b));

export type RescoreResult = { ok: true } | { ok: false; error: string };

/**
 * Checks a clear payload against its definition: the kind must match, and when the answers are
 * included, scoring them with the core must give the result the payload claims (else it was
 * tampered with). Without answers there is nothing to re-score.
 */
export function rescore(payload: ResultPayload, definition: Definition): RescoreResult {
  if (payload.result.kind !== definition.kind) {
    return { ok: false, error: `the result is a ${payload.result.kind}, but ${definition.id} is a ${definition.kind}` };
  }
  if (payload.answers === undefined) return { ok: true };
  if (definition.kind === 'quiz') {
    const result = scoreQuiz(definition, payload.answers);
    if (result.problems.length) return { ok: false, error: 'the answers do not fit the quiz (tampered)' };
    if (payload.safetyConcern !== undefined && payload.safetyConcern !== result.safety.length > 0)
      return { ok: false, error: 'the safety flag does not match the answers (tampered)' };
    return same(summarize(result), payload.result)
      ? { ok: true }
      : { ok: false, error: 'the result does not match its answers (tampered)' };
  }
  if (definition.kind === 'checklist') {
    const result = scoreChecklist(definition, payload.answers);
    if (result.problems.length) return { ok: false, error: 'the answers do not fit the checklist (tampered)' };
    return same(summarize(result), payload.result)
      ? { ok: true }
      : { ok: false, error: 'the result does not match its answers (tampered)' };
  }
  return { ok: false, error: 'a stepper result carries no answers' };
}
