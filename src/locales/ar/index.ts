import type { LocalePack } from '../types.js';
import { romanticSigns } from './checklists/romantic-signs.js';
import { oneSidedSigns } from './checklists/one-sided-signs.js';
import { friendshipBalance } from './checklists/friendship-balance.js';
import { workReciprocity } from './checklists/work-reciprocity.js';
import { traumaAndReciprocity } from './checklists/trauma-and-reciprocity.js';
import { restoreSteps } from './checklists/restore-steps.js';
import { messages } from './messages.js';
import { reciprocityBalance } from './quiz.js';
import { reciproSteps } from './stepper.js';

/*
 * Checklists (one module each, so a page loads only the one it shows).
 * The six checklists in Arabic: the same ids, items, bands and thresholds as in English.
 * Instructions use impersonal forms ("يمكن تحديد …") rather than an imperative, which Arabic
 * marks as masculine or feminine; items speak as "I" or "we", which Arabic leaves ungendered.
 */

/** Arabic (Modern Standard Arabic, laid out right to left): interface strings and every built-in pack. */
export const ar: LocalePack = {
  language: 'ar',
  messages,
  // Every built-in pack at once, for registerLocale; typed from the registry, so one missing fails type-checking.
  packs: {
    'reciprocity-balance': reciprocityBalance,
    'romantic-signs': romanticSigns,
    'one-sided-signs': oneSidedSigns,
    'friendship-balance': friendshipBalance,
    'work-reciprocity': workReciprocity,
    'trauma-and-reciprocity': traumaAndReciprocity,
    'restore-steps': restoreSteps,
    'recipro-steps': reciproSteps,
  },
};

export default ar;
