import { ReciproChecklist } from './checklist.component.js';
import { defineOnce } from '../shared/define.js';

export { ReciproChecklist };
// Brings the typed `recipro-*` events into GlobalEventHandlersEventMap for importers.
export type { ReciproEventMap } from '../../events.js';

defineOnce('recipro-checklist', ReciproChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'recipro-checklist': ReciproChecklist;
  }
}
