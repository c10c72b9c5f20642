import { html, nothing, type TemplateResult } from 'lit';
import {
  needsSupport,
  scoreOf,
  type ChecklistAnnouncement,
  type ChecklistBand,
  type ChecklistDefinition,
  type ChecklistResult,
  type ChecklistState,
} from '../../core/index.js';
import { questionsView } from '../shared/views.js';
import type { ChecklistStrings } from './checklist-strings.js';

/**
 * The count line. In a list of good signs, warning signs (a writer's `data-polarity="warning"`
 * items) are not more of the same: they are left out of the count and named apart once any is
 * checked, "3 of 6 checked · 1 warning sign". A list of warning signs counts every item.
 */
export function countLine(definition: ChecklistDefinition, result: ChecklistResult, t: ChecklistStrings): string {
  const warnings = definition.polarity === 'warning' ? { checked: 0, total: 0 } : result.byPolarity.warning;
  const line = t.checkedOf(result.count - warnings.checked, result.total - warnings.total);
  return warnings.checked ? `${line} · ${t.warningSigns(warnings.checked)}` : line;
}

/**
 * The full takeaway the reader asked for: the band as a heading (focus moves there, one level
 * below the list's title), the takeaway, a next step and the questions readers ask at that point.
 */
export function takeawayView(band: ChecklistBand, t: ChecklistStrings, level: number): TemplateResult {
  const aria = Math.min(level, 6);
  return html`<h3 id="takeaway" class="band-label" tabindex="-1" aria-level=${aria === 3 ? nothing : aria}
    >${band.label}</h3>
    <p>${band.takeaway}</p>
    ${band.next ? html`<p class="next"><strong>${t.whatNext}</strong> ${band.next}</p>` : nothing}
    ${questionsView(band.questions)}`;
}

/** What the live region says, in the element's language; the count as the count line shows it. */
export function announcementText(
  message: ChecklistAnnouncement,
  state: ChecklistState,
  t: ChecklistStrings,
  supportTitle: string,
): string {
  const count = () => countLine(state.definition, scoreOf(state), t);
  switch (message.key) {
    case 'reset':
      return t.resetDone;
    case 'takeaway':
      return t.bandTakeaway(message.band.label, message.band.takeaway);
    case 'count':
      return count();
    case 'support':
      return supportTitle;
    case 'count-and-support':
      return t.countAndTakeaway(count(), supportTitle);
    case 'count-and-band': {
      // Many warning signs bring support forward before the takeaway is asked for: say so.
      const line = t.countAndTakeaway(count(), t.soFar(message.band.label));
      return needsSupport(state) ? t.countAndTakeaway(line, supportTitle) : line;
    }
    case 'count-and-takeaway':
      return t.countAndTakeaway(count(), t.bandTakeaway(message.band.label, message.band.takeaway));
  }
}
