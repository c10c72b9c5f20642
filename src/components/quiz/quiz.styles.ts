import { css } from 'lit';

export const quizStyles = css`
  .question {
    border: none;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  /* The question is the largest text on its screen; its number is a quiet line above it. */
  .question-of {
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_muted);
  }

  .question-text {
    font-size: 1.1em;
    font-weight: 600;
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .paged .question-text {
    font-size: 1.4em;
    line-height: 1.3;
  }

  .options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    cursor: pointer;
  }

  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }

  /* The number key that picks the option. */
  .key {
    margin-inline-start: auto;
    min-inline-size: 1.5rem;
    padding-inline: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    color: var(--_muted);
    font-size: 0.8em;
    text-align: center;
    flex: none;
  }

  @media (hover: none) and (pointer: coarse) {
    .key {
      display: none;
    }
  }

  /* Each new question fades in; the two names alternate so that the animation restarts. */
  @media (prefers-reduced-motion: no-preference) {
    .paged .question {
      animation: recipro-in-0 220ms ease-out;
    }
    .paged .turn-1 {
      animation-name: recipro-in-1;
    }
  }

  @keyframes recipro-in-0 {
    from {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }

  @keyframes recipro-in-1 {
    from {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }

  .items {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .hint:empty {
    display: none;
  }

  .hint {
    color: var(--_danger);
    font-weight: 600;
    margin-block: var(--_space) 0;
  }

  progress {
    margin-block: 0 var(--_space);
  }

  /* Where focus lands (the intro, the result, the rest of a result) is visibly marked. */
  h2[tabindex='-1']:focus,
  h3[tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  /* The verdict is the largest text of the result; "Your result" is a small heading above it. */
  .result-title {
    inline-size: fit-content;
    font-size: 1em;
    color: var(--_muted);
    margin-block-end: 0.25rem;
  }

  .result-of {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .safety {
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }

  section + section,
  details {
    margin-block-start: var(--_space);
  }

  @container (max-width: 30rem) {
    .actions button {
      flex: 1 1 100%;
    }
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }

  @media print {
    details.resources-more > *:not(summary) {
      display: block;
    }
  }
`;
