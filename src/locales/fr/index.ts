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

/* The six default checklists (one module each) keep the English ids, polarities and band limits, worded in French. */

/** French: interface strings and every default pack, in neutral international French. */
export const fr: LocalePack = {
  language: 'fr',
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
export default fr;
