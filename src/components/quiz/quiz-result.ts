import { html, nothing, type TemplateResult } from 'lit';
import type { Culture, QuizDefinition, QuizResult } from '../../core/index.js';
import { footerView, resourcesView, safeHref } from '../shared/views.js';
import { leanChart } from './lean-chart.js';
import { chartRows, scoreLabel } from './quiz-labels.js';
import type { QuizStrings } from './quiz-strings.js';

export interface ResultViewContext {
  definition: QuizDefinition;
  result: QuizResult;
  t: QuizStrings;
  locale: string;
  culture: Culture | null;
}

/** The result: band, safety first when a rule fired, advice, chart, steps, culture note, resources. */
export function resultView({ definition, result, t, locale, culture }: ResultViewContext): TemplateResult {
  const fired = result.guidance.showResources;
  const band = result.band;
  // Other bandings (e.g. engagement) are worth a line unless neutral, already in focus, or charted.
  const charted = new Set(definition.chart?.scores ?? []);
  const others = result.bands
    .slice(1)
    .filter((b) => !b.band.neutral && !result.focus.includes(b) && !charted.has(b.score));
  const steps = result.guidance.steps
    .map((id) => definition.steps?.find((s) => s.id === id))
    .filter((s) => s !== undefined);
  const note = culture ? definition.cultureNotes?.[culture] : undefined;
  const cta = definition.callToAction;
  const ctaHref = safeHref(cta?.url);
  const rows = chartRows(definition, result, t.balanced);
  return html`
    ${
      fired && definition.resources
        ? html`<section class="safety" part="safety" aria-labelledby="safety-heading">
          <h3 id="safety-heading">${definition.safety?.title ?? definition.resources.title}</h3>
          ${definition.safety ? html`<p>${definition.safety.message}</p>` : nothing}
          ${resourcesView(definition.resources, 'resources-heading', 'h4', culture)}
        </section>`
        : nothing
    }
    ${
      band
        ? html`<section class="band" part="band">
          <h3 class="band-label">${band.band.label}</h3>
          <p>${band.band.summary}</p>
          ${!fired && band.band.advice ? html`<p>${band.band.advice}</p>` : nothing}
          ${others.map((b) => html`<p><strong>${b.band.label}.</strong> ${b.band.summary}${!fired && b.band.advice ? ` ${b.band.advice}` : ''}</p>`)}
        </section>`
        : nothing
    }
    ${
      !fired && result.focus.length
        ? html`<section class="focus" part="focus">
          <h3>${t.moreAbout}</h3>
          <ul>
            ${result.focus.map(
              (f) =>
                html`<li><strong>${scoreLabel(definition, f.score)}: ${f.band.label}.</strong> ${f.band.advice ?? f.band.summary}</li>`,
            )}
          </ul>
        </section>`
        : nothing
    }
    ${rows.length && definition.chart ? leanChart(rows, { low: definition.chart.lowLabel, high: definition.chart.highLabel }, t, locale) : nothing}
    ${
      steps.length
        ? html`<section class="steps" part="steps">
          <h3>${t.suggestedSteps}</h3>
          <ul>
            ${steps.map((step) => html`<li>${step.letter ? html`<span class="letter" aria-hidden="true">${step.letter}</span> ` : nothing}<strong>${step.title}</strong>: ${step.summary}</li>`)}
          </ul>
        </section>`
        : nothing
    }
    ${note ? html`<section class="culture" part="culture"><h3>${note.title}</h3><p>${note.body}</p></section>` : nothing}
    ${cta && ctaHref ? html`<p class="cta"><a part="cta" class="cta-link" href=${ctaHref} rel="noopener">${cta.label}</a></p>` : nothing}
    ${
      !fired && definition.resources
        ? html`<details class="resources-more no-print-closed" part="resources-link">
          <summary>${t.supportLink}</summary>
          ${resourcesView(definition.resources, 'resources-heading', 'h4', culture)}
        </details>`
        : nothing
    }
    ${footerView(definition.disclaimer, definition.attribution)}
  `;
}
