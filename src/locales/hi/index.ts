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
 * Hindi translations of the six checklists: the same ids, polarity and bands as English.
 * Statements are worded without gendered verb endings, so they fit a reader of any gender.
 */

/** Hindi (हिन्दी): interface strings and every built-in pack. */
export const hi: LocalePack = {
  language: 'hi',
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

export default hi;
