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

  .band-label {
    font-size: 1.75em;
    line-height: 1.2;
    color: var(--_accent);
  }

  .safety {
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }

  /* The call to action looks like the primary button. */
  .cta-link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }

  .cta-link:hover {
    text-decoration: underline;
  }

  section + section,
  .focus,
  .steps,
  .culture,
  .chart,
  .cta,
  details {
    margin-block-start: var(--_space);
  }

  /* Two neutral colours for the two directions: neither is a warning. */
  .chart {
    --_lean-low: var(--_muted);
    --_lean-high: var(--_accent);
    margin-inline: 0;
  }

  /* The legend names both ends and the centre, over the bars, and stays in view while they scroll by. */
  .chart-scale {
    position: sticky;
    inset-block-start: var(--recipro-sticky-top, 0px);
    z-index: 1;
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    align-items: end;
    gap: 0.5rem;
    margin-inline-start: calc(35% + 0.5rem);
    padding-block: 0.25rem;
    background: var(--_surface);
    font-size: 0.85em;
  }

  .chart-side.high {
    text-align: end;
  }

  .chart-side::before {
    content: '';
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.3em;
    border-radius: 2px;
    background: var(--_lean-low);
  }

  .chart-side.high::before {
    background: var(--_lean-high);
  }

  .chart-even {
    display: grid;
    justify-items: center;
    color: var(--_muted);
  }

  .chart-even::after {
    content: '';
    inline-size: 1px;
    block-size: 0.4rem;
    background: var(--_text);
  }

  .chart-rows {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .chart-row {
    display: grid;
    grid-template-columns: 35% 1fr;
    align-items: center;
    column-gap: 0.5rem;
    padding-block: 0.25rem;
  }

  .chart-track {
    position: relative;
    display: block;
  }

  .chart-bar {
    display: block;
    inline-size: 100%;
    block-size: 1rem;
  }

  :host(:dir(rtl)) .chart-bar,
  [dir='rtl'] .chart-bar {
    transform: scaleX(-1);
  }

  .track {
    fill: var(--_surface-alt);
    stroke: var(--_border);
    stroke-width: 0.5;
  }

  .bar.high {
    fill: var(--_lean-high);
  }

  .bar.low {
    fill: var(--_lean-low);
  }

  .mid {
    stroke: var(--_text);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }

  /* An even form: a ring at the centre, not an empty track. */
  .even-mark {
    position: absolute;
    inset: 0;
    margin: auto;
    inline-size: 0.85rem;
    block-size: 0.85rem;
    border: 2px solid var(--_text);
    border-radius: 50%;
    background: var(--_surface);
  }

  .letter {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    font-size: 0.85em;
  }

  @container (max-width: 30rem) {
    .chart-row {
      grid-template-columns: 1fr;
    }
    .chart-scale {
      margin-inline-start: 0;
    }
    .actions button,
    .cta-link {
      flex: 1 1 100%;
    }
    .cta-link {
      display: flex;
    }
  }

  @media (forced-colors: active) {
    .bar {
      fill: Highlight;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
    .chart-side::before {
      forced-color-adjust: none;
      background: Highlight;
    }
    .even-mark {
      border-color: CanvasText;
    }
  }

  @media print {
    details.resources-more > *:not(summary) {
      display: block;
    }
    .chart-bar .bar {
      fill: #000;
    }
    .chart-scale {
      position: static;
    }
    .cta-link {
      display: inline;
      padding: 0;
      border: none;
      background: none;
      color: inherit;
    }
    .cta-link::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
