import type { RelationalText, Relationship } from './schemas/common.js';

/** Picks the wording for a relationship, falling back to the default relationship, then any wording. */
export function textFor(
  value: RelationalText,
  relationship: Relationship | undefined,
  fallback: Relationship = 'partner',
): string {
  if (typeof value === 'string') return value;
  return (
    value[relationship ?? fallback] ??
    value[fallback] ??
    Object.values(value).find((v): v is string => typeof v === 'string') ??
    ''
  );
}
