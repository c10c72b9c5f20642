import { css } from 'lit';

/*
 * The form editors' styles, for the builder's `static styles` after `baseStyles` (whose tokens,
 * `--_accent`, `--_danger` …, they use). Logical properties only, so right-to-left needs nothing
 * more; every control and target at least 24 × 24 px (most 44).
 */
export const formStyles = css`
  .form {
    display: grid;
    gap: var(--_space);
  }

  .form-section,
  .list-editor {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .list-editor .list-editor {
    border: none;
    padding: 0;
    margin-block-start: var(--_space);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }

  .field > label,
  legend {
    font-weight: 600;
  }

  .field input:not([type='checkbox']),
  .field select,
  .field textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    min-block-size: 2.75rem;
    padding-block: 0.375rem;
    padding-inline: 0.625rem;
    inline-size: 100%;
  }

  .field textarea {
    resize: vertical;
  }

  .field.check {
    display: flex;
    align-items: flex-start;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .field.check > label {
    flex: 1 1 12rem;
    font-weight: normal;
    padding-block: 0.125rem;
  }

  .field.check > .issues {
    flex-basis: 100%;
  }

  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    border-width: 2px !important;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }

  .issues {
    color: var(--_danger);
    margin: 0;
    padding-inline-start: 1.25rem;
    font-size: 0.95em;
  }

  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    column-gap: var(--_space);
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin: 0;
    min-inline-size: 0;
  }

  fieldset.relational,
  fieldset.choices {
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .entries {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .entry.drop-target > fieldset {
    border-color: var(--_accent);
  }

  .entry-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .handle {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    border: 1px dashed var(--_muted);
    border-radius: var(--_radius);
    color: var(--_muted);
    cursor: grab;
    user-select: none;
  }

  .handle::before {
    content: '⋮⋮';
    letter-spacing: -0.2em;
  }

  .add {
    margin-block-start: calc(var(--_space) * 0.75);
  }

  .range-bar {
    margin-block: 0.5rem var(--_space);
  }

  .range-bar svg {
    display: block;
    inline-size: 100%;
    block-size: 2.5rem;
  }

  .range-bar svg:dir(rtl) {
    transform: scaleX(-1);
  }

  .track {
    fill: var(--_surface-alt);
    stroke: var(--_border);
  }

  .band-0 {
    fill: var(--_accent);
  }

  .band-1 {
    fill: color-mix(in srgb, var(--_accent) 50%, var(--_surface));
  }

  .band {
    stroke: var(--_surface);
    stroke-width: 2;
  }

  rect.gap {
    fill: var(--_danger);
  }

  rect.overlap {
    fill: var(--_warning);
  }

  .range-ends {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .range-words {
    margin-block: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }

  .range-words .gap,
  .range-words .overlap {
    font-weight: 600;
    color: var(--_danger);
  }

  .notice.warning {
    background: var(--_surface-alt);
  }

  @media (forced-colors: active) {
    .band-0 {
      fill: CanvasText;
    }
    .band-1 {
      fill: GrayText;
    }
    rect.gap,
    rect.overlap {
      fill: Highlight;
    }
    [aria-invalid='true'] {
      border-color: Mark !important;
    }
  }
`;
