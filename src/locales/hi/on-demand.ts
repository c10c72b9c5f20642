import type { PackLoaders } from '../types.js';

/*
 * What the elements load for Hindi: the interface strings at once, and each built-in pack
 * only when an element shows it. (`index.ts` has everything at once, for registerLocale.)
 */
export { messages } from './messages.js';

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
