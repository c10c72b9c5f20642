import { html, nothing, type TemplateResult } from 'lit';
import {
  quizReport,
  type QuizDefinition,
  type QuizResult,
  type ReportLine,
  type ReportOptions,
} from '../../core/index.js';
import { quickExitView, resourcesView } from '../shared/support-views.js';
import { footerView, questionsView, safeHref } from '../shared/views.js';
import { leanChart } from './lean-chart.js';
import { chartRows } from './quiz-labels.js';
import type { QuizStrings } from './quiz-strings.js';

export { resultStyles } from './quiz-result.styles.js';

export interface ResultViewContext {
  definition: QuizDefinition;
  result: QuizResult;
  /** Culture, region, and whether the reader asked for the rest (see `quizReport`). */
  options: ReportOptions;
  /** "Show the rest of my result". */
  showRest: () => void;
  /** "Leave this page quickly", at the top of a safety result. */
  leave: () => void;
  /** "Clear my answers", beside it: forgets the answers, here and on this device. */
  clear: () => void;
  t: QuizStrings;
  locale: string;
}

const withAdvice = (line: ReportLine) => (line.advice ? ` ${line.advice}` : '');

/**
 * The result: safety first when a rule fired; then the verdict (the largest text) with its summary
 * and advice, the call to action, the chart (what each form means folded under it), where to
 * begin, and the rest: other findings, questions readers ask, steps, cultural note, support. What
 * it says is decided in the core (`quizReport`). This module loads when the reader starts the
 * quiz, so its code is not in the way of the first question.
 */
export function resultView(context: ResultViewContext): TemplateResult {
  const { definition, result, t, locale } = context;
  const report = quizReport(definition, result, context.options);
  const { headline, safety } = report;
  const cta = definition.callToAction;
  const ctaHref = safeHref(cta?.url);
  const ctaView =
    cta && ctaHref
      ? html`<p class="cta"><a part="cta" class="cta-link" href=${ctaHref} rel="noopener">${cta.label}</a></p>`
      : nothing;
  const rows = chartRows(definition, result, t.balanced);
  const clear = html`<button type="button" @click=${context.clear}>${t.clearAnswers}</button>`;
  const resources = (id: string) =>
    resourcesView(definition.resources!, { id, level: 'h4', region: report.supportRegion, t, language: locale });
  return html`
    ${
      safety && definition.resources
        ? html`<section class="safety" part="safety" aria-labelledby="safety-heading">
          ${quickExitView(t, context.leave, clear)}
          <h3 id="safety-heading">${definition.safety?.title ?? definition.resources.title}</h3>
          ${definition.safety ? html`<p>${definition.safety.message}</p>` : nothing} ${resources('resources-heading')}
        </section>`
        : nothing
    }
    ${
      report.withheld
        ? html`<div class="actions" part="actions">
            <button type="button" id="show-rest" @click=${context.showRest}>${t.showRest}</button>
          </div>`
        : safety
          ? html`<h3 id="result-rest" tabindex="-1">${t.restTitle}</h3>
              <p class="muted">${t.restNote}</p>`
          : nothing
    }
    ${
      headline
        ? html`<section class="band" part="band">
          <h3 class="band-label">${report.mixed ? t.mixed : headline.label}</h3>
          <p>${headline.summary}</p>
          ${headline.advice ? html`<p>${headline.advice}</p>` : nothing} ${ctaView}
          ${report.others.map((b) => html`<p><strong>${b.label}.</strong> ${b.summary}${withAdvice(b)}</p>`)}
          ${questionsView(headline.questions)} ${report.others.map((b) => questionsView(b.questions))}
        </section>`
        : nothing
    }
    ${
      rows.length && definition.chart && report.chart
        ? leanChart(rows, { low: definition.chart.lowLabel, high: definition.chart.highLabel }, t, locale)
        : nothing
    }
    ${
      report.forms.length
        ? html`<details class="forms" part="forms">
          <summary>${t.formsAbout}</summary>
          <dl>
            ${report.forms.map((f) => html`<dt>${f.label}</dt><dd>${f.description}</dd>`)}
          </dl>
        </details>`
        : nothing
    }
    ${
      report.focus.length
        ? html`<section class="focus" part="focus">
          <h3>${t.moreAbout}</h3>
          <ul>
            ${report.focus.map(
              (f) =>
                html`<li>
                  <strong>${f.scoreLabel}: ${f.label}.</strong> ${f.summary}${withAdvice(f)}
                  ${questionsView(f.questions)}
                </li>`,
            )}
          </ul>
        </section>`
        : nothing
    }
    ${
      report.steps.length
        ? html`<section class="steps" part="steps">
          <h3>${t.suggestedSteps}</h3>
          <ul>
            ${report.steps.map(
              (step) =>
                html`<li>
                  ${step.letter ? html`<span class="letter" aria-hidden="true">${step.letter}</span> ` : nothing}<strong
                    >${step.title}</strong
                  >: ${step.summary}
                </li>`,
            )}
          </ul>
        </section>`
        : nothing
    }
    ${
      report.cultureNote
        ? html`<section class="culture" part="culture">
          <h3>${report.cultureNote.title}</h3>
          <p>${report.cultureNote.body}</p>
        </section>`
        : nothing
    }
    ${headline ? nothing : ctaView}
    ${
      !safety && definition.resources
        ? html`<details class="resources-more no-print-closed" part="resources-link">
          <summary>${t.supportLink}</summary>
          ${resources('resources-heading')}
        </details>`
        : nothing
    }
    ${footerView(definition.disclaimer, definition.attribution)}
  `;
}
