import { html, nothing, type TemplateResult } from 'lit';
import type { Filters } from './types.js';
import { encryptedLabel, formatDate, rowBand, rowLanguage, type Row } from './words.js';

export interface ListPanel {
  rows: readonly Row[];
  filters: Filters;
  more: boolean;
  busy: boolean;
  loaded: boolean;
  onFilter: (event: SubmitEvent) => void;
  onClear: () => void;
  onMore: () => void;
  onOpen: (id: string) => void;
  onExport: () => void;
}

/** What a cell says when the receiver cannot know it (sealed) or the result has none. */
const unknown = (row: Row, none: string) => (row.record.encrypted && !row.opened?.ok ? 'Encrypted' : none);

function rowView(row: Row, onOpen: (id: string) => void): TemplateResult {
  const { record } = row;
  const date = formatDate(record.completedAt);
  return html`<tr>
    <th scope="row"><time datetime=${record.completedAt}>${date}</time></th>
    <td>${record.definitionId} <span class="muted">v${record.definitionVersion}</span></td>
    <td>${rowBand(row)?.label ?? unknown(row, 'None')}</td>
    <td>${rowLanguage(row) ?? unknown(row, 'Not given')}</td>
    <td>${encryptedLabel(row)}</td>
    <td>
      <button type="button" data-id=${record.id} aria-label=${`Open the result of ${date}`} @click=${() =>
        onOpen(record.id)}>Open</button>
    </td>
  </tr>`;
}

function filtersView(panel: ListPanel): TemplateResult {
  const { filters } = panel;
  const field = (name: keyof Filters, label: string, type: 'text' | 'date' = 'text') =>
    html`<div class="field">
      <label for=${`filter-${name}`}>${label}</label>
      <input id=${`filter-${name}`} name=${name} type=${type} .value=${filters[name]} />
    </div>`;
  return html`<form class="filters" @submit=${panel.onFilter}>
    <fieldset>
      <legend>Filters</legend>
      <div class="filter-fields">
        ${field('definition', 'Definition id')} ${field('band', 'Band id')} ${field('language', 'Language')}
        ${field('since', 'Completed from (UTC day)', 'date')} ${field('until', 'Completed until (UTC day)', 'date')}
      </div>
      <p class="muted">Band and language filters match clear results only: the receiver cannot read encrypted ones.</p>
      <div class="actions">
        <button type="submit" ?disabled=${panel.busy}>Apply filters</button>
        <button type="button" ?disabled=${panel.busy} @click=${panel.onClear}>Clear filters</button>
      </div>
    </fieldset>
  </form>`;
}

/** The results, newest first, with the filters above them and "Load more" below. */
export function listView(panel: ListPanel): TemplateResult {
  const { rows } = panel;
  return html`<section class="list" aria-labelledby="list-heading">
    <h2 id="list-heading" tabindex="-1" data-view-heading>Results</h2>
    ${filtersView(panel)}
    ${
      rows.length
        ? html`<div class="table-wrap">
            <table>
              <caption>
                ${rows.length === 1 ? '1 result' : `${rows.length} results`}, newest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Completed</th>
                  <th scope="col">Definition</th>
                  <th scope="col">Band</th>
                  <th scope="col">Language</th>
                  <th scope="col">Encrypted</th>
                  <th scope="col"><span class="visually-hidden">Details</span></th>
                </tr>
              </thead>
              <tbody>
                ${rows.map((row) => rowView(row, panel.onOpen))}
              </tbody>
            </table>
          </div>
          <div class="actions">
            ${
              panel.more
                ? html`<button type="button" ?disabled=${panel.busy} @click=${panel.onMore}>Load more</button>`
                : nothing
            }
            <button type="button" @click=${panel.onExport}>Download CSV</button>
          </div>`
        : panel.loaded
          ? html`<p>No results match.</p>`
          : nothing
    }
  </section>`;
}
