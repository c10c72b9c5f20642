/**
 * The script-tag build: every element registered, with the stepper's and the checklist's default
 * English packs at hand (the autoloader's build loads the checklist's only when shown). The quiz
 * shows its cover at once and loads its pack just after, as in every build.
 */
import './define.js';
import { checklistShelf } from './content/checklists/presets.js';
import { romanticSigns } from './content/checklists/romantic-signs.js';

checklistShelf.provide(romanticSigns);

export * from './index.js';
