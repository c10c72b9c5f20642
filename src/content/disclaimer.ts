/**
 * Every pack carries this: the packs are for reflection, and say so. A module of its own so that a
 * quiz's cover, drawn before its pack loads, carries only this sentence and not the rest of `common.ts`.
 */
export const disclaimer =
  'A tool for reflection, not a diagnosis and not therapy. It cannot assess your situation or your safety; a qualified professional can help with both.';
