import { ReciproBuilder } from './builder.component.js';
import { defineOnce } from '../shared/define.js';

export { ReciproBuilder };
// Brings the typed `recipro-*` events (with `recipro-builder-change`) into GlobalEventHandlersEventMap.
export type { ReciproEventMap } from '../../events.js';

defineOnce('recipro-builder', ReciproBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'recipro-builder': ReciproBuilder;
  }
}
