import { html, nothing, type TemplateResult } from 'lit';
import {
  SAFE_URL,
  catalogFor,
  commonMessages,
  type Attribution,
  type Issue,
  type Questions,
  type Resources,
} from '../../core/index.js';

/** A link target only if it is https:, http:, tel: or mailto: (definitions are validated too). */
export function safeHref(url: string | undefined): string | undefined {
  return url && SAFE_URL.test(url) ? url : undefined;
}

/** `tel:` link with the digits only (and a leading + for international numbers). */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
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

/** Support resources: each service with what it is for, numbers as tel: links; the reader's region first. */
/** The services with the reader's region's first (the order is otherwise kept). */
function regionFirst(resources: Resources, region: string | null | undefined): Resources['items'] {
  return region
    ? [...resources.items].sort((a, b) => Number(b.region === region) - Number(a.region === region))
    : resources.items;
}

export function resourcesView(
  resources: Resources,
  headingId: string,
  level: 'h3' | 'h4' = 'h3',
  region?: string | null,
): TemplateResult {
  const items = regionFirst(resources, region);
  const heading =
    level === 'h3'
      ? html`<h3 id=${headingId}>${resources.title}</h3>`
      : html`<h4 id=${headingId}>${resources.title}</h4>`;
  return html`<section class="resources" part="resources" aria-labelledby=${headingId}>
    ${heading}
    <p class="emergency"><strong>${resources.emergency}</strong></p>
    ${resources.intro ? html`<p>${resources.intro}</p>` : nothing}
    <ul>
      ${items.map(
        (item) => html`<li>
          <strong>${item.name}</strong>: ${item.description}
          ${item.contacts.map((contact) => {
            const href = safeHref(contact.url);
            const shown = href?.replace(/^https?:\/\//, '');
            return html`<span class="contact">
              ${contact.label}${
                contact.phone ? html` <a href=${telHref(contact.phone)} dir="ltr">${contact.phone}</a>` : nothing
              }${href ? html` <a href=${href} rel="noopener noreferrer" target="_blank">${shown}</a>` : nothing}</span
            >`;
          })}
        </li>`,
      )}
    </ul>
  </section>`;
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

/**
 * Support services as lines of a plain-text summary: the title, the emergency line, then one line
 * per service with what it is for and how to reach it.
 */
export function resourcesText(
  resources: Resources,
  t: { labelled: (label: string, text: string) => string },
  region?: string | null,
): string[] {
  const contacts = (item: Resources['items'][number]) =>
    item.contacts.map((c) => [c.label, c.phone, c.url].filter(Boolean).join(' ')).join('; ');
  return [
    resources.title,
    resources.emergency,
    ...regionFirst(resources, region).map(
      (item) => `- ${t.labelled(item.name, `${item.description} ${contacts(item)}`)}`,
    ),
  ];
}
