import { css } from 'lit';

/*
 * The form editors' styles, for the builder's `static styles` after `baseStyles` (whose tokens,
 * `--_accent`, `--_danger` …, they use). Logical properties only, so right-to-left needs nothing
 * more; every control and target at least 24 × 24 px (most 44). Scoped under `.form-editor`, the
 * wrapper every form of the registry (index.ts) draws, so the builder's own controls are untouched.
 */
export const formStyles = css`
  .form-editor,
  .form-editor .form {
    display: grid;
    gap: var(--_space);
  }

  .form-editor .form-section,
  .form-editor .list-editor {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .form-editor .list-editor .list-editor {
    border: none;
    padding: 0;
    margin-block-start: var(--_space);
  }

  .form-editor .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }

  .form-editor .field > label,
  .form-editor legend {
    font-weight: 600;
  }

  .form-editor .field input:not([type='checkbox']),
  .form-editor .field select,
  .form-editor .field textarea {
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

  .form-editor .field textarea {
    resize: vertical;
  }

  .form-editor .field.check {
    display: flex;
    align-items: flex-start;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .form-editor .field.check > label {
    flex: 1 1 12rem;
    font-weight: normal;
    padding-block: 0.125rem;
  }

  .form-editor .field.check > .field-issues {
    flex-basis: 100%;
  }

  .form-editor input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }

  .form-editor [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    border-width: 2px !important;
  }

  .form-editor .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }

  .form-editor .field-issues {
    color: var(--_danger);
    margin: 0;
    padding-inline-start: 1.25rem;
    font-size: 0.95em;
  }

  .form-editor .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    align-items: start;
    column-gap: var(--_space);
  }

  .form-editor fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin: 0;
    min-inline-size: 0;
  }

  .form-editor fieldset.relational,
  .form-editor fieldset.choices {
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .form-editor fieldset.choices > .field.check {
    display: inline-flex;
    margin-inline-end: var(--_space);
  }

  .form-editor fieldset.choices > .field.check > label {
    flex: none;
  }

  .form-editor .entries {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .form-editor .entry.drop-target > fieldset {
    border-color: var(--_accent);
  }

  .form-editor .entry-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .form-editor .handle {
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

  .form-editor .handle::before {
    content: '⋮⋮';
    letter-spacing: -0.2em;
  }

  .form-editor .add {
    margin-block-start: calc(var(--_space) * 0.75);
  }

  .form-editor .range-bar {
    margin-block: 0.5rem var(--_space);
  }

  .form-editor .range-bar svg {
    display: block;
    inline-size: 100%;
    block-size: 2.5rem;
  }

  .form-editor .range-bar svg:dir(rtl) {
    transform: scaleX(-1);
  }

  .form-editor .track {
    fill: var(--_surface-alt);
    stroke: var(--_border);
  }

  .form-editor .band-0 {
    fill: var(--_accent);
  }

  .form-editor .band-1 {
    fill: color-mix(in srgb, var(--_accent) 50%, var(--_surface));
  }

  .form-editor .band {
    stroke: var(--_surface);
    stroke-width: 2;
  }

  .form-editor rect.gap {
    fill: var(--_danger);
  }

  .form-editor rect.overlap {
    fill: var(--_warning);
  }

  .form-editor .range-ends {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .form-editor .range-words {
    margin-block: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }

  .form-editor .range-words .gap,
  .form-editor .range-words .overlap {
    font-weight: 600;
    color: var(--_danger);
  }

  .form-editor .notice.warning {
    background: var(--_surface-alt);
  }

  @media (forced-colors: active) {
    .form-editor .band-0 {
      fill: CanvasText;
    }
    .form-editor .band-1 {
      fill: GrayText;
    }
    .form-editor rect.gap,
    .form-editor rect.overlap {
      fill: Highlight;
    }
    .form-editor [aria-invalid='true'] {
      border-color: Mark !important;
    }
  }
`;
