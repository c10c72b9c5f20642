import { html, nothing, type TemplateResult } from 'lit';
import type { ResultPayload } from '../core/payload-schema.js';
import type { OpenResult } from '../crypto/open.js';
import type { RecordDetail } from './types.js';
import { formatDate, summaryLines } from './words.js';

export interface DetailPanel {
  id: string;
  record?: RecordDetail;
  opened?: OpenResult;
  hasKey: boolean;
  confirming?: 'delete' | 'erase';
  busy: boolean;
  onBack: () => void;
  onAsk: (what: 'delete' | 'erase') => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

function answersView(answers: NonNullable<ResultPayload['answers']>): TemplateResult {
  return html`<h3>Answers</h3>
    ${
      Array.isArray(answers)
        ? html`<p>Checked: ${answers.length ? answers.join(', ') : 'none'}.</p>`
        : html`<table>
          <caption class="visually-hidden">
            Answers by item
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            ${Object.entries(answers).map(
              ([item, value]) => html`<tr>
                <th scope="row">${item}</th>
                <td>${value}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
    }`;
}

function notesView(notes: NonNullable<ResultPayload['notes']>): TemplateResult {
  return html`<h3>Notes</h3>
    <dl class="notes">
      ${Object.entries(notes).flatMap(([step, prompts]) =>
        Object.entries(prompts).map(
          ([prompt, text]) => html`<dt>${step}, ${prompt}</dt>
            <dd>${text}</dd>`,
        ),
      )}
    </dl>`;
}

function payloadView(payload: ResultPayload): TemplateResult {
  return html`<h3>Summary</h3>
    <ul class="summary">
      ${summaryLines(payload).map((line) => html`<li>${line}</li>`)}
    </ul>
    ${payload.answers ? answersView(payload.answers) : nothing} ${payload.notes ? notesView(payload.notes) : nothing}`;
}

/** Why an encrypted result shows no content: no key yet, or the key could not open it. */
function sealedView(panel: DetailPanel): TemplateResult {
  const message = panel.opened?.ok === false ? panel.opened.message : undefined;
  return html`<h3>Summary</h3>
    <p class="notice">
      ${message ?? (panel.hasKey ? 'Decrypting…' : 'This result is encrypted. Paste the private key below to read it.')}
    </p>`;
}

function confirmView(panel: DetailPanel, record: RecordDetail): TemplateResult {
  const question =
    panel.confirming === 'delete'
      ? 'Delete this result for good? This cannot be undone.'
      : `Erase every result stored under the key ${record.key}? This cannot be undone.`;
  return html`<div class="confirm" role="group" aria-labelledby="confirm-question">
    <p id="confirm-question" tabindex="-1">${question}</p>
    <div class="actions">
      <button class="danger" type="button" ?disabled=${panel.busy} @click=${panel.onConfirm}>
        ${panel.confirming === 'delete' ? 'Delete' : 'Erase'}
      </button>
      <button type="button" @click=${panel.onCancel}>Cancel</button>
    </div>
  </div>`;
}

/** One result: what it says in words, its answers and notes when sent, the raw JSON, and deleting it. */
export function detailView(panel: DetailPanel): TemplateResult {
  const { record } = panel;
  const payload = record?.payload ?? (panel.opened?.ok ? panel.opened.payload : undefined);
  return html`<section class="detail" aria-labelledby="detail-heading">
    <div class="actions"><button type="button" @click=${panel.onBack}>Back to results</button></div>
    <h2 id="detail-heading" tabindex="-1" data-view-heading>
      ${record ? `Result of ${formatDate(record.completedAt)}` : 'Result'}
    </h2>
    ${
      record
        ? html`<dl class="facts">
            <dt>Definition</dt>
            <dd>${record.definitionId} v${record.definitionVersion}</dd>
            <dt>Completed</dt>
            <dd><time datetime=${record.completedAt}>${formatDate(record.completedAt)}</time></dd>
            <dt>Received</dt>
            <dd><time datetime=${record.receivedAt}>${formatDate(record.receivedAt)}</time></dd>
            <dt>Language</dt>
            <dd>${record.language ?? payload?.locale ?? 'Not given'}</dd>
            <dt>Relationship</dt>
            <dd>${record.relationship ?? payload?.relationship ?? 'Not given'}</dd>
            <dt>Key</dt>
            <dd><code>${record.key}</code></dd>
            <dt>Encrypted</dt>
            <dd>${record.encrypted ? (payload ? 'Yes, decrypted in this browser' : 'Yes') : 'No'}</dd>
          </dl>
          ${payload ? payloadView(payload) : sealedView(panel)}
          <details class="raw">
            <summary>Raw JSON</summary>
            <pre>${json(record)}</pre>
          </details>
          ${
            record.encrypted && payload
              ? html`<details class="raw">
                <summary>Decrypted payload (JSON)</summary>
                <pre>${json(payload)}</pre>
              </details>`
              : nothing
          }
          <div class="actions">
            <button type="button" @click=${() => panel.onAsk('delete')}>Delete this result</button>
            <button type="button" @click=${() => panel.onAsk('erase')}>Erase everything for this key</button>
          </div>
          ${panel.confirming ? confirmView(panel, record) : nothing}`
        : html`<p>Loading…</p>`
    }
  </section>`;
}
