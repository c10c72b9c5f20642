import type { PackLoaders } from '../types.js';

/*
 * What the elements load for Hindi: the interface strings at once, and each built-in pack
 * only when an element shows it. (`index.ts` has everything at once, for registerLocale.)
 */
export { messages } from './messages.js';

/**
 * Each built-in pack in Hindi, loaded when an element shows it. One literal `import()` per pack, since
 * rollup splits a chunk off only for a literal path: so this table is written out rather than built from
 * `src/content/registry.ts`, and typed from it (`PackLoaders`): a pack missing here fails type-checking.
 */
export const packs: PackLoaders = {
  'reciprocity-balance': () => import('./quiz.js').then((m) => m.reciprocityBalance),
  'romantic-signs': () => import('./checklists/romantic-signs.js').then((m) => m.romanticSigns),
  'one-sided-signs': () => import('./checklists/one-sided-signs.js').then((m) => m.oneSidedSigns),
  'friendship-balance': () => import('./checklists/friendship-balance.js').then((m) => m.friendshipBalance),
  'work-reciprocity': () => import('./checklists/work-reciprocity.js').then((m) => m.workReciprocity),
  'trauma-and-reciprocity': () => import('./checklists/trauma-and-reciprocity.js').then((m) => m.traumaAndReciprocity),
  'restore-steps': () => import('./checklists/restore-steps.js').then((m) => m.restoreSteps),
  'recipro-steps': () => import('./stepper.js').then((m) => m.reciproSteps),
};
