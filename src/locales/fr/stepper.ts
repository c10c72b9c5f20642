import type { StepperDefinition } from '../../core/index.js';
import {
  attribution,
  checkIn,
  disclaimer,
  express,
  invest,
  observe,
  practiceBalance,
  reflect,
  repair,
  stillNoResponse,
} from './common.js';
import { supportResources } from './resources.js';

/* The RECIPRO steps in French: the English ids, letters and reminders, worded in French. */

export const reciproSteps: StepperDefinition = {
  kind: 'stepper',
  id: 'recipro-steps',
  version: '1.1.0',
  title: 'Les étapes RECIPRO',
  locale: 'fr',
  intro:
    'Sept étapes, une pour chaque lettre de RECIPRO, pour retrouver une attention qui circule dans les deux sens. Avancez à votre rythme\u202f; quelques étapes, pratiquées avec régularité, aident déjà. Elles s’adressent aux relations dans lesquelles vous vous sentez en sécurité.',
  disclaimer,
  attribution,
  steps: [
    {
      ...reflect,
      body: 'Commencez par vos propres habitudes. Certaines personnes donnent jusqu’à s’épuiser\u202f; d’autres se mettent en retrait, ou ont du mal à accepter qu’on prenne soin d’elles. Dans les deux cas, ce sont des habitudes apprises, et elles peuvent changer.',
      prompts: [
        {
          id: 'p1',
          text: 'Dans quelles situations ai-je tendance à trop donner, et dans lesquelles est-ce que je me retiens\u202f?',
        },
        { id: 'p2', text: 'Qu’est-ce qui fait qu’il m’est difficile d’accepter de l’aide\u202f?' },
        { id: 'p3', text: 'De quoi ai-je davantage besoin en ce moment\u202f?' },
      ],
      practice: {
        text: 'Pendant trois jours, notez un moment où vous avez offert de l’attention, et un moment où vous en avez reçu.',
      },
      example:
        'Une femme a remarqué qu’elle répondait toujours «\u00a0Ça va, merci\u00a0» quand ses proches lui proposaient de l’aide, puis se demandait pourquoi elle se sentait seule.',
      questions: [
        {
          question: 'La culture change-t-elle la façon de montrer son attention\u202f?',
          answer:
            'Beaucoup. Les familles et les cultures transmettent des façons différentes de prendre soin des autres\u00a0: par les mots, par les actes, par le temps passé ensemble ou par la loyauté. Deux personnes peuvent être attentionnées chacune à sa façon, sans que l’autre le reconnaisse\u202f; il est donc utile de se demander ce que l’attention représente pour chacun de vous.',
        },
      ],
    },
    {
      ...express,
      body: 'Un besoin qui n’est pas exprimé passe facilement inaperçu. Nommez un besoin précis, parlez à partir de ce que vous vivez, et laissez de la place à une réponse. Cette étape est pensée pour les relations où vous vous sentez en sécurité. Si vous avez peur, ou que l’on vous contrôle, votre sécurité passe avant tout, et les lignes d’écoute ci-dessous sont là pour vous.',
      prompts: [
        { id: 'p1', text: 'Qu’est-ce que j’aimerais trouver un peu plus dans notre relation\u202f?' },
        { id: 'p2', text: 'Comment pourrais-je le formuler comme un souhait plutôt que comme un reproche\u202f?' },
        { id: 'p3', text: 'Quel serait un moment calme pour en parler\u202f?' },
      ],
      practice: {
        text: 'Essayez une phrase qui commence par «\u00a0Je me sens plus proche de toi quand…\u00a0» et qui se termine par une demande simple et concrète.',
      },
      example:
        'Au lieu de «\u00a0Tu ne me demandes jamais comment s’est passée ma journée\u00a0», une personne a essayé, dans son couple\u00a0: «\u00a0J’aimerais qu’on se raconte nos journées à table\u00a0». La soirée a pris une tout autre tournure.',
      questions: [
        {
          question: 'Comment demander ce dont j’ai besoin sans avoir l’air d’en demander trop\u202f?',
          answer:
            'Avoir besoin de soutien n’a rien d’excessif. Formulez une demande précise, avec bienveillance\u00a0: dites ce que vous aimeriez et pourquoi cela compte pour vous, comme une invitation plutôt qu’un reproche, par exemple\u00a0: «\u00a0Est-ce qu’on pourrait se raconter notre semaine le dimanche soir\u202f? Ça m’aide à me sentir proche de toi.\u00a0»',
        },
      ],
    },
    {
      ...checkIn,
      body: 'Les besoins et les contraintes évoluent. Un court moment, régulier, pour faire le point permet de repérer les petites tensions avant qu’elles ne grandissent. Cette étape est pensée pour les relations où vous vous sentez en sécurité. Si vous avez peur, ou que l’on vous contrôle, votre sécurité passe avant tout, et les lignes d’écoute ci-dessous sont là pour vous.',
      prompts: [
        { id: 'p1', text: 'Qu’est-ce qui nous a fait du bien, ces derniers temps\u202f?' },
        { id: 'p2', text: 'Y a-t-il quelque chose qui pèse plus lourd qu’avant\u202f?' },
        { id: 'p3', text: 'Qu’est-ce qui nous aiderait dans les deux prochaines semaines\u202f?' },
      ],
      practice: {
        text: 'Réservez dix minutes au calme pour demander «\u00a0Comment ça va, entre nous\u202f?\u00a0», et écoutez la réponse.',
        reminder: { title: 'Faire le point sur la réciprocité', everyWeeks: 2 },
      },
      example:
        'Deux sœurs qui s’occupaient de leur père ont pris l’habitude de s’appeler brièvement un dimanche sur deux pour dire comment chacune vivait la charge, et la tension entre elles s’est apaisée.',
    },
    {
      ...invest,
      body: 'Les petits gestes réguliers comptent souvent plus que les grands\u00a0: ils montrent, jour après jour, que l’attention circule dans les deux sens. Cette étape est pensée pour les relations où vous vous sentez en sécurité. Si vous avez peur, ou que l’on vous contrôle, votre sécurité passe avant tout, et les lignes d’écoute ci-dessous sont là pour vous.',
      prompts: [
        { id: 'p1', text: 'Quel petit geste aide cette personne à sentir qu’on prend soin d’elle\u202f?' },
        { id: 'p2', text: 'Que pourrais-je offrir sans qu’on me le demande\u202f?' },
      ],
      practice: {
        text: 'Chaque jour de cette semaine, offrez une petite chose\u00a0: un mot gentil, une tâche partagée, ou dix minutes d’attention pleine et entière.',
      },
      example:
        'Une responsable d’équipe a pris l’habitude d’envoyer un bref remerciement, précis, après chaque projet commun\u202f; bientôt, d’autres membres de l’équipe ont fait de même.',
      questions: [
        {
          question: 'Comment un couple peut-il trouver plus d’équilibre entre donner et recevoir\u202f?',
          answer:
            'Par de petites habitudes tenues dans la durée, plus que par de grands gestes\u00a0: un moment fixe pour se demander comment va chacun, dire merci, écouter en posant son téléphone, partager les tâches, et se retrouver en douceur après une dispute.',
        },
      ],
    },
    {
      ...practiceBalance,
      body: 'Aucune semaine ne vous demande la même chose que la précédente. Quand l’un de vous traverse une maladie, une période de surcharge ou un deuil, l’autre peut en porter davantage pendant un temps, et cela fait partie de l’attention que l’on se porte. Regardez sur le long terme, et laissez la personne qui donne le plus garder certaines limites, pour que donner ne finisse pas par l’épuiser.',
      prompts: [
        { id: 'p1', text: 'Où est-ce que je tiens les comptes, au lieu de regarder sur le long terme\u202f?' },
        { id: 'p2', text: 'Quelle limite protégerait mon énergie\u202f?' },
        { id: 'p3', text: 'Traversons-nous une période où l’un de nous a besoin de plus\u202f?' },
      ],
      practice: {
        text: 'Choisissez une tâche à confier ou à partager, et une limite que vous tiendrez cette semaine.',
      },
      example:
        'Pendant un mois difficile au travail, une personne en a fait moins à la maison\u202f; le couple a convenu d’en reparler une fois le calme revenu.',
      questions: [
        {
          question: 'Est-ce la même chose que tenir les comptes\u202f?',
          answer:
            'Non. Tenir les comptes, c’est noter chaque service rendu et en attendre le retour. La réciprocité, c’est se demander si l’attention vous parvient, à l’un comme à l’autre, au fil du temps\u202f; et une période de générosité d’un seul côté en fait partie.',
        },
      ],
    },
    {
      ...repair,
      body: 'Les désaccords font partie de toute relation proche. La blessure qu’ils laissent dépend de ce qui suit\u00a0: si quelqu’un fait un pas vers l’autre, si chacun reconnaît sa part, et si la tension retombe vite. La réparation fonctionne mieux quand ce n’est pas toujours la même personne qui l’amorce. Cette étape est pensée pour les relations où vous vous sentez en sécurité. Si vous avez peur, ou que l’on vous contrôle, votre sécurité passe avant tout, et les lignes d’écoute ci-dessous sont là pour vous.',
      prompts: [
        { id: 'p1', text: 'Est-ce généralement la même personne qui fait le premier pas après une dispute\u202f?' },
        { id: 'p2', text: 'Quels mots m’aident à repartir sur de bonnes bases après un moment tendu\u202f?' },
        {
          id: 'p3',
          text: 'De quoi ai-je besoin de la part de l’autre pour que la page me semble vraiment tournée\u202f?',
        },
      ],
      practice: {
        text: 'Convenez d’une courte phrase que chacun de vous peut utiliser pour mettre en pause une discussion tendue, et repartir de zéro.',
      },
      example:
        'Deux amis ont convenu que l’un ou l’autre pouvait dire «\u00a0On reprend depuis le début\u202f?\u00a0» en pleine dispute\u202f; c’est vite devenu une blague entre eux, qui faisait retomber la pression.',
      questions: [
        {
          question: 'Peut-on retrouver l’équilibre entre donner et recevoir après l’avoir perdu\u202f?',
          answer:
            'Souvent, oui, quand les deux personnes le veulent. De petits gestes répétés pendant des semaines, des échanges sincères et de la patience font généralement plus qu’une seule grande conversation.',
        },
      ],
    },
    {
      ...observe,
      body: 'Entre deux personnes, le changement est généralement progressif\u202f; il passe donc facilement inaperçu. Guettez les petites choses\u00a0: une dispute qui se termine plus tôt, une question qu’on vous retourne, un bonjour plus chaleureux sur le pas de la porte. Les remarquer aide à persévérer, et vous indique quoi essayer ensuite.',
      prompts: [
        { id: 'p1', text: 'Qu’est-ce qui est devenu un peu plus facile entre nous\u202f?' },
        { id: 'p2', text: 'Qu’est-ce qui n’a pas changé, et que pourrions-nous essayer à la place\u202f?' },
      ],
      practice: {
        text: 'Une fois par mois, notez un changement que vous avez remarqué, et une chose à ajuster.',
        reminder: { title: 'Remarquer ce qui a changé', everyWeeks: 4 },
      },
      example:
        'Après un mois de moments réguliers pour faire le point, un couple a constaté que ses disputes se terminaient plus vite, et a décidé de garder l’habitude.',
      questions: [stillNoResponse],
    },
  ],
  resources: supportResources,
};
