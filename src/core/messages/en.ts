import { checklist } from './en/checklist.js';
import { common } from './en/common.js';
import { quiz } from './en/quiz.js';
import { stepper } from './en/stepper.js';

/**
 * English UI strings: the reference catalog, one file per element under `en/`. Every other
 * language must provide every key (a missing key fails type-checking). Parametrised strings
 * are functions.
 */
export const en = { ...common, ...quiz, ...checklist, ...stepper };

type Widen<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** The shape every language's catalog must have. */
export type Catalog = Widen<typeof en>;
export type MessageKey = keyof Catalog;
