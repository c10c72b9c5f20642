import { css } from 'lit';

/**
 * The styles of the result's own pieces: the verdict, the call to action, the chart, the steps.
 * They load with the result's code (`quiz-result.ts`), not with the first question.
 */
export const resultStyles = css`
  .band-label {
    font-size: 1.75em;
    line-height: 1.2;
    color: var(--_accent);
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

  .focus,
  .steps,
  .culture,
  .chart,
  .cta {
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
    .chart-side::before {
      forced-color-adjust: none;
      background: Highlight;
    }
    .even-mark {
      border-color: CanvasText;
    }
  }

  @media print {
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
