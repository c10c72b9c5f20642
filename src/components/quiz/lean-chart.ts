import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../../core/index.js';
import type { ChartRow } from './quiz-labels.js';
import type { QuizStrings } from './quiz-strings.js';

const WIDTH = 200;
const HEIGHT = 16;

/**
 * A diverging bar per score, drawn as inline SVG from its middle towards the end it leans to, in
 * one of two neutral colours; an even score shows a mark at the centre instead. A legend names both
 * ends and the centre and stays in view while the chart scrolls by (on a phone it is taller than the
 * window). A table says the same in words for screen readers. No inline styles: geometry is
 * attributes, colours come from the stylesheet.
 */
export function leanChart(
  rows: readonly ChartRow[],
  labels: { low: string; high: string },
  t: QuizStrings,
  locale: string,
): TemplateResult {
  const mid = WIDTH / 2;
  // The data table is hidden inside a box: a table sizes to its content and would not shrink to
  // 1 px itself, which scrolled the page sideways at 320 px.
  return html`<figure class="chart" part="chart">
    <figcaption><h3>${t.formsTitle}</h3></figcaption>
    <div class="chart-scale" aria-hidden="true">
      <span class="chart-side low">${labels.low}</span><span class="chart-even">${t.even}</span
      ><span class="chart-side high">${labels.high}</span>
    </div>
    <ul class="chart-rows" aria-hidden="true">
      ${rows.map((row) => {
        const length = Math.abs(row.position) * mid;
        const x = row.position < 0 ? mid - length : mid;
        const bar = row.even
          ? nothing
          : svg`<rect class=${row.position < 0 ? 'bar low' : 'bar high'} x=${x} y="2"
              width=${Math.max(length, 1.5)} height="12" rx="2"></rect>`;
        return html`<li class=${row.even ? 'chart-row even' : 'chart-row'}>
          <span class="chart-label">${row.label}</span>
          <span class="chart-track">
            <svg class="chart-bar" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" focusable="false">
              ${svg`<rect class="track" x="0" y="4" width=${WIDTH} height="8" rx="4"></rect>
              ${bar}
              <line class="mid" x1=${mid} x2=${mid} y1="0" y2=${HEIGHT}></line>`}
            </svg>
            ${row.even ? html`<span class="even-mark"></span>` : nothing}
          </span>
        </li>`;
      })}
    </ul>
    <div class="visually-hidden">
      <table>
        <caption>${t.tableCaption}</caption>
        <thead>
          <tr><th scope="col">${t.tableForm}</th><th scope="col">${t.tableLean}</th><th scope="col">${
            t.tableValue
          }</th></tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr><th scope="row">${row.label}</th><td>${
                row.lean
              }</td><td>${formatNumber(locale, row.value)}</td></tr>`,
          )}
        </tbody>
      </table>
    </div>
  </figure>`;
}
