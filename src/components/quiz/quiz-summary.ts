import {
  quizReport,
  type QuizDefinition,
  type QuizResult,
  type ReportLine,
  type ReportOptions,
} from '../../core/index.js';
import { resourcesText } from '../shared/support-views.js';
import { chartRows } from './quiz-labels.js';
import { quizStrings } from './quiz-strings.js';

/** A plain-text summary of a result, for copying: what the result screen says, never the answers. */
export function quizSummaryText(
  definition: QuizDefinition,
  result: QuizResult,
  locale: string,
  options: ReportOptions = {},
): string {
  const t = quizStrings(locale);
  const report = quizReport(definition, result, options);
  const lines: string[] = [t.labelled(definition.title, t.resultTitle), ''];
  // Safety first: the message and the services lead; the rest only when the reader asked for it.
  if (report.safety && definition.safety) lines.push(definition.safety.title, definition.safety.message, '');
  if (report.safety && definition.resources)
    lines.push(...resourcesText(definition.resources, t, report.supportRegion), '');
  if (report.safety && !report.withheld) lines.push(t.restTitle, t.restNote, '');
  const told = (label: string, line: ReportLine) =>
    t.labelled(label, line.advice ? `${line.summary} ${line.advice}` : line.summary);
  // The call to action follows the verdict, as on screen; with no verdict, it closes the summary.
  const cta = definition.callToAction ? t.labelled(definition.callToAction.label, definition.callToAction.url) : null;
  if (report.headline) lines.push(told(report.mixed ? t.mixed : report.headline.label, report.headline));
  if (report.headline && cta) lines.push(cta);
  for (const line of report.others) lines.push(told(line.label, line));
  for (const focus of report.focus) {
    lines.push(
      t.labelled(focus.scoreLabel, [`${focus.label}.`, focus.summary, focus.advice].filter(Boolean).join(' ')),
    );
  }
  const rows = report.chart ? chartRows(definition, result, t.balanced) : [];
  if (rows.length) {
    lines.push('', t.formsTitle);
    for (const row of rows) lines.push(`- ${t.labelled(row.label, row.lean)}`);
  }
  if (report.steps.length) {
    lines.push('', t.suggestedSteps);
    for (const step of report.steps) lines.push(`- ${t.labelled(step.title, step.summary)}`);
  }
  if (report.cultureNote) lines.push('', t.labelled(report.cultureNote.title, report.cultureNote.body));
  if (!report.headline && cta) lines.push('', cta);
  lines.push('', definition.disclaimer);
  return lines.join('\n');
}
