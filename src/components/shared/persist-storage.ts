/** The storage code an element needs only when it keeps progress: loaded on demand by PersistController. */
export { createStore } from '../../core/storage.js';
export { restoreProgress, serializeProgress } from '../../core/progress.js';
