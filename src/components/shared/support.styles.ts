import { css } from 'lit';

/**
 * Support resources and the way out (support-views.ts): services as tap-to-call buttons, folds that
 * print open, and the "Leave this page quickly" row. Adopted with the support code, just after the
 * first render; the folds' own look is in `baseStyles`, so they are drawn right from the start.
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
