import { checkBandCoverage, checkUniqueIds } from './check-bands.js';
import type { Issue } from './issues.js';
import type { ChecklistDefinition } from './schemas/checklist.js';

export function checkChecklist(checklist: ChecklistDefinition): Issue[] {
  return [
    ...checkUniqueIds(checklist.items, 'items', 'item'),
    ...checkUniqueIds(checklist.bands, 'bands', 'band'),
    ...checkBandCoverage(checklist.bands, { min: 0, max: 100 }, 'bands', 'the score'),
    ...checkSafetySigns(checklist),
  ];
}

/** A safety sign brings support forward: the checklist must carry support resources, and something to score. */
function checkSafetySigns(checklist: ChecklistDefinition): Issue[] {
  const first = checklist.items.findIndex((item) => item.safety);
  if (first < 0) return [];
  const issues: Issue[] = [];
  if (!checklist.resources) {
    issues.push({
      path: `items[${first}].safety`,
      message: 'a safety sign needs support resources to bring forward: add "resources" to the checklist',
    });
  }
  if (checklist.items.every((item) => item.safety)) {
    issues.push({ path: 'items', message: 'a checklist needs at least one sign that is not a safety sign' });
  }
  return issues;
}
