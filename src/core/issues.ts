/** One problem found in a definition, written for a person editing the JSON by hand. */
export interface Issue {
  /** Where the problem is, e.g. `items[3].dimension`; empty for the whole definition. */
  path: string;
  message: string;
}

/**
 * One problem in what a reader's answers (or checked items, or stepper state) hold, as the
 * scorers report it: unknown ids and bad values are reported, never thrown.
 */
export interface ScoreProblem {
  /** The item (or checklist entry, or step) the problem is about. */
  id: string;
  kind: 'unknown-id' | 'invalid-value' | 'invalid-input';
  message: string;
}

export type PathSegment = string | number | symbol;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += `[${String(segment)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `issue.path: message`, or just the message for the whole definition. */
export function describeIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** A short, safe rendering of a value for a message. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** The kind of value, as a person would name it. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a text';
  return `a ${typeof value}`;
}

/** "a, b and c" style lists, capped so a long list stays readable. */
export function listOf(values: readonly string[], max = 8): string {
  const shown = values.slice(0, max);
  const more = values.length > max ? `, ... (${values.length - max} more)` : '';
  return shown.join(', ') + more;
}
