import { checkBandCoverage, checkUniqueIds } from './check-bands.js';
import type { Issue } from './issues.js';
import type { ChecklistDefinition } from './schemas/checklist.js';

export function checkChecklist(checklist: ChecklistDefinition): Issue[] {
  return [
    ...checkUniqueIds(checklist.items, 'items', 'item'),
    ...checkUniqueIds(checklist.bands, 'bands', 'band'),
    ...checkBandCoverage(checklist.bands, { min: 0, max: 100 }, 'bands', 'the score'),
  ];
}
