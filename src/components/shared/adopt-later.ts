import type { CSSResult, LitElement } from 'lit';
import { keepStyles } from './keep-styles.js';

/**
 * Styles that come with code loaded later (e.g. the quiz's result): from then on they are the
 * element class's own, so this element adopts them now, later ones when they render, and any moved
 * into another document (keepStyles).
 */
export function adoptLater(element: LitElement, styles: CSSResult): void {
  const own = (element.constructor as typeof LitElement).elementStyles;
  if (!own.includes(styles)) own.push(styles);
  if (element.shadowRoot && 'adoptedStyleSheets' in element.shadowRoot) {
    element.shadowRoot.adoptedStyleSheets = [];
    keepStyles(element);
  }
}
