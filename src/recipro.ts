/** The script-tag build: everything bundled, every element registered. */
import './define.js';
export * from './index.js';
