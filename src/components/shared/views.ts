import { html, nothing, type TemplateResult } from 'lit';
import {
  SAFE_URL,
  catalogFor,
  commonMessages,
  type Attribution,
  type Issue,
  type Questions,
} from '../../core/index.js';

/** A link target only if it is https:, http:, tel: or mailto: (definitions are validated too). */
export function safeHref(url: string | undefined): string | undefined {
  return url && SAFE_URL.test(url) ? url : undefined;
}

const SHOWN_ISSUES = 5;

/** The visible error state: what is wrong, with the first issues and their paths. */
export function errorView(locale: string, issues: readonly Issue[]): TemplateResult {
  const t = catalogFor(locale, commonMessages);
  const shown = issues.slice(0, SHOWN_ISSUES);
  return html`<div class="error" role="alert" part="error">
    <p><strong>${t.errorTitle}</strong></p>
    <p>${t.errorIntro}</p>
    <ul>
      ${shown.map(
        (issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`,
      )}
    </ul>
    ${issues.length > SHOWN_ISSUES ? html`<p>${t.errorMore(issues.length - SHOWN_ISSUES)}</p>` : nothing}
  </div>`;
}

/** Questions a reader may have at this point, each answer folded under its question. */
export function questionsView(questions: Questions | undefined): TemplateResult | typeof nothing {
  return questions?.length
    ? html`<div class="questions" part="questions">
        ${questions.map(
          (q) => html`<details class="question"><summary>${q.question}</summary><p>${q.answer}</p></details>`,
        )}
      </div>`
    : nothing;
}

/** Disclaimer and attribution, at the foot of every element. */
export function footerView(disclaimer: string, attribution: Attribution | undefined): TemplateResult {
  const href = safeHref(attribution?.url);
  return html`<footer class="footer" part="footer">
    <p class="disclaimer">${disclaimer}</p>
    ${
      attribution
        ? html`<p class="muted attribution">${
            href
              ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${attribution.text}</a>`
              : attribution.text
          }</p>`
        : nothing
    }
  </footer>`;
}
