import type { Attribution, QuizStep } from '../../core/index.js';

/** Every pack carries this: the packs are for reflection, and say so. */
export const disclaimer =
  'Un outil de réflexion, qui n’est ni un diagnostic ni une thérapie. Il ne peut évaluer ni votre situation ni votre sécurité\u202f; une personne qualifiée peut vous aider sur ces deux plans.';

export const attribution: Attribution = {
  text: 'Les étapes RECIPRO et les six formes de réciprocité sont adaptées de l’article de Priyanka Sharma (en anglais) sur la place de la réciprocité dans la guérison des relations.',
};

/** Asked wherever a reader has tried to even things out: in Observe, and beside many one-sided signs. */
export const stillNoResponse = {
  question: 'Et si l’autre ne réagit toujours pas\u202f?',
  answer:
    'Laissez passer un temps raisonnable, et regardez les actes de l’autre autant que ses paroles. Si vous avez demandé clairement et que l’effort vient toujours de votre seul côté, cela vous apprend aussi quelque chose\u00a0: vous pouvez choisir de donner moins, de vous appuyer sur d’autres personnes, ou d’en parler avec un ou une thérapeute.',
};

/*
 * The seven RECIPRO steps. Ids and letters stay as in English (RECIPRO is the framework's
 * name); the French titles were chosen so that each one still starts with its letter.
 */
export const reflect: QuizStep = {
  id: 'reflect',
  letter: 'R',
  title: 'Réfléchir',
  summary: 'Prenez conscience de vos propres besoins, et de vos habitudes quand il s’agit de donner et de recevoir.',
};
export const express: QuizStep = {
  id: 'express',
  letter: 'E',
  title: 'Exprimer',
  summary: 'Dites ce dont vous avez besoin, clairement et sans reproche.',
};
export const checkIn: QuizStep = {
  id: 'check-in',
  letter: 'C',
  title: 'Cultiver le dialogue',
  summary: 'Demandez, de temps en temps, comment chacun de vous deux vit la relation.',
};
export const invest: QuizStep = {
  id: 'invest',
  letter: 'I',
  title: 'Investir',
  summary: 'Offrez de petits gestes d’attention, au quotidien.',
};
export const practiceBalance: QuizStep = {
  id: 'practice-balance',
  letter: 'P',
  title: 'Pratiquer l’équilibre',
  summary: 'Jugez de l’équité sur plusieurs mois, pas au jour le jour.',
};
export const repair: QuizStep = {
  id: 'repair',
  letter: 'R',
  title: 'Réparer',
  summary: 'Après un conflit, amorcez la réparation sans tarder, et avec douceur.',
};
export const observe: QuizStep = {
  id: 'observe',
  letter: 'O',
  title: 'Observer',
  summary: 'Remarquez ce qui change, et ajustez ensemble.',
};
