import type { CSSResult, LitElement } from 'lit';

/** Per document, the element styles rebuilt as that document's own constructed stylesheets. */
const sheetsByDocument = new WeakMap<Document, Map<CSSResult | CSSStyleSheet, CSSStyleSheet>>();

const cssText = (style: CSSResult | CSSStyleSheet) =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : style.cssText;

/**
 * Moving an element into another document (`adoptNode`, e.g. into an iframe) empties its shadow
 * root's `adoptedStyleSheets`: constructed stylesheets belong to the document that made them.
 * Put the styles back on connect, rebuilt in the element's current document when that differs.
 */
export function keepStyles(element: LitElement): void {
  const root = element.shadowRoot;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  if (!root || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.length || !styles.length) return;
  const doc = element.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  try {
    if (doc === document) {
      root.adoptedStyleSheets = styles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));
      return;
    }
    let sheets = sheetsByDocument.get(doc);
    if (!sheets) sheetsByDocument.set(doc, (sheets = new Map()));
    root.adoptedStyleSheets = styles.map((style) => {
      let sheet = sheets.get(style);
      if (!sheet) {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(cssText(style));
        sheets.set(style, sheet);
      }
      return sheet;
    });
  } catch {
    /* a browser without constructable stylesheets in that document: the element stays usable unstyled */
  }
}
