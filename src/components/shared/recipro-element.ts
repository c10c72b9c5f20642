import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from './locale-controller.js';
import { SubmitController } from './submit-controller.js';

/**
 * What every recipro element has in common: where its definition comes from, whether progress
 * is kept, its language, and where results are sent. Each element adds its own behaviour.
 */
export abstract class ReciproElement extends LitElement {
  /** A definition object; takes precedence over every other source. */
  @property({ attribute: false }) definition?: unknown;
  /** URL of a JSON definition, fetched without credentials. */
  @property() src?: string;
  /** A built-in pack id. Absent: the element's default pack (`reciprocity-balance`, `romantic-signs`, `recipro-steps`). */
  @property() preset?: string;
  /** Keep progress on this device: `session` or `local`. Absent: nothing is stored (the stepper lets the reader opt in). */
  @property() persist?: string;
  /** Separates the saved progress of elements that share a definition. */
  @property({ attribute: 'persist-key' }) persistKey?: string;
  /** Language of the interface, e.g. `en`. Default: the page's language. */
  @property() locale?: string;
  /** POST each result (JSON) to this URL, with retries. Absent: nothing leaves the page. */
  @property({ attribute: 'submit-url' }) submitUrl?: string;
  /** What the payload carries beside scores: `answers` (quiz, checklist) or `notes` (stepper); space- or comma-separated. */
  @property({ attribute: 'submit-include' }) submitInclude?: string;

  /** Created first, so every other controller sees the current language. */
  protected readonly localeController = new LocaleController(this);
  protected readonly submitter = new SubmitController(this, () => this.submitUrl);

  /** The language the element speaks now (`en`, `fr`, `hi` or `ar`). */
  protected get language(): string {
    return this.localeController.language;
  }

  /** Set by each element: its definition loader. */
  protected abstract readonly definitionController: { settled: Promise<void> };

  /** Also waits for a language or a definition still loading, so `await el.updateComplete` sees them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.localeController.settled;
    await super.getUpdateComplete();
    await this.definitionController.settled;
    return (await super.getUpdateComplete()) && first;
  }
}
