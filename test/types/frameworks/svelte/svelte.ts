/**
 * A Svelte 5 user of the elements, type-checked by test/node/types.test.mjs (never run): `recipro-widgets/svelte`
 * adds the tags to `svelte/elements`, which svelte-check reads for `<recipro-quiz relationship="…"
 * onrecipro-complete={…}>`.
 */
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'recipro-widgets/svelte';
import type { ResultPayload } from 'recipro-widgets';
import { same } from '../equal.js';

type Quiz = SvelteHTMLElements['recipro-quiz'];
type Checklist = SvelteHTMLElements['recipro-checklist'];

export const relationship = same<Quiz['relationship'], 'partner' | 'family' | 'friend' | 'colleague' | undefined>(true);

export const quiz: Quiz = {
  relationship: 'friend',
  class: 'wide',
  style: 'max-inline-size: 40rem',
  'onrecipro-complete': (_event) => same<typeof _event.detail, ResultPayload>(true),
};
export const checklist: Checklist = {
  preset: 'work-reciprocity',
  'structured-data': true,
  'onrecipro-change': (_event) => same<typeof _event.detail.checked, boolean>(true),
};

// @ts-expect-error `sepia` is not a theme
export const wrongValue: Checklist = { theme: 'sepia' };
export const wrongDetail: Quiz = {
  // @ts-expect-error a quiz's change has no `checked`
  'onrecipro-change': (event) => event.detail.checked,
};
