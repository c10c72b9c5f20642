import type { LocalePack } from '../types.js';
import { friendshipBalance, oneSidedSigns, restoreSteps, romanticSigns, traumaAndReciprocity, workReciprocity } from './checklists.js';
import { messages } from './messages.js';
import { reciprocityBalance } from './quiz.js';
import { reciproSteps } from './stepper.js';

/** Arabic (Modern Standard Arabic, laid out right to left): interface strings and every built-in pack. */
export const ar: LocalePack = {
  language: 'ar',
  messages,
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
