// Plain values shared by the schemas and the elements. Kept apart from the zod schemas so that
// importing them never pulls the validator into a page.

export const relationships = ['partner', 'family', 'friend', 'colleague'] as const;
export type Relationship = (typeof relationships)[number];

export const cultures = ['us', 'in', 'uk', 'au', 'ca', 'ae'] as const;
export type Culture = (typeof cultures)[number];

/** Links that a definition may carry. Anything else (javascript:, data:) is refused. */
export const SAFE_URL = /^(https?:\/\/|tel:|mailto:)/i;
