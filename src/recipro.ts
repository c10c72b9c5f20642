/**
 * The script-tag build: everything bundled, every element registered, and each element's default
 * English pack at hand, the checklist's too (the autoloader's build loads it only when shown).
 */
import './define.js';
import { checklistShelf } from './content/checklists/presets.js';
import { romanticSigns } from './content/checklists/romantic-signs.js';

checklistShelf.provide(romanticSigns);

export * from './index.js';
