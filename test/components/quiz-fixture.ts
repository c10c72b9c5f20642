import { fixture, html } from '@open-wc/testing';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import '../../src/components/quiz/quiz.js';
import { smallQuiz } from '../fixtures/definitions.js';
import { $, setAttributes, settle } from '../helpers.js';

/**
 * A quiz with a definition and attributes (`name=value name=value`), set before it connects,
 * inside `page` when given (else a fresh fixture). A null definition leaves the default pack.
 */
export async function quiz(definition: unknown = smallQuiz, attrs = '', page?: HTMLElement): Promise<ReciproQuiz> {
  const el = document.createElement('recipro-quiz');
  if (definition) el.definition = definition;
  setAttributes(el, attrs);
  const host = page ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  host.append(el);
  await settle(el);
  return el;
}

/** Presses the intro's Start button (in any language). */
export async function startQuiz(el: ReciproQuiz): Promise<void> {
  $(el, '[part=intro] button.primary').click();
  await settle(el);
}
