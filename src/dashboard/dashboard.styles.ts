import { css } from 'lit';

/** The dashboard's own layout; colours, radius and spacing come from the library's tokens (base.styles.ts). */
export const dashboardStyles = css`
  :host {
    max-inline-size: 72rem;
    margin-inline: auto;
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }

  h1 {
    font-size: 1.6em;
    margin-block: 0;
  }

  section {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .status:empty {
    margin: 0;
  }

  .alert.shown {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: var(--_space);
    margin-block: var(--_space);
  }

  .error {
    color: var(--_danger);
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .filter-fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: var(--_space);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  input,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    min-block-size: 2.75rem;
  }

  input[type='checkbox'] {
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    accent-color: var(--_accent);
  }

  textarea {
    font-family: ui-monospace, monospace;
    inline-size: 100%;
  }

  .table-wrap {
    overflow-x: auto;
    margin-block-start: var(--_space);
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }

  th,
  td {
    text-align: start;
    padding: 0.5rem;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }

  thead th {
    background: var(--_surface-alt);
  }

  tbody th {
    font-weight: normal;
    white-space: nowrap;
  }

  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_space);
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .notes dd {
    white-space: pre-wrap;
    margin-block-end: 0.5rem;
  }

  .detail > .actions:first-child {
    margin-block: 0 var(--_space);
  }

  .raw {
    margin-block-start: var(--_space);
  }

  pre {
    overflow: auto;
    max-block-size: 30rem;
    background: var(--_surface-alt);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  .confirm {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }

  button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }

  @media (forced-colors: active) {
    .alert,
    .confirm {
      border-color: CanvasText;
    }
  }
`;
