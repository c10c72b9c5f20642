import { css } from 'lit';

export const quizStyles = css`
  .question {
    border: none;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  .question-text {
    font-size: 1.1em;
    font-weight: 600;
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.75);
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

  .band-label {
    font-size: 1.3em;
    color: var(--_accent);
  }

  .safety {
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }

  .cta-link {
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
  }

  section + section,
  .chart,
  .cta,
  details {
    margin-block-start: var(--_space);
  }

  .chart {
    margin-inline: 0;
  }

  .chart-scale {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.85em;
    margin-inline-start: 35%;
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

  .chart-lean {
    grid-column: 2;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .chart-bar {
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
    fill: var(--_accent);
  }

  .bar.low {
    fill: var(--_warning);
  }

  .mid {
    stroke: var(--_text);
    stroke-width: 1;
  }

  .cta-link {
    font-weight: 600;
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
    .chart-lean,
    .chart-scale {
      grid-column: 1;
      margin-inline-start: 0;
    }
    .actions button {
      flex: 1 1 100%;
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
  }

  @media print {
    details.resources-more > *:not(summary) {
      display: block;
    }
    .chart-bar .bar {
      fill: #000;
    }
  }
`;
