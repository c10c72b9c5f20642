import * as z from 'zod/mini';
import { checkChecklist } from './check-checklist.js';
import { checkQuiz } from './check-quiz.js';
import { checkStepper } from './check-stepper.js';
import { kindOf, show, type Issue } from './issues.js';
import { checklistDefinition, type ChecklistDefinition } from './schemas/checklist.js';
import { quizDefinition, type QuizDefinition } from './schemas/quiz.js';
import { stepperDefinition, type StepperDefinition } from './schemas/stepper.js';
import { fromZodIssues } from './zod-issues.js';
import { zodMessagesFor } from './zod-locales.js';

export { zodMessagesFor };

export interface DefinitionByKind {
  quiz: QuizDefinition;
  checklist: ChecklistDefinition;
  stepper: StepperDefinition;
}
export type DefinitionKind = keyof DefinitionByKind;
export type Definition = DefinitionByKind[DefinitionKind];

export type ParseResult<D> = { ok: true; definition: D } | { ok: false; issues: Issue[] };

export interface ParseOptions {
  /**
   * zod's error messages in another language (a locale's `localeError`, e.g. from `zodMessagesFor('fr')`),
   * for the shape errors; the paths stay, and the meaning checks keep their English messages.
   */
  zodMessages?: z.core.$ZodErrorMap;
}

export const DEFINITION_KINDS: readonly DefinitionKind[] = ['quiz', 'checklist', 'stepper'];

const schemas = { quiz: quizDefinition, checklist: checklistDefinition, stepper: stepperDefinition };
const checks: { [K in DefinitionKind]: (definition: DefinitionByKind[K]) => Issue[] } = {
  quiz: checkQuiz,
  checklist: checkChecklist,
  stepper: checkStepper,
};

/**
 * `parseDefinition` for an element that speaks `language`: its shape errors in zod's words in that
 * language where zod has them (loaded only for input that fails), else in the project's English.
 */
export async function parseDefinitionIn<K extends DefinitionKind>(
  input: unknown,
  kind: K,
  language: string,
): Promise<ParseResult<DefinitionByKind[K]>> {
  const parsed = parseDefinition(input, kind);
  const zodMessages = parsed.ok ? undefined : await zodMessagesFor(language);
  return zodMessages ? parseDefinition(input, kind, { zodMessages }) : parsed;
}

/** At most this many issues are reported: past that, the first ones are what a person fixes. */
export const MAX_ISSUES = 50;

function fail(issues: Issue[]): { ok: false; issues: Issue[] } {
  return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
}

/**
 * Validates untrusted input (an object, or JSON text) as a definition, checking its shape and
 * its meaning. Never throws. Pass `kind` to require one kind of definition, and `zodMessages` for
 * the shape errors in another language.
 */
export function parseDefinition<K extends DefinitionKind = DefinitionKind>(
  input: unknown,
  kind?: K,
  options: ParseOptions = {},
): ParseResult<DefinitionByKind[K]> {
  try {
    let value = input;
    if (typeof input === 'string') {
      try {
        value = JSON.parse(input);
      } catch (error) {
        return fail([
          {
            path: '',
            message: `the definition is not valid JSON (${error instanceof Error ? error.message : 'syntax error'})`,
          },
        ]);
      }
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return fail([{ path: '', message: `a definition must be a JSON object, not ${kindOf(value)}` }]);
    }
    const declared = (value as { kind?: unknown }).kind;
    if (!DEFINITION_KINDS.includes(declared as DefinitionKind)) {
      return fail([{ path: 'kind', message: `must be "quiz", "checklist" or "stepper" (got ${show(declared)})` }]);
    }
    if (kind && declared !== kind) {
      return fail([
        { path: 'kind', message: `this element needs a ${kind} definition, but this one is a ${String(declared)}` },
      ]);
    }
    const k = declared as K;
    const parsed = z.safeParse(schemas[k] as z.ZodMiniType, value);
    if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, value, [], options.zodMessages));
    const definition = parsed.data as DefinitionByKind[K];
    const issues = (checks[k] as (d: DefinitionByKind[K]) => Issue[])(definition);
    return issues.length ? fail(issues) : { ok: true, definition };
  } catch (error) {
    // Defensive: the checks are total, but a definition must never crash the host page.
    return fail([
      {
        path: '',
        message: `the definition could not be read (${error instanceof Error ? error.message : String(error)})`,
      },
    ]);
  }
}
