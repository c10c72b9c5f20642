import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChecklistDefinition } from '../../core/index.js';
import { itemListJSON, writeStructuredData } from './structured-data.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps the checklist's schema.org `ItemList` JSON-LD in the page while `structured-data` asks for
 * it, and takes it away when the element leaves. The element loads this module (and with it
 * structured-data.ts) only once `structured-data` is set.
 */
export class StructuredDataController implements ReactiveController {
  private script?: HTMLScriptElement;
  /** The definition the script was last written for. */
  private writtenFor?: ChecklistDefinition;

  constructor(
    private readonly host: Host,
    /** The definition to describe now, or undefined for none. */
    private readonly wanted: () => ChecklistDefinition | undefined,
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
    this.script = writeStructuredData(this.host, this.script, definition ? itemListJSON(definition) : null);
  }
}
