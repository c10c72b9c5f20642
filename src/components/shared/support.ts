/**
 * What an element needs to show support: the helplines and the way out, their styles, and the
 * controller that leaves on three Shift presses and prints the folds open. One chunk, loaded by
 * each element just after its first render (`ReciproElement`), so first paint never waits for it.
 */
export { quickExitView, resourcesView } from './support-views.js';
export { exitTarget, SupportController } from './support-controller.js';
export { supportStyles } from './support.styles.js';
