import { css } from 'lit';

export const stepperStyles = css`
  .head .intro {
    color: var(--_muted);
  }

  .progress p {
    margin-block-end: 0.25rem;
    font-weight: 600;
  }

  .privacy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block: calc(var(--_space) * 0.5) var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .privacy p {
    margin: 0;
    flex: 1 1 100%;
  }

  .keep {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
  }

  .keep input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .keep label {
    cursor: pointer;
  }

  button.quiet {
    border-width: 1px;
    border-color: var(--_muted);
  }

  button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }

  .confirm {
    flex: 1 1 100%;
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75rem;
  }

  .confirm .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }

  .layout {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }

  .step-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }

  .step-link {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    inline-size: 100%;
    padding-inline: 0.5rem;
    text-align: start;
    border-width: 1px;
    border-color: var(--_muted);
  }

  .step-link[aria-current='step'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    font-weight: 600;
  }

  .step-link .label {
    display: grid;
  }

  .step-link .status {
    font-size: 0.85em;
    font-weight: 400;
    color: var(--_muted);
  }

  .letter {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    font-weight: 700;
    font-size: 0.9rem;
    line-height: 1;
    vertical-align: middle;
  }

  .in-progress .letter {
    border-style: dashed;
    background: var(--_surface-alt);
  }

  .done .letter {
    background: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
  }

  /* Filled: the open step, in the list and in its heading (and the summary's headings). */
  [aria-current='step'] .letter,
  h3 .letter,
  h4 .letter {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* Focus moves to a heading after each step change: a ring shows where the reader now is. */
  #step-heading:focus,
  #summary-heading:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }

  .step-summary {
    font-weight: 600;
  }

  .prompt {
    margin-block-end: var(--_space);
  }

  .prompt label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }

  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 6rem;
    resize: vertical;
    font: inherit;
    padding: 0.5rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .practice,
  .example {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .practice p:last-child,
  .example p:last-child {
    margin-block-end: 0;
  }

  .reminder {
    margin-block-end: 0.25rem;
  }

  .pager {
    justify-content: space-between;
  }

  .pager .next {
    margin-inline-start: auto;
  }

  .undo {
    margin-block: calc(var(--_space) * 0.5) 0;
    text-align: end;
  }

  .summary-steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .summary-step {
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
  }

  .summary-step .status {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .notes dt {
    font-weight: 600;
  }

  .note {
    margin: 0.25rem 0 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .resources-more,
  .footer {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .resources-more summary {
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
    cursor: pointer;
  }

  @container (width >= 36rem) {
    .layout {
      grid-template-columns: minmax(10rem, 14rem) minmax(0, 1fr);
    }
  }

  /* Narrow: the list becomes a row of letters; titles and statuses stay in each button's name. */
  @container (width < 36rem) {
    .step-list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }

    .step-link {
      inline-size: auto;
      padding: 0;
      border: none;
      background: none;
      justify-content: center;
    }

    .step-link .letter {
      inline-size: 2.75rem;
      block-size: 2.75rem;
      font-size: 1rem;
    }

    .step-link[aria-current='step'] {
      box-shadow: none;
    }

    .step-link .label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    .summary-link {
      padding-inline: 0.75rem;
      border: 1px solid var(--_muted);
    }

    .summary-link[aria-current='step'] {
      box-shadow: inset 0 0 0 2px var(--_accent);
    }

    .actions button {
      flex: 1 1 100%;
    }

    .pager button {
      flex: 1 1 0;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .letter {
      transition: background-color 150ms ease;
    }
  }

  @media (forced-colors: active) {
    [aria-current='step'] .letter,
    h3 .letter,
    h4 .letter {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }

    .done .letter {
      border-style: double;
      border-width: 4px;
    }

    .step-link[aria-current='step'] {
      outline: 2px solid CanvasText;
      outline-offset: -4px;
    }

    textarea,
    .note {
      border-color: CanvasText;
    }

    button.danger {
      border-color: ButtonText;
    }
  }

  @media print {
    .layout {
      display: block;
    }

    nav,
    button,
    .privacy,
    .progress progress {
      display: none !important;
    }

    [part~='base'],
    .practice,
    .example {
      background: none;
      color: #000;
    }

    .summary-step {
      break-inside: avoid;
    }

    .letter {
      border-color: #000;
      background: none !important;
      color: #000 !important;
    }

    textarea {
      border-color: #000;
      resize: none;
    }

    .resources-more > * {
      display: block;
    }
  }
`;
