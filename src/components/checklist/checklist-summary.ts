import type { ChecklistDefinition, ChecklistResult } from '../../core/index.js';
import { resourcesText } from '../shared/support-views.js';
import type { ChecklistStrings } from './checklist-strings.js';

/**
 * A plain-text summary for the reader to keep: the title, the count line as shown, each item with
 * its mark, the takeaway and its next step (none when a safety sign is ticked) and the disclaimer.
 * Support services are listed whenever the list carries them.
 */
export function checklistSummaryText(
  definition: ChecklistDefinition,
  result: ChecklistResult,
  count: string,
  t: ChecklistStrings,
  showTakeaway: boolean,
  region?: string | null,
): string {
  const checked = new Set(result.checked);
  const lines = [definition.title, count, ''];
  for (const item of definition.items) lines.push(`${checked.has(item.id) ? '[x]' : '[ ]'} ${item.text}`);
  // A ticked safety sign: support alone, no takeaway (it could advise reaching out to the other person).
  if (showTakeaway && result.safety.length === 0) {
    const { label, takeaway, next } = result.band;
    lines.push('', t.bandTakeaway(label, takeaway), ...(next ? [`${t.whatNext} ${next}`] : []));
  }
  const resources = definition.resources;
  if (resources) {
    lines.push('', ...resourcesText(resources, t, region));
  }
  lines.push('', definition.disclaimer);
  return lines.join('\n');
}
