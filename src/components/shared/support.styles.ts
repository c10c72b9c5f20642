import { css } from 'lit';

/**
 * Support resources and the way out (views.ts): services as tap-to-call buttons, folds that look
 * like controls and print open, and the "Leave this page quickly" row. Each element adopts it
 * after `baseStyles`.
 */
export const supportStyles = css`
  .resources .services {
    list-style: none;
    padding: 0;
  }

  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.375rem;
  }

  .contacts .contact {
    display: contents;
  }

  /* At least 44 px tall: what a worried reader taps. */
  .contact a.call {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-block-size: 2.75rem;
    padding-block: 0.25rem;
    padding-inline: 1rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
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

  .quick-exit-bar {
    align-items: center;
    margin-block: 0 var(--_space);
  }

  button.quick-exit {
    border-color: var(--_danger);
    background: var(--_danger);
    /* Not the surface colour: the checklist's is transparent. */
    color: var(--_on-accent);
    font-weight: 700;
  }

  .quick-exit-hint {
    flex-basis: 100%;
    margin: 0;
  }

  /* No Shift key to press on a touch screen. */
  @media (hover: none) {
    .quick-exit-hint {
      display: none;
    }
  }

  /* Support prints open (the elements also open the folds on beforeprint, where ::details-content is unknown). */
  @media print {
    details.resources-more {
      display: block;
    }
    :is(details.resources-more, .resources details)::details-content {
      content-visibility: visible;
    }
    .contact a.call {
      background: none;
      color: inherit;
    }
  }
`;
