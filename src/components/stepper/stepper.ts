import { ReciproStepper } from './stepper.component.js';
import { defineOnce } from '../shared/define.js';

export { ReciproStepper };
// Brings the typed `recipro-*` events into GlobalEventHandlersEventMap for importers.
export type { ReciproEventMap } from '../../events.js';

defineOnce('recipro-stepper', ReciproStepper);

declare global {
  interface HTMLElementTagNameMap {
    'recipro-stepper': ReciproStepper;
  }
}
