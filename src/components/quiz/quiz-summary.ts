import type { QuizDefinition, QuizResult } from '../../core/index.js';
import { chartRows, scoreLabel } from './quiz-labels.js';
import { quizStrings } from './quiz-strings.js';
import { resourcesText } from '../shared/views.js';

/** A plain-text summary of a result, for copying. Holds scores and advice, never the answers. */
export function quizSummaryText(
  definition: QuizDefinition,
  result: QuizResult,
  locale: string,
  culture?: string,
): string {
  const t = quizStrings(locale);
  const lines: string[] = [t.labelled(definition.title, t.resultTitle), ''];
  if (result.guidance.showResources && definition.safety)
    lines.push(definition.safety.title, definition.safety.message, '');
  if (result.band) lines.push(t.labelled(result.band.band.label, result.band.band.summary));
  const charted = new Set(definition.chart?.scores ?? []);
  for (const other of result.bands.slice(1)) {
    if (!other.band.neutral && !result.focus.includes(other) && !charted.has(other.score))
      lines.push(t.labelled(other.band.label, other.band.summary));
  }
  if (!result.guidance.showResources) {
    for (const focus of result.focus)
      lines.push(
        t.labelled(
          scoreLabel(definition, focus.score),
          `${focus.band.label}. ${focus.band.advice ?? focus.band.summary}`,
        ),
      );
  }
  const rows = chartRows(definition, result, t.balanced);
  if (rows.length) {
    lines.push('', t.formsTitle);
    for (const row of rows) lines.push(`- ${t.labelled(row.label, row.lean)}`);
  }
  const steps = result.guidance.steps
    .map((id) => definition.steps?.find((s) => s.id === id))
    .filter((s) => s !== undefined);
  if (steps.length) {
    lines.push('', t.suggestedSteps);
    for (const step of steps) lines.push(`- ${t.labelled(step.title, step.summary)}`);
  }
  const note = culture
    ? definition.cultureNotes?.[culture as keyof NonNullable<QuizDefinition['cultureNotes']>]
    : undefined;
  if (note) lines.push('', t.labelled(note.title, note.body));
  if (result.guidance.showResources && definition.resources) {
    lines.push('', ...resourcesText(definition.resources, t));
  }
  lines.push('', definition.disclaimer);
  return lines.join('\n');
}
