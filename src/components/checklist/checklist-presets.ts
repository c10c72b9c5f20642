import type { ChecklistDefinition } from '../../core/index.js';
import { friendshipBalance } from '../../content/checklists/friendship-balance.js';
import { oneSidedSigns } from '../../content/checklists/one-sided-signs.js';
import { restoreSteps } from '../../content/checklists/restore-steps.js';
import { romanticSigns } from '../../content/checklists/romantic-signs.js';
import { traumaAndReciprocity } from '../../content/checklists/trauma-and-reciprocity.js';
import { workReciprocity } from '../../content/checklists/work-reciprocity.js';

/** The built-in checklists, by id (the `preset` attribute). Loaded on demand by the element; only checklist packs, so a checklist never loads the quiz. */
export const checklistPresets: Readonly<Record<string, ChecklistDefinition>> = {
  [romanticSigns.id]: romanticSigns,
  [oneSidedSigns.id]: oneSidedSigns,
  [friendshipBalance.id]: friendshipBalance,
  [workReciprocity.id]: workReciprocity,
  [traumaAndReciprocity.id]: traumaAndReciprocity,
  [restoreSteps.id]: restoreSteps,
};
