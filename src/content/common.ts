import type { Attribution, QuizStep } from '../core/index.js';

export { disclaimer } from './disclaimer.js';

export const attribution: Attribution = {
  text: "The RECIPRO steps and the six forms of reciprocity are adapted from Priyanka Sharma's article on reciprocity in relationship healing.",
};

/** Asked wherever a reader has tried to even things out: in Observe, and beside many one-sided signs. */
export const stillNoResponse = {
  question: 'What if they still do not respond?',
  answer:
    'Give it a fair stretch of time, and watch what they do as well as what they say. If you have asked plainly and the effort still comes only from you, that tells you something too: you may choose to give less, lean on other people, or talk it through with a counsellor.',
};

/*
 * The seven RECIPRO steps, as the quiz names them. The stepper spreads these and adds the
 * longer text, so a step's title and summary read the same in every pack.
 */
export const reflect: QuizStep = {
  id: 'reflect',
  letter: 'R',
  title: 'Reflect',
  summary: 'Notice your own needs and your habits of giving and receiving.',
};
export const express: QuizStep = {
  id: 'express',
  letter: 'E',
  title: 'Express',
  summary: 'Say what you need, clearly and without blame.',
};
export const checkIn: QuizStep = {
  id: 'check-in',
  letter: 'C',
  title: 'Check in',
  summary: 'Ask, now and then, how things feel for both of you.',
};
export const invest: QuizStep = {
  id: 'invest',
  letter: 'I',
  title: 'Invest',
  summary: 'Offer small, everyday acts of care.',
};
export const practiceBalance: QuizStep = {
  id: 'practice-balance',
  letter: 'P',
  title: 'Practice balance',
  summary: 'Judge fairness over months, not day by day.',
};
export const repair: QuizStep = {
  id: 'repair',
  letter: 'R',
  title: 'Repair',
  summary: 'After a conflict, start repair soon, and gently.',
};
export const observe: QuizStep = {
  id: 'observe',
  letter: 'O',
  title: 'Observe',
  summary: 'Notice what changes, and adjust together.',
};
