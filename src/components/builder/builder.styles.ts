import { css } from 'lit';

/* The builder's layout: editor and preview side by side when there is room, one under the other
   otherwise; logical properties throughout, so Arabic mirrors without a second stylesheet. */
export const builderStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block: 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
  }

  .start {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }

  .history {
    display: flex;
    gap: calc(var(--_space) * 0.5);
  }

  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  label {
    font-weight: 600;
  }

  label.block,
  label[for='json'],
  label[for='snippet'],
  .switch {
    display: block;
  }

  label.choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: normal;
    min-block-size: 1.5rem;
    margin-block: 0.25rem;
  }

  select,
  input[type='text'],
  input[type='file'],
  textarea {
    display: block;
    font: inherit;
    min-block-size: 2.75rem;
    margin-block-start: 0.25rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  input[type='text'],
  textarea {
    inline-size: 100%;
  }

  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875rem;
    line-height: 1.45;
    background: var(--_surface-alt);
    tab-size: 2;
  }

  #json,
  #snippet {
    white-space: pre;
    overflow-x: auto;
  }

  #json {
    min-block-size: 24rem;
    resize: vertical;
  }

  #snippet,
  #paste {
    min-block-size: 8rem;
  }

  .columns {
    display: grid;
    gap: var(--_space);
  }

  @container (min-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }

  .tabs {
    display: flex;
    gap: 0.25rem;
    border-block-end: 2px solid var(--_border);
    margin-block-end: var(--_space);
  }

  [role='tab'] {
    border: 2px solid transparent;
    border-block-end: none;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }

  [role='tab'][aria-selected='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  .issues ul {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
  }

  .issues li {
    margin-block-end: 0.5rem;
  }

  .issues .problems {
    color: var(--_danger);
    font-weight: 600;
  }

  button.link {
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    padding: 0.125rem 0.25rem;
    border: none;
    background: none;
    color: inherit;
    text-decoration: underline;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  .preview .stage {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5);
    background: var(--_surface-alt);
  }

  .switches {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }

  .export,
  .import {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .error {
    margin-block: 0.5rem;
  }

  [hidden] {
    display: none !important;
  }

  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-color: Highlight;
    }
  }
`;
