import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';

export const romanticSigns: ChecklistDefinition = {
  kind: 'checklist',
  id: 'romantic-signs',
  version: '1.0.0',
  title: 'Les signes de réciprocité dans le couple',
  locale: 'fr',
  intro:
    'Cochez les signes qui correspondent à ce que vous vivez à deux, la plupart du temps. Aucune relation ne les montre tous, tous les jours. La dernière affirmation porte sur votre sécurité et n’est pas comptée dans le score.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'heard', text: 'Quand nous parlons, l’écoute va dans les deux sens.' },
    {
      id: 'mental-load',
      text: 'Nous partageons la charge mentale\u00a0: penser aux choses, organiser, garder en tête ce qui reste à faire.',
    },
    { id: 'appreciation', text: 'Les remerciements et la reconnaissance vont dans les deux sens.' },
    { id: 'repair', text: 'Après un désaccord, ce n’est pas toujours la même personne qui fait le premier pas.' },
    { id: 'effort', text: 'Nous consacrons, de part et d’autre, du temps et des efforts à notre relation.' },
    { id: 'hard-days', text: 'Dans les jours difficiles, nous pouvons nous épauler mutuellement.' },
    { id: 'tasks', text: 'Les tâches du quotidien sont réparties d’une façon que nous jugeons équitable.' },
    { id: 'asking', text: 'Nous pouvons demander de l’aide sans que cela devienne toute une affaire.' },
    {
      id: 'afraid-or-controlled',
      text: 'Il m’arrive d’avoir peur de l’autre, ou de sentir qu’on me surveille, qu’on vérifie ce que je fais, ou qu’on me prive d’argent, d’amis ou de famille.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'Peu de signes pour l’instant',
      takeaway:
        'Choisissez un signe que vous aimeriez voir plus souvent, et abordez-le avec douceur\u202f; chaque petit pas compte.',
      next: 'Cette semaine, choisissez un moment calme et commencez par «\u00a0Cela me ferait vraiment plaisir si…\u00a0»\u202f; un seul souhait suffit.',
      questions: [
        {
          question: 'Pourquoi l’équilibre entre donner et recevoir se dérègle-t-il\u202f?',
          answer:
            'Le plus souvent, à cause de pressions ordinaires plutôt que d’une mauvaise intention\u00a0: le stress et l’épuisement, de vieilles blessures, l’envie d’éviter les émotions difficiles, des habitudes différentes héritées de milieux différents, ou une personne qui assume en silence l’essentiel des responsabilités.',
        },
      ],
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'Quelques signes',
      takeaway: 'Il y a une base sur laquelle bâtir\u00a0: commencez par l’un des signes qui manquent.',
      next: 'Partez de ce qui fonctionne\u00a0: dites à votre partenaire une chose que vous appréciez, puis parlez ensemble d’un signe que vous aimeriez voir plus souvent tous les deux.',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'De nombreux signes',
      takeaway: 'L’attention semble circuler dans les deux sens\u202f; gardez les habitudes qui le permettent.',
      next: 'Dites à votre partenaire quel geste rend, à vos yeux, l’échange équitable entre vous\u202f; le nommer aide à le faire durer.',
      questions: [
        {
          question: 'Comment savoir si l’on m’apprécie à ma juste valeur\u202f?',
          answer:
            'Regardez ce qui se répète au fil des jours plutôt que les grands moments\u00a0: l’autre tient parole, remarque comment vous allez, fait des efforts sans qu’on le lui demande, et s’intéresse à ce qui compte pour vous.',
        },
      ],
    },
  ],
  resources: supportResources,
};
