import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';

export const restoreSteps: ChecklistDefinition = {
  kind: 'checklist',
  id: 'restore-steps',
  version: '1.0.0',
  title: 'Les étapes pour rétablir la réciprocité',
  locale: 'fr',
  intro:
    'Cochez les étapes que vous pratiquez déjà. Elles s’adressent aux relations où vous vous sentez en sécurité\u202f; si une personne vous fait peur, votre sécurité passe avant tout\u00a0: tournez-vous vers quelqu’un de confiance ou vers une ligne d’écoute.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'small-acts', text: 'J’offre de petites attentions, même les jours ordinaires.' },
    { id: 'share-tasks', text: 'Nous avons parlé d’un partage plus équitable des tâches.' },
    {
      id: 'repair-soon',
      text: 'Après un désaccord, nous essayons de réparer les choses dans la journée ou le lendemain.',
    },
    { id: 'listen', text: 'J’écoute avec curiosité avant de répondre.' },
    { id: 'express', text: 'Je dis ce dont j’ai besoin sans faire de reproches.' },
    { id: 'appreciate', text: 'Nous nous remercions pour les petites choses du quotidien.' },
    { id: 'slow-down', text: 'Quand une discussion se tend, nous ralentissons le rythme.' },
  ],
  bands: [
    {
      id: 'starting',
      min: 0,
      max: 35,
      label: 'Premiers pas',
      takeaway: 'Choisissez une étape qui vous semble facile, et essayez-la pendant une semaine.',
      next: 'Notez l’étape choisie, et un moment de la semaine où vous pourriez l’essayer.',
    },
    {
      id: 'building',
      min: 35,
      max: 70,
      label: 'En construction',
      takeaway: 'Vous avez commencé\u202f; ajoutez une autre étape quand la première vous sera devenue naturelle.',
      next: 'Dites à l’autre quelle étape vous pratiquez, et demandez-lui laquelle lui plairait à son tour.',
    },
    {
      id: 'steady',
      min: 70,
      max: 100,
      label: 'Une pratique bien installée',
      takeaway: 'Continuez, et remarquez les changements, même les plus petits.',
      next: 'Dans quelques semaines, regardez ensemble ce qui a changé, et choisissez ce que vous voulez garder.',
    },
  ],
};
