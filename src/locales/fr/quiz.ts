import type { QuizDefinition } from '../../core/index.js';
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
} from './common.js';
import { supportResources } from './resources.js';

/*
 * The French reciprocity balance check: the English pack's ids, scales, dimensions, scores,
 * bands and numbers, worded in French. Relationship wordings avoid gendered agreement:
 * « mon ou ma partenaire », « ce membre de ma famille », « mon ami ou amie », « ce ou cette
 * collègue », and « l'autre » for the other person in shared labels.
 */

export const reciprocityBalance: QuizDefinition = {
  kind: 'quiz',
  id: 'reciprocity-balance',
  version: '2.0.0',
  title: 'Bilan de réciprocité',
  locale: 'fr',
  intro:
    'Six formes de réciprocité au quotidien, vues des deux côtés\u00a0: ce que vous offrez, et ce qui vous revient. Le résultat montre où les choses semblent équilibrées, et de quel côté elles penchent. Deux questions, vers la fin, portent sur votre sécurité\u202f; elles ne sont pas comptées dans le score.',
  estimatedMinutes: 5,
  disclaimer,
  attribution,
  defaultRelationship: 'partner',
  scales: [
    {
      id: 'frequency',
      options: [
        { value: 1, label: 'Jamais' },
        { value: 2, label: 'Rarement' },
        { value: 3, label: 'Parfois' },
        { value: 4, label: 'Souvent' },
        { value: 5, label: 'Toujours' },
      ],
    },
    {
      id: 'safety',
      options: [
        { value: 1, label: 'Jamais' },
        { value: 2, label: 'Rarement' },
        { value: 3, label: 'Parfois' },
        { value: 4, label: 'Souvent' },
        { value: 5, label: 'Toujours' },
        { value: 6, label: 'Je ne sais pas' },
      ],
    },
  ],
  dimensions: [
    { id: 'practical-give', label: 'L’aide concrète que vous apportez' },
    { id: 'practical-receive', label: 'L’aide concrète que l’autre vous apporte' },
    { id: 'emotional-give', label: 'Le soutien émotionnel que vous offrez' },
    { id: 'emotional-receive', label: 'Le soutien émotionnel que l’autre vous offre' },
    { id: 'communication-give', label: 'La place que vous laissez à l’autre dans la conversation' },
    { id: 'communication-receive', label: 'La place que l’autre vous laisse dans la conversation' },
    { id: 'repair-give', label: 'Les gestes de réparation que vous faites après un conflit' },
    { id: 'repair-receive', label: 'Les gestes de réparation que l’autre fait après un conflit' },
    { id: 'healing-give', label: 'Le soutien que vous offrez dans les moments difficiles' },
    { id: 'healing-receive', label: 'Le soutien que l’autre vous offre dans les moments difficiles' },
    { id: 'future-give', label: 'Votre investissement dans l’avenir' },
    { id: 'future-receive', label: 'L’investissement de l’autre dans l’avenir' },
  ],
  items: [
    // Pour chaque forme : un énoncé « donner » et son miroir côté « recevoir », puis un énoncé
    // « donner » inversé et son miroir. Répondre partout de la même façon laisse chaque forme à
    // l’équilibre (docs/scoring.md).
    // Aide concrète
    {
      id: 'practical-give-1',
      dimension: 'practical-give',
      scale: 'frequency',
      text: {
        partner: 'J’aide mon ou ma partenaire dans les tâches et les courses du quotidien.',
        family: 'J’aide ce membre de ma famille dans les tâches et les courses du quotidien.',
        friend: 'J’aide mon ami ou amie pour les choses concrètes, quand il lui faut un coup de main.',
        colleague: 'J’aide ce ou cette collègue dans ses tâches quand sa charge de travail déborde.',
      },
    },
    {
      id: 'practical-receive-1',
      dimension: 'practical-receive',
      scale: 'frequency',
      text: {
        partner: 'Mon ou ma partenaire m’aide dans les tâches et les courses du quotidien.',
        family: 'Ce membre de ma famille m’aide dans les tâches et les courses du quotidien.',
        friend: 'Mon ami ou amie m’aide pour les choses concrètes, quand il me faut un coup de main.',
        colleague: 'Ce ou cette collègue m’aide dans mes tâches quand ma charge de travail déborde.',
      },
    },
    {
      id: 'practical-give-2',
      dimension: 'practical-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Je laisse mon ou ma partenaire s’occuper des tâches du quotidien.',
        family: 'Je laisse ce membre de ma famille s’occuper des tâches du quotidien.',
        friend: 'Je laisse mon ami ou amie s’occuper du côté pratique de nos projets.',
        colleague: 'Je laisse ce ou cette collègue reprendre les tâches de routine.',
      },
    },
    {
      id: 'practical-receive-2',
      dimension: 'practical-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Mon ou ma partenaire me laisse m’occuper des tâches du quotidien.',
        family: 'Ce membre de ma famille me laisse m’occuper des tâches du quotidien.',
        friend: 'Mon ami ou amie me laisse m’occuper du côté pratique de nos projets.',
        colleague: 'Ce ou cette collègue me laisse reprendre les tâches de routine.',
      },
    },
    // Soutien émotionnel
    {
      id: 'emotional-give-1',
      dimension: 'emotional-give',
      scale: 'frequency',
      text: {
        partner:
          'Quand mon ou ma partenaire me parle de ses émotions, je l’écoute et je lui montre que cela compte pour moi.',
        family:
          'Quand ce membre de ma famille me parle de ses émotions, je l’écoute et je lui montre que cela compte pour moi.',
        friend:
          'Quand mon ami ou amie me parle de ses émotions, je l’écoute et je lui montre que cela compte pour moi.',
        colleague: 'Quand ce ou cette collègue me fait part d’une inquiétude, je l’écoute et je la prends au sérieux.',
      },
    },
    {
      id: 'emotional-receive-1',
      dimension: 'emotional-receive',
      scale: 'frequency',
      text: {
        partner:
          'Quand je parle de mes émotions, mon ou ma partenaire m’écoute et me montre que cela compte à ses yeux.',
        family:
          'Quand je parle de mes émotions, ce membre de ma famille m’écoute et me montre que cela compte à ses yeux.',
        friend: 'Quand je parle de mes émotions, mon ami ou amie m’écoute et me montre que cela compte à ses yeux.',
        colleague: 'Quand je fais part d’une inquiétude, ce ou cette collègue m’écoute et la prend au sérieux.',
      },
    },
    {
      id: 'emotional-give-2',
      dimension: 'emotional-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Quand mon ou ma partenaire se confie, je me laisse distraire ou je change de sujet.',
        family: 'Quand ce membre de ma famille se confie, je me laisse distraire ou je change de sujet.',
        friend: 'Quand mon ami ou amie se confie, je me laisse distraire ou je change de sujet.',
        colleague:
          'Quand ce ou cette collègue me fait part d’une inquiétude, je me laisse distraire ou je change de sujet.',
      },
    },
    {
      id: 'emotional-receive-2',
      dimension: 'emotional-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Quand je me confie, mon ou ma partenaire se laisse distraire ou change de sujet.',
        family: 'Quand je me confie, ce membre de ma famille se laisse distraire ou change de sujet.',
        friend: 'Quand je me confie, mon ami ou amie se laisse distraire ou change de sujet.',
        colleague: 'Quand je fais part d’une inquiétude, ce ou cette collègue se laisse distraire ou change de sujet.',
      },
    },
    // Dialogue
    {
      id: 'communication-give-1',
      dimension: 'communication-give',
      scale: 'frequency',
      text: {
        partner:
          'Je demande à mon ou ma partenaire comment s’est passée sa journée, et je m’intéresse à son point de vue.',
        family:
          'Je demande à ce membre de ma famille comment s’est passée sa journée, et je m’intéresse à son point de vue.',
        friend: 'Je prends des nouvelles de mon ami ou amie, et je m’intéresse à son point de vue.',
        colleague: 'Je demande son avis à ce ou cette collègue, et j’écoute sa réponse.',
      },
    },
    {
      id: 'communication-receive-1',
      dimension: 'communication-receive',
      scale: 'frequency',
      text: {
        partner: 'Mon ou ma partenaire me demande comment s’est passée ma journée, et s’intéresse à mon point de vue.',
        family:
          'Ce membre de ma famille me demande comment s’est passée ma journée, et s’intéresse à mon point de vue.',
        friend: 'Mon ami ou amie prend de mes nouvelles, et s’intéresse à mon point de vue.',
        colleague: 'Ce ou cette collègue me demande mon avis, et écoute ma réponse.',
      },
    },
    {
      id: 'communication-give-2',
      dimension: 'communication-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Quand nous discutons, mon ou ma partenaire et moi, c’est surtout moi qui parle.',
        family: 'Quand nous discutons, ce membre de ma famille et moi, c’est surtout moi qui parle.',
        friend: 'Quand nous discutons, mon ami ou amie et moi, c’est surtout moi qui parle.',
        colleague: 'Quand nous discutons, ce ou cette collègue et moi, c’est surtout moi qui parle.',
      },
    },
    {
      id: 'communication-receive-2',
      dimension: 'communication-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Quand nous discutons, c’est surtout mon ou ma partenaire qui parle.',
        family: 'Quand nous discutons, c’est surtout ce membre de ma famille qui parle.',
        friend: 'Quand nous discutons, c’est surtout mon ami ou amie qui parle.',
        colleague: 'Quand nous discutons, c’est surtout ce ou cette collègue qui parle.',
      },
    },
    // Conflits et réparation
    {
      id: 'repair-give-1',
      dimension: 'repair-give',
      scale: 'frequency',
      text: {
        partner: 'Après un désaccord, je fais un pas vers mon ou ma partenaire pour réparer les choses.',
        family: 'Après un désaccord, je fais un pas vers ce membre de ma famille pour réparer les choses.',
        friend: 'Après un désaccord, je fais un pas vers mon ami ou amie pour réparer les choses.',
        colleague: 'Après un désaccord, je fais un pas vers ce ou cette collègue pour réparer les choses.',
      },
    },
    {
      id: 'repair-receive-1',
      dimension: 'repair-receive',
      scale: 'frequency',
      text: {
        partner: 'Après un désaccord, mon ou ma partenaire fait un pas vers moi pour réparer les choses.',
        family: 'Après un désaccord, ce membre de ma famille fait un pas vers moi pour réparer les choses.',
        friend: 'Après un désaccord, mon ami ou amie fait un pas vers moi pour réparer les choses.',
        colleague: 'Après un désaccord, ce ou cette collègue fait un pas vers moi pour réparer les choses.',
      },
    },
    {
      id: 'repair-give-2',
      dimension: 'repair-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Après un désaccord, j’attends que mon ou ma partenaire fasse le premier pas.',
        family: 'Après un désaccord, j’attends que ce membre de ma famille fasse le premier pas.',
        friend: 'Après un désaccord, j’attends que mon ami ou amie fasse le premier pas.',
        colleague: 'Après un désaccord, j’attends que ce ou cette collègue fasse le premier pas.',
      },
    },
    {
      id: 'repair-receive-2',
      dimension: 'repair-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Après un désaccord, mon ou ma partenaire attend que je fasse le premier pas.',
        family: 'Après un désaccord, ce membre de ma famille attend que je fasse le premier pas.',
        friend: 'Après un désaccord, mon ami ou amie attend que je fasse le premier pas.',
        colleague: 'Après un désaccord, ce ou cette collègue attend que je fasse le premier pas.',
      },
    },
    // Soutien dans les moments difficiles
    {
      id: 'healing-give-1',
      dimension: 'healing-give',
      scale: 'frequency',
      text: {
        partner:
          'Quand mon ou ma partenaire est sous pression ou en deuil, je lui offre du réconfort et de la patience.',
        family:
          'Quand ce membre de ma famille est sous pression ou en deuil, je lui offre du réconfort et de la patience.',
        friend: 'Quand mon ami ou amie est sous pression ou en deuil, je lui offre du réconfort et de la patience.',
        colleague:
          'Quand ce ou cette collègue est sous pression ou à bout de forces, je fais preuve de patience et je lui donne un coup de main.',
      },
    },
    {
      id: 'healing-receive-1',
      dimension: 'healing-receive',
      scale: 'frequency',
      text: {
        partner:
          'Quand je suis sous pression ou en deuil, mon ou ma partenaire m’offre du réconfort et de la patience.',
        family:
          'Quand je suis sous pression ou en deuil, ce membre de ma famille m’offre du réconfort et de la patience.',
        friend: 'Quand je suis sous pression ou en deuil, mon ami ou amie m’offre du réconfort et de la patience.',
        colleague:
          'Quand je suis sous pression ou à bout de forces, ce ou cette collègue fait preuve de patience et me donne un coup de main.',
      },
    },
    {
      id: 'healing-give-2',
      dimension: 'healing-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Quand mon ou ma partenaire traverse une période difficile, j’ai du mal à l’épauler.',
        family: 'Quand ce membre de ma famille traverse une période difficile, j’ai du mal à l’épauler.',
        friend: 'Quand mon ami ou amie traverse une période difficile, j’ai du mal à l’épauler.',
        colleague: 'Quand ce ou cette collègue traverse une période difficile, j’ai du mal à lui consacrer du temps.',
      },
    },
    {
      id: 'healing-receive-2',
      dimension: 'healing-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Quand je traverse une période difficile, mon ou ma partenaire a du mal à m’épauler.',
        family: 'Quand je traverse une période difficile, ce membre de ma famille a du mal à m’épauler.',
        friend: 'Quand je traverse une période difficile, mon ami ou amie a du mal à m’épauler.',
        colleague: 'Quand je traverse une période difficile, ce ou cette collègue a du mal à me consacrer du temps.',
      },
    },
    // Construire l'avenir
    {
      id: 'future-give-1',
      dimension: 'future-give',
      scale: 'frequency',
      text: {
        partner: 'Je m’investis dans les projets d’avenir que nous partageons, mon ou ma partenaire et moi.',
        family: 'Je m’investis dans les projets d’avenir que nous partageons, ce membre de ma famille et moi.',
        friend: 'Je fais des efforts pour faire vivre notre amitié.',
        colleague: 'Je m’investis dans les objectifs que nous partageons, ce ou cette collègue et moi.',
      },
    },
    {
      id: 'future-receive-1',
      dimension: 'future-receive',
      scale: 'frequency',
      text: {
        partner: 'Mon ou ma partenaire s’investit dans nos projets d’avenir communs.',
        family: 'Ce membre de ma famille s’investit dans nos projets d’avenir communs.',
        friend: 'Mon ami ou amie fait des efforts pour faire vivre notre amitié.',
        colleague: 'Ce ou cette collègue s’investit dans nos objectifs communs.',
      },
    },
    {
      id: 'future-give-2',
      dimension: 'future-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Quand il s’agit de prévoir l’avenir, je m’en remets à mon ou ma partenaire.',
        family: 'Quand il s’agit de prévoir l’avenir, je m’en remets à ce membre de ma famille.',
        friend: 'Quand il s’agit d’organiser nos sorties ou nos projets, je m’en remets à mon ami ou amie.',
        colleague: 'Quand il s’agit de planifier notre travail, je m’en remets à ce ou cette collègue.',
      },
    },
    {
      id: 'future-receive-2',
      dimension: 'future-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Quand il s’agit de prévoir l’avenir, mon ou ma partenaire s’en remet à moi.',
        family: 'Quand il s’agit de prévoir l’avenir, ce membre de ma famille s’en remet à moi.',
        friend: 'Quand il s’agit d’organiser nos sorties ou nos projets, mon ami ou amie s’en remet à moi.',
        colleague: 'Quand il s’agit de planifier notre travail, ce ou cette collègue s’en remet à moi.',
      },
    },
    // Sécurité : non comptée dans les scores ; toute réponse autre que « Jamais » affiche les ressources.
    {
      id: 'safety',
      scale: 'safety',
      safety: { values: [2, 3, 4, 5, 6] },
      text: {
        partner: 'J’ai peur de mon ou ma partenaire, ou je ne me sens pas en sécurité en sa présence.',
        family: 'J’ai peur de ce membre de ma famille, ou je ne me sens pas en sécurité en sa présence.',
        friend: 'J’ai peur de mon ami ou amie, ou je ne me sens pas en sécurité en sa présence.',
        colleague: 'J’ai peur de ce ou cette collègue, ou je ne me sens pas en sécurité en sa présence.',
      },
    },
    // Sécurité, comme la précédente : le contrôle, la surveillance, l’isolement.
    {
      id: 'control',
      scale: 'safety',
      safety: { values: [2, 3, 4, 5, 6] },
      text: {
        partner:
          'Mon ou ma partenaire cherche à contrôler ma vie, par exemple en m’obligeant à demander la permission, en me privant d’argent, en surveillant ou en vérifiant où je suis, ou en m’empêchant de voir mes proches.',
        family:
          'Ce membre de ma famille cherche à contrôler ma vie, par exemple en m’obligeant à demander la permission, en me privant d’argent, en surveillant ou en vérifiant où je suis, ou en m’empêchant de voir d’autres proches.',
        friend:
          'Mon ami ou amie cherche à contrôler ma vie, par exemple en m’obligeant à demander la permission, en me privant d’argent, en surveillant ou en vérifiant où je suis, ou en m’empêchant de voir d’autres proches.',
        colleague:
          'Ce ou cette collègue cherche à me contrôler au-delà de ce qu’exige le travail, par exemple en m’obligeant à demander la permission, en surveillant ou en vérifiant où je suis, ou en me tenant à l’écart des autres.',
      },
    },
  ],
  scores: [
    {
      id: 'practical',
      kind: 'difference',
      label: 'Aide concrète',
      description:
        'Les tâches qui font tourner le quotidien, comme le ménage, les courses, les trajets ou le fait de se dépanner l’un l’autre\u00a0: qui remarque ce qu’il y a à faire, et qui s’en charge.',
      of: ['practical-give', 'practical-receive'],
    },
    {
      id: 'emotional',
      kind: 'difference',
      label: 'Soutien émotionnel',
      description:
        'Ce qui se passe quand l’un de vous exprime une émotion. La réciprocité émotionnelle, c’est une compréhension qui circule dans les deux sens\u00a0: chacun écoute, répond avec chaleur et s’intéresse sincèrement à l’autre.',
      of: ['emotional-give', 'emotional-receive'],
    },
    {
      id: 'communication',
      kind: 'difference',
      label: 'Dialogue',
      description:
        'La place que chacun de vous trouve pour parler et se faire entendre\u00a0: poser des questions, écouter les réponses, laisser l’autre aller au bout de sa pensée.',
      of: ['communication-give', 'communication-receive'],
    },
    {
      id: 'repair',
      kind: 'difference',
      label: 'Conflits et réparation',
      description:
        'Ce qui se passe après un désaccord\u00a0: qui fait le premier pas, et si chacun de vous contribue à réparer les choses.',
      of: ['repair-give', 'repair-receive'],
    },
    {
      id: 'healing',
      kind: 'difference',
      label: 'Soutien dans les moments difficiles',
      description:
        'La façon dont vous vous soutenez quand la vie est dure\u00a0: dans le stress, la maladie ou le deuil.',
      of: ['healing-give', 'healing-receive'],
    },
    {
      id: 'future',
      kind: 'difference',
      label: 'Construire l’avenir',
      description:
        'Les efforts que chacun de vous consacre à ce qui vient\u00a0: les projets et les objectifs communs, et le soin apporté à la relation pour qu’elle dure.',
      of: ['future-give', 'future-receive'],
    },
    {
      id: 'give',
      kind: 'mean',
      label: 'Ce que vous donnez',
      of: ['practical-give', 'emotional-give', 'communication-give', 'repair-give', 'healing-give', 'future-give'],
    },
    {
      id: 'receive',
      kind: 'mean',
      label: 'Ce que vous recevez',
      of: [
        'practical-receive',
        'emotional-receive',
        'communication-receive',
        'repair-receive',
        'healing-receive',
        'future-receive',
      ],
    },
    { id: 'lean', kind: 'difference', label: 'Équilibre global', of: ['give', 'receive'] },
    { id: 'engagement', kind: 'mean', label: 'Attention portée de part et d’autre', of: ['give', 'receive'] },
  ],
  bandings: [
    {
      id: 'overall',
      score: 'lean',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'Vous recevez davantage',
          summary:
            'En ce moment, il semble vous parvenir plus d’attention que vous n’en offrez. Cela peut tout à fait convenir pour un temps, par exemple pendant une maladie ou une période très chargée.',
          advice:
            'Si vous en avez l’énergie, choisissez cette semaine une petite façon de montrer votre attention, et demandez à l’autre ce qui l’aiderait le plus.',
          questions: [
            {
              question: 'Est-il normal que l’équilibre varie\u202f?',
              answer:
                'Oui. Une naissance, un travail prenant, une maladie ou un déménagement peuvent faire pencher la balance d’un côté pendant un temps. Ce qui compte, c’est qu’elle se rééquilibre au fil des mois, et que vous puissiez en parler ensemble.',
            },
          ],
          steps: ['check-in', 'invest'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Plutôt équilibré',
          summary: 'Donner et recevoir semblent assez bien s’équilibrer entre vous.',
          advice:
            'Gardez les petites habitudes qui fonctionnent. Si la relation vous paraît distante en plus d’être équilibrée, un moment régulier pour faire le point peut y ramener un peu de chaleur.',
          questions: [
            {
              question: 'Pourquoi cet équilibre compte-t-il autant\u202f?',
              answer:
                'Quand l’attention circule dans les deux sens, chacun de vous peut se détendre et compter sur l’attention de l’autre. Cette confiance permet au stress du quotidien de passer sans se transformer en distance.',
            },
            {
              question: 'À quoi ressemble un équilibre sain\u202f?',
              answer:
                'Pas à une stricte moitié chacun, chaque jour. Les efforts sont partagés, chacun écoute l’autre, et l’attention reste présente. Certaines semaines, l’un de vous donne davantage\u202f; au fil des mois, cela s’équilibre.',
            },
          ],
          steps: ['check-in', 'observe'],
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'C’est vous qui portez le plus',
          summary: {
            partner:
              'Ce que vous offrez semble dépasser, en ce moment, ce qui vous revient. C’est fréquent, et cela vient souvent de l’habitude ou de la pression plutôt que d’une mauvaise intention.',
            family:
              'Ce que vous offrez semble dépasser, en ce moment, ce qui vous revient. Dans une famille, il arrive, à juste titre, que l’attention aille dans un seul sens pendant une période\u00a0: quand on élève un jeune enfant, qu’on s’occupe d’une personne malade ou d’un parent âgé. Si c’est votre cas, ce déséquilibre est attendu\u202f; l’important est que vous puissiez, vous aussi, compter sur du soutien.',
            friend:
              'Ce que vous offrez semble dépasser, en ce moment, ce qui vous revient. C’est fréquent, et cela vient souvent de l’habitude ou de la pression plutôt que d’une mauvaise intention.',
            colleague:
              'Ce que vous offrez semble dépasser, en ce moment, ce qui vous revient. C’est fréquent, et cela vient souvent de l’habitude ou de la pression plutôt que d’une mauvaise intention.',
          },
          advice:
            'Vos besoins comptent aussi. Essayez d’en exprimer un, calmement, et repérez où vous pourriez vous accorder du répit au lieu de tout prendre en charge.',
          questions: [
            {
              question: 'Pourquoi est-ce toujours moi qui finis par donner le plus\u202f?',
              answer:
                'Souvent, c’est une vieille habitude plus qu’un choix\u00a0: avoir grandi en étant la personne qui maintenait la paix, craindre que les autres s’éloignent si vous avez besoin de quelque chose, ou trouver plus facile de donner que de demander. Remarquer ce schéma est un début\u202f; de petites limites et des demandes simples peuvent le faire évoluer.',
            },
            {
              question: 'Comment une relation à sens unique peut-elle devenir plus équilibrée\u202f?',
              answer:
                'Commencez par ce qui dépend de vous\u00a0: dites calmement ce dont vous avez besoin, et faites un peu moins, pour laisser à l’autre la place d’agir. Laissez ensuite passer du temps, et observez ce que l’autre fait. Un changement durable se fait à deux\u202f; vous ne pouvez pas le porter pour deux.',
            },
          ],
          steps: ['reflect', 'express', 'practice-balance'],
        },
      ],
    },
    {
      // Seulement quand le résultat global est équilibré : une personne qui donne sans que rien
      // ne revienne vit une attention à sens unique, pas un recul des deux côtés, et on ne lui
      // demande jamais de donner davantage.
      id: 'engagement',
      score: 'engagement',
      when: { banding: 'overall', bands: ['balanced'] },
      bands: [
        {
          id: 'disengaged',
          min: 0,
          max: 40,
          label: 'Un recul des deux côtés, peut-être',
          summary:
            'En ce moment, peu d’attention semble circuler, dans un sens comme dans l’autre\u202f; cela arrive souvent en période de stress ou après une phase d’éloignement.',
          advice:
            'Commencez tout petit\u00a0: un bref moment pour prendre des nouvelles, ou un geste attentionné, et voyez comment il est reçu.',
          questions: [
            {
              question: 'Trop peu de réciprocité peut-il créer de la distance entre nous\u202f?',
              answer:
                'Souvent, oui. Quand l’attention cesse de circuler entre deux personnes, chacune peut se sentir seule tout en continuant à tenir à l’autre. L’écart se creuse généralement lentement, et de petits pas peuvent commencer à le réduire.',
            },
          ],
          steps: ['check-in', 'invest'],
        },
        {
          id: 'engaged',
          min: 40,
          max: 100,
          neutral: true,
          label: 'L’attention est bien présente',
          summary: 'De vrais efforts sont consacrés à cette relation, au moins d’un côté.',
        },
      ],
    },
    {
      id: 'practical-lean',
      score: 'practical',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'Vous recevez davantage d’aide concrète',
          summary: 'L’autre semble assumer une plus grande part des tâches du quotidien.',
          advice:
            'Prenez en charge une tâche du quotidien sans qu’on vous le demande, ou demandez à l’autre quelle tâche l’aiderait le plus.',
          steps: ['invest', 'check-in'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'L’aide concrète est équilibrée',
          summary: 'L’aide au quotidien semble aller dans les deux sens.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'La charge du quotidien repose davantage sur vous',
          summary: {
            partner: 'Vous semblez assumer une plus grande part des tâches du quotidien.',
            family:
              'Vous semblez assumer une plus grande part des tâches du quotidien. Avec un jeune enfant, ou une personne qui a besoin de soins, cela peut être juste pendant un temps\u202f; la question est alors de savoir qui d’autre pourrait partager la charge.',
            friend: 'Vous semblez assumer une plus grande part des tâches du quotidien.',
            colleague: 'Vous semblez assumer une plus grande part des tâches du quotidien.',
          },
          advice:
            'Nommez une ou deux tâches que vous aimeriez partager, avec l’autre ou avec une autre personne qui pourrait aider, et demandez-le simplement plutôt que d’espérer que quelqu’un le remarque.',
          steps: ['express', 'practice-balance'],
        },
      ],
    },
    {
      id: 'emotional-lean',
      score: 'emotional',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'Vous recevez davantage de soutien émotionnel',
          summary: 'C’est surtout l’autre qui semble écouter et réconforter.',
          advice:
            'Quand l’autre se confie, essayez de lui accorder toute votre attention\u00a0: le téléphone de côté, une question posée avec douceur, une réponse chaleureuse.',
          steps: ['invest', 'reflect'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Le soutien émotionnel est équilibré',
          summary: 'L’écoute et l’attention semblent circuler dans les deux sens.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'Vous offrez davantage de soutien émotionnel',
          summary: 'C’est surtout vous qui semblez écouter et réconforter.',
          advice:
            'Dites à l’autre ce qui, pour vous, ressemble à une vraie écoute\u202f; une demande précise est plus facile à satisfaire qu’une demande générale.',
          questions: [
            {
              question: 'Qu’est-ce qui pousse l’autre à se mettre en retrait au lieu de répondre\u202f?',
              answer:
                'Se mettre en retrait est souvent une façon de faire face plutôt qu’un message\u00a0: le stress, un trop-plein, la crainte d’une dispute, ou une habitude prise il y a longtemps. Cela signifie rarement que l’autre ne tient pas à vous, et il reste légitime de lui dire ce que cela vous fait.',
            },
          ],
          steps: ['express', 'check-in'],
        },
      ],
    },
    {
      id: 'communication-lean',
      score: 'communication',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'L’autre vous fait davantage de place',
          summary: 'Dans la conversation, l’autre semble poser plus de questions et écouter davantage que vous.',
          advice: 'Posez une question de plus que d’habitude, et prenez une respiration avant de répondre.',
          steps: ['practice-balance', 'invest'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'La parole est partagée',
          summary: 'Il semble y avoir de la place pour la parole et pour l’écoute, des deux côtés.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'Vous faites davantage de place à l’autre',
          summary: 'Dans la conversation, c’est surtout vous qui posez les questions et qui écoutez.',
          advice:
            'Avoir envie de parler à votre tour, c’est légitime. Essayez\u00a0: «\u00a0Je peux te raconter ma journée, moi aussi\u202f?\u00a0», et voyez comment l’autre réagit.',
          questions: [
            {
              question: 'Un meilleur équilibre peut-il nous aider à mieux communiquer\u202f?',
              answer:
                'En général, oui. Quand chacun de vous trouve écoute et considération, le besoin de se défendre diminue et il reste plus de place pour écouter\u202f; les conversations deviennent souvent plus calmes.',
            },
          ],
          steps: ['express', 'check-in'],
        },
      ],
    },
    {
      id: 'repair-lean',
      score: 'repair',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'La réparation vient plutôt de l’autre',
          summary: 'Après un conflit, c’est plus souvent l’autre qui revient vers vous en premier.',
          advice:
            'La prochaine fois, essayez d’être la personne qui revient vers l’autre après un désaccord, ne serait-ce qu’avec quelques mots sur votre part de responsabilité.',
          steps: ['repair', 'reflect'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'La réparation est partagée',
          summary: 'Après un conflit, l’effort pour réparer les choses semble venir des deux côtés.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'La réparation vient plutôt de vous',
          summary: 'Après un conflit, c’est vous, semble-t-il, qui réparez les choses.',
          advice:
            'Dites que vous aimeriez que la réparation se fasse à deux. Convenir ensemble d’une phrase simple, comme «\u00a0On recommence\u202f?\u00a0», peut faciliter les choses pour vous deux.',
          steps: ['express', 'repair'],
        },
      ],
    },
    {
      id: 'healing-lean',
      score: 'healing',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'Vous recevez davantage de soutien dans les moments difficiles',
          summary: 'L’autre semble vous offrir plus de réconfort quand la vie est dure.',
          advice:
            'S’appuyer sur quelqu’un pendant une période difficile, c’est normal. Quand vous le pouvez, remerciez l’autre, et restez à l’écoute des moments où c’est à son tour d’avoir besoin de réconfort.',
          steps: ['observe', 'invest'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Le soutien dans l’épreuve est partagé',
          summary: 'Quand la vie devient difficile, le soutien semble réciproque.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'Vous offrez davantage de soutien dans les moments difficiles',
          summary: {
            partner: 'C’est surtout vous qui semblez réconforter quand la vie est dure.',
            family:
              'C’est surtout vous qui semblez réconforter quand la vie est dure. Si vous vous occupez d’une personne malade ou âgée, c’est ainsi que les choses doivent être pour l’instant\u202f; veillez à ce que quelqu’un prenne soin de vous aussi.',
            friend: 'C’est surtout vous qui semblez réconforter quand la vie est dure.',
            colleague: 'C’est surtout vous qui semblez réconforter quand la vie est dure.',
          },
          advice:
            'Soutenir quelqu’un, c’est fatigant. Dites à l’autre ce qui vous aiderait dans vos propres jours difficiles, et préservez des temps de repos.',
          steps: ['reflect', 'express'],
        },
      ],
    },
    {
      id: 'future-lean',
      score: 'future',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'L’autre s’investit davantage dans l’avenir',
          summary: 'C’est surtout l’autre qui semble anticiper et préparer la suite.',
          advice:
            'Prenez l’initiative d’un projet commun, grand ou petit, pour que l’organisation ne repose pas entièrement sur l’autre.',
          steps: ['invest', 'check-in'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Les projets d’avenir sont partagés',
          summary: 'L’avenir semble se construire à deux.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'Vous vous investissez davantage dans l’avenir',
          summary: 'C’est surtout vous qui semblez anticiper et préparer la suite.',
          advice:
            'Invitez l’autre à bâtir un projet avec vous, et acceptez que sa contribution ne ressemble pas à la vôtre.',
          steps: ['check-in', 'practice-balance'],
        },
      ],
    },
  ],
  focus: {
    scores: ['practical', 'emotional', 'communication', 'repair', 'healing', 'future'],
    count: 2,
    order: 'extreme',
    follow: 'overall',
  },
  chart: {
    scores: ['practical', 'emotional', 'communication', 'repair', 'healing', 'future'],
    lowLabel: 'Vous recevez davantage',
    highLabel: 'C’est vous qui portez le plus',
  },
  missing: { policy: 'all' },
  steps: [reflect, express, checkIn, invest, practiceBalance, repair, observe],
  safety: {
    title: 'Votre sécurité passe avant tout',
    message:
      'Ce que vous avez indiqué sur la peur ou sur le contrôle exercé sur votre vie compte, et vous n’avez pas à y faire face sans soutien. La peur et le contrôle ne sont pas une question d’équilibre, et aucun score ne peut les mesurer. En parler avec une personne formée, en toute confidentialité et à votre rythme, peut vous aider à réfléchir à ce que vous souhaitez et à ce qui vous protégerait. Les services ci-dessous sont un premier point d’appui.',
  },
  resources: supportResources,
  cultureNotes: {
    us: {
      title: 'Aux États-Unis',
      body: 'On s’attend souvent à ce que l’attention s’exprime avec des mots, et les longues journées de travail peuvent grignoter le temps qu’il faut pour cela. Si l’un de vous montre son attention par des actes et que l’autre attend des mots, chacun risque de passer à côté de ce que l’autre lui offre. Demander «\u00a0Qu’est-ce qui te montre que je tiens à toi\u202f?\u00a0» peut aider à le mettre en lumière.',
    },
    in: {
      title: 'En Inde',
      body: 'Le devoir envers la famille élargie détermine souvent qui donne quoi, et la charge peut finir par reposer sur une seule personne sans que quiconque l’ait décidé. Le dévouement qui passe par les actes est une vraie forme d’attention\u202f; il reste utile de se demander si le partage semble juste à chacun de vous, et pas seulement si le travail est fait.',
    },
    uk: {
      title: 'Au Royaume-Uni',
      body: 'L’attention peut être discrète\u00a0: être là, respecter les habitudes, donner un coup de main. Cette attention discrète compte, même si elle peut laisser des besoins longtemps inexprimés. Un moment régulier et sans solennité pour demander comment vont les choses peut leur faire une place.',
    },
    au: {
      title: 'En Australie',
      body: 'Le franc-parler est souvent bien accueilli, alors que les longues conversations sur les émotions peuvent mettre mal à l’aise. Le temps passé ensemble et de petites habitudes, comme quelques mots échangés à la fin de chaque journée, peuvent porter une grande part de la réciprocité.',
    },
    ca: {
      title: 'Au Canada',
      body: 'Beaucoup de couples et de familles réunissent plusieurs cultures d’origine, chacune avec sa propre idée de ce qu’est le soutien. Quand un geste est mal reçu, il peut s’agir d’une différence d’habitudes plutôt que d’un manque d’attention\u202f; demander à l’autre ce que le soutien représente à ses yeux aide à s’y retrouver.',
    },
    ae: {
      title: 'Aux Émirats arabes unis',
      body: 'Le soutien dépasse souvent le couple pour s’étendre à la famille élargie, ce qui est une vraie force, mais peut aussi ajouter des obligations. Dans les foyers où les traditions se mêlent, une personne peut montrer son attention en parlant ouvertement, et l’autre par une retenue respectueuse\u202f; nommer cette différence permet à chacun de voir son attention reconnue.',
    },
  },
};
