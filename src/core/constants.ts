// Plain values shared by the schemas and the elements. Kept apart from the zod schemas so that
// importing them never pulls the validator into a page.

export const relationships = ['partner', 'family', 'friend', 'colleague'] as const;
export type Relationship = (typeof relationships)[number];

export const cultures = ['us', 'in', 'uk', 'au', 'ca', 'ae'] as const;
export type Culture = (typeof cultures)[number];
/** Where a support service is: every culture's region, and France (whose services French readers need). */
export const regions = [...cultures, 'fr'] as const;
export type Region = (typeof regions)[number];

/** Links that a definition may carry. Anything else (javascript:, data:) is refused. */
export const SAFE_URL = /^(https?:\/\/|tel:|mailto:)/i;

/** What an id may look like: used in storage keys, payloads and DOM ids, so it stays simple. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Days a saved record is kept before it is treated as expired (kept apart from progress.ts, so
 * elements can say it without loading the storage code).
 */
export const DEFAULT_EXPIRY_DAYS = 30;

/** Where each kind's JSON Schema is published: its `$id`, and what a definition's `$schema` names. */
export const jsonSchemaId = (kind: 'quiz' | 'checklist' | 'stepper'): string =>
  `https://cdn.jsdelivr.net/npm/recipro-widgets@0/dist/schemas/${kind}.json`;
