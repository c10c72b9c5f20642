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
  version: '1.0.0',
  title: 'Bilan de réciprocité',
  locale: 'fr',
  intro:
    'Six formes de réciprocité au quotidien, vues dans les deux sens\u00a0: ce que vous offrez, et ce qui vous revient. Le résultat montre où les choses semblent équilibrées, et de quel côté elles penchent. Une relation déséquilibrée n’est pas pour autant une relation dangereuse\u202f; deux questions, vers la fin, portent sur votre sécurité.',
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
    { id: 'repair-give', label: 'Les pas que vous faites vers l’autre après un conflit' },
    { id: 'repair-receive', label: 'Les pas que l’autre fait vers vous après un conflit' },
    { id: 'healing-give', label: 'Le soutien que vous offrez dans les moments difficiles' },
    { id: 'healing-receive', label: 'Le soutien que l’autre vous offre dans les moments difficiles' },
    { id: 'future-give', label: 'Votre investissement dans l’avenir' },
    { id: 'future-receive', label: 'L’investissement de l’autre dans l’avenir' },
  ],
  items: [
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
      text: {
        partner:
          'Mon ou ma partenaire a de petites attentions pour moi, comme me rapporter quelque chose dont j’ai besoin.',
        family:
          'Ce membre de ma famille a de petites attentions pour moi, comme me rapporter quelque chose dont j’ai besoin.',
        friend: 'Mon ami ou amie a de petites attentions pour moi, comme me rapporter quelque chose dont j’ai besoin.',
        colleague:
          'Ce ou cette collègue a de petites attentions pour moi, comme prendre le relais pendant mes absences.',
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
      text: {
        partner:
          'Quand mon ou ma partenaire a besoin de parler, je pose mon téléphone et je lui accorde toute mon attention.',
        family:
          'Quand ce membre de ma famille a besoin de parler, je pose mon téléphone et je lui accorde toute mon attention.',
        friend:
          'Quand mon ami ou amie a besoin de parler, je pose mon téléphone et je lui accorde toute mon attention.',
        colleague:
          'Quand ce ou cette collègue a besoin de parler d’une difficulté pour y voir clair, je lui accorde toute mon attention.',
      },
    },
    {
      id: 'emotional-receive-2',
      dimension: 'emotional-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'Quand je me confie, mon ou ma partenaire semble ailleurs ou change de sujet.',
        family: 'Quand je me confie, ce membre de ma famille semble ailleurs ou change de sujet.',
        friend: 'Quand je me confie, mon ami ou amie semble ailleurs ou change de sujet.',
        colleague: 'Quand je fais part d’une inquiétude, ce ou cette collègue semble ailleurs ou change de sujet.',
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
      text: {
        partner: 'Mon ou ma partenaire me laisse aller au bout de ma pensée avant de répondre.',
        family: 'Ce membre de ma famille me laisse aller au bout de ma pensée avant de répondre.',
        friend: 'Mon ami ou amie me laisse aller au bout de ma pensée avant de répondre.',
        colleague: 'Ce ou cette collègue me laisse terminer mon propos avant de répondre.',
      },
    },
    // Conflits et réconciliation
    {
      id: 'repair-give-1',
      dimension: 'repair-give',
      scale: 'frequency',
      text: {
        partner: 'Après un désaccord, je fais un pas vers mon ou ma partenaire pour arranger les choses.',
        family: 'Après un désaccord, je fais un pas vers ce membre de ma famille pour arranger les choses.',
        friend: 'Après un désaccord, je fais un pas vers mon ami ou amie pour arranger les choses.',
        colleague: 'Après un désaccord, je reviens vers ce ou cette collègue pour dissiper le malaise.',
      },
    },
    {
      id: 'repair-receive-1',
      dimension: 'repair-receive',
      scale: 'frequency',
      text: {
        partner: 'Après un désaccord, mon ou ma partenaire fait un pas vers moi pour arranger les choses.',
        family: 'Après un désaccord, ce membre de ma famille fait un pas vers moi pour arranger les choses.',
        friend: 'Après un désaccord, mon ami ou amie fait un pas vers moi pour arranger les choses.',
        colleague: 'Après un désaccord, ce ou cette collègue revient vers moi pour dissiper le malaise.',
      },
    },
    {
      id: 'repair-give-2',
      dimension: 'repair-give',
      scale: 'frequency',
      text: {
        partner:
          'Quand il y a des frictions entre mon ou ma partenaire et moi, je sais reconnaître ma part de responsabilité.',
        family:
          'Quand il y a des frictions entre ce membre de ma famille et moi, je sais reconnaître ma part de responsabilité.',
        friend:
          'Quand il y a des frictions entre mon ami ou amie et moi, je sais reconnaître ma part de responsabilité.',
        colleague:
          'Quand il y a des frictions entre ce ou cette collègue et moi, je sais reconnaître ma part de responsabilité.',
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
        colleague: 'Quand ce ou cette collègue traverse une période difficile, j’ai du mal à en tenir compte.',
      },
    },
    {
      id: 'healing-receive-2',
      dimension: 'healing-receive',
      scale: 'frequency',
      text: {
        partner: 'Dans mes jours difficiles, mon ou ma partenaire reste à mes côtés.',
        family: 'Dans mes jours difficiles, ce membre de ma famille reste à mes côtés.',
        friend: 'Dans mes jours difficiles, mon ami ou amie prend du temps pour moi.',
        colleague: 'Dans mes jours difficiles, ce ou cette collègue prend de mes nouvelles.',
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
      text: {
        partner: 'Quand je fais des projets, je pense aussi aux besoins de mon ou ma partenaire.',
        family: 'Quand je fais des projets, je pense aussi aux besoins de ce membre de ma famille.',
        friend: 'Quand je prévois une sortie ou un projet, je pense aussi à ce qui convient à mon ami ou amie.',
        colleague: 'Quand je planifie notre travail, je pense aussi aux besoins de ce ou cette collègue.',
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
    { id: 'practical', kind: 'difference', label: 'Aide concrète', of: ['practical-give', 'practical-receive'] },
    { id: 'emotional', kind: 'difference', label: 'Soutien émotionnel', of: ['emotional-give', 'emotional-receive'] },
    { id: 'communication', kind: 'difference', label: 'Dialogue', of: ['communication-give', 'communication-receive'] },
    { id: 'repair', kind: 'difference', label: 'Conflits et réconciliation', of: ['repair-give', 'repair-receive'] },
    {
      id: 'healing',
      kind: 'difference',
      label: 'Soutien dans les moments difficiles',
      of: ['healing-give', 'healing-receive'],
    },
    { id: 'future', kind: 'difference', label: 'Construire l’avenir', of: ['future-give', 'future-receive'] },
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
          steps: ['check-in', 'observe'],
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'C’est vous qui portez le plus',
          summary:
            'Ce que vous offrez semble dépasser, en ce moment, ce qui vous revient. C’est fréquent, et cela vient souvent de l’habitude ou du stress plutôt que d’une mauvaise intention.',
          advice:
            'Vos besoins comptent aussi. Essayez d’en exprimer un, calmement, et repérez où vous pourriez vous accorder du répit au lieu de tout prendre en charge.',
          steps: ['reflect', 'express', 'practice-balance'],
        },
      ],
    },
    {
      id: 'engagement',
      score: 'engagement',
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
          summary: 'Vous semblez assumer une plus grande part des tâches du quotidien.',
          advice:
            'Nommez une ou deux tâches que vous aimeriez partager, et demandez-le simplement plutôt que d’espérer que l’autre le remarque.',
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
          label: 'C’est plutôt l’autre qui fait le premier pas',
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
          label: 'La réconciliation est partagée',
          summary: 'Après un conflit, l’effort pour arranger les choses semble venir des deux côtés.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'C’est plutôt vous qui faites le premier pas',
          summary: 'Après un conflit, c’est vous, semble-t-il, qui arrangez les choses.',
          advice:
            'Dites que vous aimeriez que la réconciliation se fasse à deux. Convenir ensemble d’une phrase simple, comme «\u00a0On recommence\u202f?\u00a0», peut faciliter les choses pour vous deux.',
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
          summary: 'C’est surtout vous qui semblez réconforter quand la vie est dure.',
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
      'Merci d’avoir répondu aux questions sur la peur et sur le contrôle exercé sur votre vie. Votre sécurité compte plus que n’importe quel score, et cet outil ne peut pas l’évaluer\u00a0: les conseils sur l’équilibre sont donc mis de côté ici. Avoir peur, ou voir sa vie contrôlée, ce n’est pas la même chose que vivre une relation déséquilibrée, et vous avez droit à du soutien\u00a0: en parler avec une personne formée, en toute confidentialité et à votre rythme, peut vous aider. Les services ci-dessous sont un premier point d’appui.',
  },
  resources: supportResources,
  cultureNotes: {
    us: {
      title: 'Aux États-Unis',
      body: 'Beaucoup de gens apprécient que l’on se parle franchement, et aiment entendre l’attention exprimée avec des mots. Les longues journées de travail et le stress peuvent rendre cette attention difficile à manifester avec constance, même quand elle est bien là.',
    },
    in: {
      title: 'En Inde',
      body: 'L’attention se montre souvent par des actes, parfois plus que par des mots\u00a0: assumer des responsabilités familiales, faire preuve de loyauté, être là quand les temps sont durs. Parler ouvertement de qui fait quoi peut aider chacun à sentir que sa part est équitable.',
    },
    uk: {
      title: 'Au Royaume-Uni',
      body: 'La discrétion et la constance sont souvent valorisées\u202f; l’attention peut donc être silencieuse\u00a0: être là, de façon fiable, garder ses habitudes, apporter une aide concrète plutôt que de dire les choses à voix haute.',
    },
    au: {
      title: 'En Australie',
      body: 'Beaucoup de gens apprécient une parole honnête et directe, et l’attention passe souvent par le temps passé ensemble, les activités partagées et de petits rituels, comme un court moment le soir pour se raconter sa journée, plus que par de longues conversations sur les émotions.',
    },
    ca: {
      title: 'Au Canada',
      body: 'Les relations réunissent souvent plusieurs cultures d’origine, avec des attentes différentes quant au temps, à la parole, à la famille et à l’attention. S’intéresser à ce que le soutien signifie pour l’autre peut éviter des déséquilibres involontaires.',
    },
    ae: {
      title: 'Aux Émirats arabes unis',
      body: 'Le soutien est souvent partagé au sein de la famille élargie et de la communauté\u00a0: une vraie force, qui peut aussi ajouter des attentes. Là où les traditions se mêlent, une personne peut privilégier la parole ouverte, et l’autre exprimer son respect par la retenue.',
    },
  },
};
