import { css } from 'lit';

/*
 * Tokens and pieces shared by every element. Each colour token reads a public `--recipro-*` custom
 * property in the light scheme and its `--recipro-*-dark` twin in the dark one, each with its own
 * default, so a host's light colours never meet the dark defaults. The scheme is the page's: the
 * host inherits `color-scheme` and `light-dark()` follows it (a light page keeps a light widget on
 * a dark device); `theme` overrides it, `auto` following the device. A browser without
 * `light-dark()` keeps the light tokens. The private `--_*` names keep the fallbacks in one place.
 * (Comments stay outside the css literal: they would ship.)
 */
export const baseStyles = css`
  :host {
    --_accent: var(--recipro-accent, #2f6f5e);
    --_on-accent: var(--recipro-on-accent, #ffffff);
    --_surface: var(--recipro-surface, #ffffff);
    --_surface-alt: var(--recipro-surface-alt, #f3f6f5);
    --_text: var(--recipro-text, #1d2624);
    --_muted: var(--recipro-muted, #4d5a57);
    --_border: var(--recipro-border, #8a9a96);
    --_warning: var(--recipro-warning, #8a4b00);
    --_danger: var(--recipro-danger, #a1262d);
    --_focus: var(--recipro-focus, #1b5fc1);
    --_radius: var(--recipro-radius, 0.5rem);
    --_space: var(--recipro-space, 1rem);
    --_font: var(--recipro-font, inherit);

    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    line-height: 1.5;
    color: var(--_text);
  }

  @supports (color: light-dark(red, red)) {
    :host {
      --_accent: light-dark(var(--recipro-accent, #2f6f5e), var(--recipro-accent-dark, #7fcbb3));
      --_on-accent: light-dark(var(--recipro-on-accent, #ffffff), var(--recipro-on-accent-dark, #0d1f1a));
      --_surface: light-dark(var(--recipro-surface, #ffffff), var(--recipro-surface-dark, #161b1a));
      --_surface-alt: light-dark(var(--recipro-surface-alt, #f3f6f5), var(--recipro-surface-alt-dark, #222a28));
      --_text: light-dark(var(--recipro-text, #1d2624), var(--recipro-text-dark, #e8eeec));
      --_muted: light-dark(var(--recipro-muted, #4d5a57), var(--recipro-muted-dark, #b4c2be));
      --_border: light-dark(var(--recipro-border, #8a9a96), var(--recipro-border-dark, #7d8d89));
      --_warning: light-dark(var(--recipro-warning, #8a4b00), var(--recipro-warning-dark, #f3b566));
      --_danger: light-dark(var(--recipro-danger, #a1262d), var(--recipro-danger-dark, #ff9ea3));
      --_focus: light-dark(var(--recipro-focus, #1b5fc1), var(--recipro-focus-dark, #8ab4ff));
    }
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [part~='base'] {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: 0 calc(var(--_space) * 0.5);
  }

  h2 {
    font-size: 1.35em;
  }

  h3 {
    font-size: 1.1em;
  }

  p {
    margin-block: 0 calc(var(--_space) * 0.75);
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  a {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: var(--_space);
  }

  .muted,
  .disclaimer {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .notice {
    border-inline-start: 4px solid var(--_warning);
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    margin-block: 0 var(--_space);
  }

  .error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
    color: var(--_text);
  }

  .error code {
    font-weight: 600;
  }

  /* A fold looks like a control: its marker shows (display: list-item keeps it), with a button's edge. */
  :is(details.resources-more, .resources details) > summary {
    display: list-item;
    list-style: disclosure-closed inside;
    inline-size: fit-content;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem 1rem;
    margin-block-end: 0.5rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
    cursor: pointer;
  }

  :is(details.resources-more, .resources details)[open] > summary {
    list-style-type: disclosure-open;
  }

  /* Support resources (support-views.ts): each contact on its own line-box, links big enough to tap. */
  .resources ul {
    padding-inline-start: 1.25rem;
  }

  .resources li {
    margin-block-end: 0.5rem;
  }

  .contact {
    display: inline-block;
    margin-inline-end: 0.75rem;
  }

  .contact a,
  summary {
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
  }

  /* Questions answered beside a band or step (views.ts): folded, one under another. */
  .question p {
    margin-block: 0.25rem 0.5rem;
  }

  /* A folded question (or "What each form means") shows its marker, so it reads as something to open. */
  :is(.question, details.forms) > summary {
    display: list-item;
    list-style: disclosure-closed inside;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }

  :is(.question, details.forms)[open] > summary {
    list-style-type: disclosure-open;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_accent);
  }

  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms ease, box-shadow 120ms ease;
    }
  }

  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .error,
    .notice {
      border-color: CanvasText;
    }
  }

  @media print {
    .actions,
    .no-print {
      display: none !important;
    }
    [part~='base'] {
      border: none;
      padding: 0;
    }
  }
`;
