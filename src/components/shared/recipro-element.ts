import { LitElement, type CSSResult, type PropertyDeclarations } from 'lit';
import { LocaleController } from './locale-controller.js';
import { Submitter } from './submit.js';

/**
 * What every recipro element has in common: where its definition comes from, whether progress
 * is kept, its language, and where results are sent. Each element adds its own behaviour.
 */
export abstract class ReciproElement extends LitElement {
  static override properties: PropertyDeclarations = {
    definition: { attribute: false },
    src: {},
    preset: {},
    persist: {},
    persistKey: { attribute: 'persist-key' },
    locale: {},
    submitUrl: { attribute: 'submit-url' },
    submitInclude: { attribute: 'submit-include' },
  };

  /** A definition object; takes precedence over every other source. */
  definition?: unknown;
  /** URL of a JSON definition, fetched without credentials. */
  src?: string;
  /** A built-in pack id. Absent: the element's default pack (`reciprocity-balance`, `romantic-signs`, `recipro-steps`). */
  preset?: string;
  /** Keep progress on this device: `session` or `local`. Absent: nothing is stored (the stepper lets the reader opt in). */
  persist?: string;
  /** Separates the saved progress of elements that share a definition. */
  persistKey?: string;
  /** Language of the interface, e.g. `en`. Default: the page's language. */
  locale?: string;
  /** POST each result (JSON) to this URL, with retries. Absent: nothing leaves the page. */
  submitUrl?: string;
  /** What the payload carries beside scores: `answers` (quiz, checklist) or `notes` (stepper); space- or comma-separated. */
  submitInclude?: string;

  /** Created first, so every other controller sees the current language. */
  protected readonly localeController = new LocaleController(this);
  protected readonly submitter = new Submitter(this, () => this.submitUrl);

  /** The language the element speaks now (`en`, `fr`, `hi` or `ar`). */
  protected get language(): string {
    return this.localeController.language;
  }

  /** Set by each element: its definition loader. */
  protected abstract readonly definitionController: { settled: Promise<void> };
  /** Set by each element: where its progress is kept. */
  protected abstract readonly persistence: { settled: Promise<void> };

  override connectedCallback(): void {
    super.connectedCallback();
    keepStyles(this);
  }

  /** Also waits for a language, a definition or storage code still loading, so `await el.updateComplete` sees them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.localeController.settled;
    await super.getUpdateComplete();
    await this.definitionController.settled;
    await super.getUpdateComplete();
    await this.persistence.settled;
    return (await super.getUpdateComplete()) && first;
  }
}

/** Per document, the element styles rebuilt as that document's own constructed stylesheets. */
const sheetsByDocument = new WeakMap<Document, Map<CSSResult | CSSStyleSheet, CSSStyleSheet>>();

/**
 * Moving an element into another document (`adoptNode`, e.g. into an iframe) empties its shadow
 * root's `adoptedStyleSheets`: constructed stylesheets belong to the document that made them.
 * Put the styles back on connect, rebuilt in the element's current document when that differs.
 */
function keepStyles(element: LitElement): void {
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
        sheet.replaceSync(
          style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : style.cssText,
        );
        sheets.set(style, sheet);
      }
      return sheet;
    });
  } catch {
    /* a browser without constructable stylesheets in that document: the element stays usable unstyled */
  }
}
