import { css } from 'lit';

/*
 * The checklist sits inside an article: by default it takes the article's colour and background
 * (currentColor and transparent) and only adds the accent, light or dark with the page's colour
 * scheme. A host page sets the public tokens (and their `-dark` twins, which alone apply in the
 * dark scheme) to give it a panel of its own; a browser without `light-dark()` keeps the light
 * ones. Paragraphs and labels take the direction of their own text (unicode-bidi: plaintext),
 * since the interface strings and the writer's words may differ.
 * Focus moves to the takeaway's heading on "See what this means": its ring shows where the reader is.
 * (Comments stay outside the css literal: they would ship.)
 */
export const checklistStyles = css`
  :host {
    --_text: var(--recipro-text, currentColor);
    --_muted: var(--recipro-muted, currentColor);
    --_surface: var(--recipro-surface, transparent);
    --_surface-alt: var(--recipro-surface-alt, transparent);
    --_border: var(--recipro-border, var(--_tint));
    --_tint: color-mix(in srgb, currentColor 35%, transparent);
    --_focus: var(--recipro-focus, currentColor);
    margin-block: 1.5em;
  }

  @supports (color: light-dark(red, red)) {
    :host {
      --_text: light-dark(var(--recipro-text, currentColor), var(--recipro-text-dark, currentColor));
      --_muted: light-dark(var(--recipro-muted, currentColor), var(--recipro-muted-dark, currentColor));
      --_surface: light-dark(var(--recipro-surface, transparent), var(--recipro-surface-dark, transparent));
      --_surface-alt: light-dark(
        var(--recipro-surface-alt, transparent),
        var(--recipro-surface-alt-dark, transparent)
      );
      --_border: light-dark(var(--recipro-border, var(--_tint)), var(--recipro-border-dark, var(--_tint)));
      --_focus: light-dark(var(--recipro-focus, currentColor), var(--recipro-focus-dark, currentColor));
    }
  }

  p,
  [part='label'] {
    unicode-bidi: plaintext;
  }

  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .row {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.25rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .row:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  .row input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: max(0px, calc((1lh - 1.5rem) / 2)) 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .count {
    margin-block: calc(var(--_space) * 0.5);
    color: var(--_muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }

  .so-far {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-weight: 600;
  }

  .result {
    border-inline-start: 4px solid var(--_accent);
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    margin-block: var(--_space);
  }

  .result.concerning {
    border-inline-start-color: var(--_warning);
  }

  .result > p:last-of-type {
    margin-block-end: 0;
  }

  #takeaway:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }

  .result .resources {
    margin-block-start: var(--_space);
  }

  summary {
    cursor: pointer;
  }

  .resources-more,
  .footer {
    margin-block-start: var(--_space);
  }

  .footer p:last-child {
    margin-block-end: 0;
  }

  .error {
    margin-block-end: var(--_space);
  }

  @media (prefers-reduced-motion: no-preference) {
    .result {
      animation: recipro-appear 180ms ease-out;
    }
  }

  @keyframes recipro-appear {
    from {
      opacity: 0;
    }
  }

  @container (max-width: 30rem) {
    .actions button {
      flex: 1 1 auto;
    }
  }

  @media (forced-colors: active) {
    [part~='base'],
    .result {
      border-color: CanvasText;
    }
    .row:hover {
      background: none;
      outline: 1px solid Highlight;
    }
  }

  @media print {
    .row input {
      print-color-adjust: exact;
    }
    .resources-more {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
