import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';

export const traumaAndReciprocity: ChecklistDefinition = {
  kind: 'checklist',
  id: 'trauma-and-reciprocity',
  version: '1.0.0',
  title: 'Quand les blessures du passé pèsent sur le donner et le recevoir',
  locale: 'fr',
  intro:
    'Les expériences douloureuses, surtout les plus précoces, peuvent influencer le sentiment de sécurité que l’on éprouve à s’appuyer sur les autres, ou à leur servir d’appui. Ces schémas sont des façons de faire face, pas des défauts. Cochez ceux qui vous semblent familiers, et arrêtez-vous quand vous le souhaitez.',
  disclaimer,
  attribution,
  polarity: 'warning',
  items: [
    { id: 'accepting-help', text: 'Accepter de l’aide me met mal à l’aise, même quand j’en ai besoin.' },
    {
      id: 'giving-to-keep',
      text: 'Je donne plus que je ne le peux, de peur qu’avoir besoin de quoi que ce soit ne fasse fuir les autres.',
    },
    { id: 'going-quiet', text: 'Quand la tension monte, je me tais, ou je me ferme intérieurement.' },
    {
      id: 'showing-struggle',
      text: 'Laisser voir à quelqu’un que je traverse une période difficile me paraît risqué.',
    },
    { id: 'naming-needs', text: 'J’ai du mal à mettre des mots sur mes besoins.' },
    { id: 'expecting-no', text: 'Quand je demande quelque chose, je m’attends à un refus.' },
    { id: 'trusting-care', text: 'J’ai du mal à croire que l’attention qu’on me porte va durer.' },
    {
      id: 'afraid-or-controlled',
      text: 'Aujourd’hui, une personne proche me fait peur, ou contrôle où je vais, qui je vois ou ce que je dépense.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 30,
      label: 'Peu vous semblent familiers',
      takeaway:
        'Peu de ces schémas ressortent pour vous\u202f; là où l’un d’eux apparaît, le simple fait de le remarquer est déjà un premier pas, et un geste de bienveillance envers vous-même.',
      next: 'Quand l’un de ces schémas se manifeste, faites une pause et nommez-le pour vous-même, avec douceur\u202f; rien ne presse pour le changer.',
    },
    {
      id: 'some',
      min: 30,
      max: 60,
      label: 'Certains vous semblent familiers',
      takeaway:
        'Ce type de schéma s’assouplit souvent grâce à de petits moments d’attention, prévisibles, à un rythme qui vous paraît sûr.',
      next: 'Essayez un petit pas, à votre rythme, comme accepter un peu d’aide d’une personne qui a déjà été bienveillante avec vous.',
      questions: [
        {
          question: 'Les traumatismes passés influencent-ils le donner et le recevoir\u202f?',
          answer:
            'Cela arrive. Après un traumatisme, certaines personnes ont du mal à laisser les autres s’approcher, d’autres donnent bien plus qu’elles ne le peuvent, et d’autres encore se ferment quand la tension monte. Une attention régulière et douce, des deux côtés, peut aider une personne à se sentir assez en sécurité pour reprendre part à l’échange.',
        },
      ],
    },
    {
      id: 'many',
      min: 60,
      max: 100,
      label: 'Beaucoup vous semblent familiers',
      takeaway:
        'Ce sont des façons que vous avez apprises pour vous protéger. Allez-y en douceur\u202f; si vous en avez la possibilité, un ou une thérapeute peut vous aider à les dénouer.',
      next: 'Si cela vous semble juste, contactez un ou une thérapeute, ou l’un des services d’aide ci-dessous\u202f; vous n’avez pas à traverser cela sans soutien.',
    },
  ],
  resources: supportResources,
};
