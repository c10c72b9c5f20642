import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';

export const friendshipBalance: ChecklistDefinition = {
  kind: 'checklist',
  id: 'friendship-balance',
  version: '1.0.0',
  title: 'L’équilibre dans une amitié',
  locale: 'fr',
  intro:
    'Pensez à une amitié en particulier, et cochez ce qui est généralement vrai. Une bonne amitié ne fonctionne pas au donnant-donnant\u202f; ce qui compte, c’est que les efforts viennent des deux côtés. La dernière affirmation porte sur votre sécurité et n’est pas comptée dans le score.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'reach-out', text: 'L’initiative de nous voir vient des deux côtés.' },
    { id: 'turns', text: 'Nous nous écoutons et nous nous confions à tour de rôle.' },
    { id: 'make-time', text: 'De part et d’autre, nous adaptons parfois notre emploi du temps pour nous voir.' },
    { id: 'good-news', text: 'Nous nous réjouissons de nos bonnes nouvelles respectives.' },
    { id: 'hard-times', text: 'Quand l’un de nous traverse une passe difficile, l’autre répond présent.' },
    { id: 'appreciation', text: 'Nous nous faisons savoir que notre amitié compte.' },
    { id: 'honesty', text: 'Nous pouvons aborder un problème et rester proches ensuite.' },
    {
      id: 'afraid-or-controlled',
      text: 'Il m’arrive d’avoir peur de cette personne, ou de sentir qu’elle cherche à contrôler qui je vois ou ce que je fais.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'Plutôt à sens unique',
      takeaway:
        'Une amitié s’étiole quand les efforts vont dans un seul sens\u202f; tentez une invitation sincère, et voyez si l’autre fait un pas vers vous.',
      next: 'Après une invitation sincère, laissez l’autre faire le pas suivant, et accordez du temps aux personnes qui font déjà leur part du chemin vers vous.',
      questions: [
        {
          question: 'Comment créer plus de réciprocité dans une amitié\u202f?',
          answer:
            'Faites un pas sincère vers votre ami ou amie, dites ce que vous appréciez, partagez l’organisation et les services rendus, puis voyez si l’autre commence à faire la moitié du chemin.',
        },
      ],
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'Un certain équilibre',
      takeaway: 'Il y a ici un vrai va-et-vient\u202f; un mot de reconnaissance peut le renforcer.',
      next: 'Dites à cette personne une chose précise que vous appréciez chez elle, ou proposez-lui d’organiser votre prochaine rencontre.',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'Une amitié bien équilibrée',
      takeaway: 'Cette amitié semble équilibrée\u202f; continuez à vous soutenir mutuellement.',
      next: 'Entretenez un petit rituel, comme un appel ou une promenade réguliers, pour que votre amitié ait toujours son rendez-vous.',
    },
  ],
  resources: supportResources,
};
