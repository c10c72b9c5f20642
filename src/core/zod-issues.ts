import type * as z from 'zod/mini';
import { formatPath, kindOf, listOf, show, type Issue, type PathSegment } from './issues.js';

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  tuple: 'a list',
};

function sizeMessage(
  issue: { origin?: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean },
  small: boolean,
): string {
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      if (small) return limit <= 1 ? 'must not be empty' : `must be at least ${limit} characters long`;
      return `must be at most ${limit} characters long`;
    case 'array':
    case 'set':
      if (small) return limit <= 1 ? 'must list at least one entry' : `must list at least ${limit} entries`;
      return `must list at most ${limit} entries`;
    default:
      if (small) return inclusive ? `must be at least ${limit}` : `must be greater than ${limit}`;
      return inclusive ? `must be at most ${limit}` : `must be less than ${limit}`;
  }
}

/** Turns one zod issue into a message for a person editing a definition by hand. */
function messageFor(issue: z.core.$ZodIssue, input: unknown): string {
  const received = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (received === undefined) return 'is required';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.expected === 'number' && typeof received === 'number') return 'must be a finite number';
      return `must be ${expected}, not ${kindOf(received)}`;
    }
    case 'invalid_value':
      if (issue.values.length === 1) return `must be ${show(issue.values[0])} (got ${show(received)})`;
      return `must be one of ${listOf(issue.values.map((v) => show(v)))} (got ${show(received)})`;
    case 'too_small':
      return sizeMessage(issue, true);
    case 'too_big':
      return sizeMessage(issue, false);
    case 'invalid_format':
      if ('pattern' in issue && String(issue.pattern).includes('A-Za-z0-9_-')) {
        return (
          `${show(received)} is not a usable id: ` + 'use letters, digits, "-" and "_", starting with a letter or digit'
        );
      }
      if (typeof received === 'string' && 'pattern' in issue && String(issue.pattern).includes('https?')) {
        return `${show(received)} is not an allowed link: use an https:, http:, tel: or mailto: address`;
      }
      return `${show(received)} is not in the expected format`;
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `unknown field ${show(issue.keys[0])} (check its spelling; unknown fields are not allowed)`
        : `unknown fields ${listOf(issue.keys.map((k) => show(k)))} ` +
            '(check their spelling; unknown fields are not allowed)';
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as unknown as { options?: unknown[] }).options ?? [];
        return `must be one of ${listOf(options.map((o) => show(o)))} (got ${show(received)})`;
      }
      if (typeof received === 'object' && received !== null && !Array.isArray(received)) {
        return 'must be a text, or an object with a wording for some of: partner, family, friend, colleague';
      }
      return `must be a text or an object of wordings, not ${kindOf(received)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'custom':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `${show(received)} is not valid here`;
    default:
      return `${show(received)} is not valid here`;
  }
}

/**
 * One issue in zod's own words for a language (its locale's error map, e.g. `zod/v4/locales/fr.js`).
 * zod leaves the input out of finished issues; its messages name the type received, so the value is
 * looked up again. A `custom` issue keeps the project's message (a rule of ours, which zod cannot word).
 */
function localized(issue: z.core.$ZodIssue, input: unknown, messages: z.core.$ZodErrorMap): string | undefined {
  if (issue.code === 'custom' && issue.message && issue.message !== 'Invalid input') return undefined;
  const raw = { ...issue, input: valueAt(input, issue.path) } as Parameters<z.core.$ZodErrorMap>[0];
  const result = messages(raw);
  return typeof result === 'string' ? result : result?.message;
}

/**
 * Turns zod's issues into the project's: each one's path (`items[3].scale`) and a message, the
 * project's own (English) or, given a language's zod messages, zod's wording in that language.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: PathSegment[] = [],
  messages?: z.core.$ZodErrorMap,
): Issue[] {
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: (messages && localized(issue, input, messages)) || messageFor(issue, input),
  }));
}
