import type { ChecklistDefinition, ChecklistResult } from '../../core/index.js';
import { resourcesText } from '../shared/views.js';
import type { ChecklistStrings } from './checklist-strings.js';

/**
 * A plain-text summary for the reader to keep: the title, each item with its mark, the takeaway
 * (none when a safety sign is ticked) and the disclaimer. Support services are listed whenever the
 * list carries them.
 */
export function checklistSummaryText(
  definition: ChecklistDefinition,
  result: ChecklistResult,
  t: ChecklistStrings,
  showTakeaway: boolean,
  region?: string | null,
): string {
  const checked = new Set(result.checked);
  const lines = [definition.title, t.checkedOf(result.count, result.total), ''];
  for (const item of definition.items) lines.push(`${checked.has(item.id) ? '[x]' : '[ ]'} ${item.text}`);
  // A ticked safety sign: support alone, no takeaway (it could advise reaching out to the other person).
  if (showTakeaway && result.safety.length === 0)
    lines.push('', t.bandTakeaway(result.band.label, result.band.takeaway));
  const resources = definition.resources;
  if (resources) {
    lines.push('', ...resourcesText(resources, t, region));
  }
  lines.push('', definition.disclaimer);
  return lines.join('\n');
}
