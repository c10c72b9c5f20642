import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer, stillNoResponse } from '../common.js';
import { supportResources } from '../resources.js';

export const oneSidedSigns: ChecklistDefinition = {
  kind: 'checklist',
  id: 'one-sided-signs',
  version: '1.0.0',
  title: 'Les signes d’une relation à sens unique',
  locale: 'fr',
  intro:
    'Cochez ceux qui vous semblent souvent vrais. Quelques-uns se retrouvent dans bien des relations\u202f; s’ils sont nombreux, l’équilibre a peut-être besoin d’attention. La dernière affirmation porte sur votre sécurité et n’est pas comptée dans le score.',
  disclaimer,
  attribution,
  polarity: 'warning',
  items: [
    {
      id: 'initiate',
      text: 'C’est moi qui prends l’initiative de la plupart de nos sorties, de nos appels ou de nos conversations.',
    },
    { id: 'support', text: 'J’apporte bien plus de soutien que je n’en reçois.' },
    { id: 'unseen', text: 'Mes émotions passent souvent inaperçues, et l’on me demande rarement comment je me sens.' },
    { id: 'fixing', text: 'C’est généralement moi qui amorce la réparation après un conflit.' },
    { id: 'drained', text: 'Après un moment passé avec cette personne, je me sens souvent à plat.' },
    { id: 'their-news', text: 'Nos conversations tournent surtout autour de ses nouvelles et de ses soucis.' },
    {
      id: 'holding-back',
      text: 'Je me retiens de demander de l’aide, parce que j’ai l’impression que ce serait trop demander.',
    },
    { id: 'keeping-track', text: 'J’ai commencé à compter, en silence, qui fait quoi.' },
    {
      id: 'afraid-or-controlled',
      text: 'Il m’arrive d’avoir peur de cette personne, ou de me sentir sous son contrôle : je dois lui demander la permission, ou elle garde la main sur mon argent, ou m’éloigne de mes amis et de ma famille.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 30,
      label: 'Peu de signes',
      takeaway:
        'Un certain déséquilibre est normal\u202f; c’est l’équilibre dans la durée qui compte, plus qu’une journée en particulier.',
      next: 'Refaites le point avec vous-même dans quelques semaines\u202f; si un signe revient sans cesse, c’est de celui-là qu’il vaut la peine de parler.',
    },
    {
      id: 'some',
      min: 30,
      max: 60,
      label: 'Quelques signes',
      takeaway: 'Il peut être utile d’exprimer calmement un besoin, et de voir comment l’autre réagit.',
      next: 'Choisissez un besoin et les mots pour le dire, par exemple «\u00a0J’aimerais que nous organisions nos projets à tour de rôle\u00a0», puis observez si l’autre fait sa part du chemin.',
    },
    {
      id: 'many',
      min: 60,
      max: 100,
      label: 'De nombreux signes',
      takeaway:
        'Vous portez peut-être beaucoup. Cesser de vous surinvestir et exprimer vos besoins peut aider, tout comme le soutien d’une personne de confiance.',
      next: 'Avant de décider quoi que ce soit, parlez-en avec une personne de confiance ou avec l’un des services d’aide ci-dessous\u202f; vous n’avez pas à porter cela sans soutien.',
      questions: [
        {
          question: 'Une relation peut-elle durer sans réciprocité\u202f?',
          answer:
            'Elle peut durer, mais elle fait rarement du bien. Quand l’attention va dans un seul sens pendant longtemps, la personne qui donne finit souvent par se sentir fatiguée, seule et pleine de ressentiment, et cela mérite d’être pris au sérieux.',
        },
        stillNoResponse,
      ],
    },
  ],
  resources: supportResources,
};
