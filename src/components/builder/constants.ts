/*
 * The builder's fixed values, outside the element's module: the manifest's typings import every
 * export of an element module from the package entry, which exports only the class.
 */

/** Where a kept draft lives in `localStorage` (only once the author ticks "Keep a draft"). */
export const DRAFT_KEY = 'recipro-builder:draft';
/** How long the preview waits after a keystroke before it redraws, in milliseconds. */
export const PREVIEW_DELAY_MS = 250;
