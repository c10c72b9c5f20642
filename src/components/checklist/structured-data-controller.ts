import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChecklistDefinition } from '../../core/index.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps the checklist's schema.org `ItemList` JSON-LD in the page while `structured-data` asks for
 * it, and takes it away when the element leaves. Its code (structured-data.ts) loads only then.
 */
export class StructuredDataController implements ReactiveController {
  private script?: HTMLScriptElement;
  /** The definition the script was last written for. */
  private writtenFor?: ChecklistDefinition;

  constructor(
    private readonly host: Host,
    /** The definition to describe now, or undefined for none. */
    private readonly wanted: () => ChecklistDefinition | undefined,
    /** Lets the host's `updateComplete` wait for the write. */
    private readonly track: (work: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Reconnecting puts the structured data back.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.script?.remove();
    this.script = undefined;
    this.writtenFor = undefined;
  }

  hostUpdated(): void {
    const definition = this.host.isConnected ? this.wanted() : undefined;
    if (definition === this.writtenFor) return;
    this.writtenFor = definition;
    this.track(
      import('./structured-data.js').then(({ itemListJSON, writeStructuredData }) => {
        if (this.writtenFor !== definition) return; // superseded while loading
        this.script = writeStructuredData(this.host, this.script, definition ? itemListJSON(definition) : null);
      }),
    );
  }
}
