import type { LocalePack } from '../types.js';
import { friendshipBalance, oneSidedSigns, restoreSteps, romanticSigns, traumaAndReciprocity, workReciprocity } from './checklists.js';
import { messages } from './messages.js';
import { reciprocityBalance } from './quiz.js';
import { reciproSteps } from './stepper.js';

/** Hindi (हिन्दी): interface strings and every built-in pack. */
export const hi: LocalePack = {
  language: 'hi',
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

export default hi;
