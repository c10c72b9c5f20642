import type { ChecklistDefinition } from '../../core/index.js';
import { attribution, disclaimer } from './common.js';
import { supportResources } from './resources.js';

/* The six default checklists in French: the English ids, polarities and band limits, worded in French. */

export const romanticSigns: ChecklistDefinition = {
  kind: 'checklist',
  id: 'romantic-signs',
  version: '1.0.0',
  title: 'Les signes de réciprocité dans le couple',
  locale: 'fr',
  intro: 'Cochez les signes qui correspondent à ce que vous vivez à deux, la plupart du temps. Aucune relation ne les montre tous, tous les jours.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'heard', text: 'Quand nous parlons, l’écoute va dans les deux sens.' },
    { id: 'mental-load', text: 'Nous partageons la charge mentale\u00a0: penser aux choses, organiser, arrondir les angles.' },
    { id: 'appreciation', text: 'Les remerciements et la reconnaissance vont dans les deux sens.' },
    { id: 'repair', text: 'Après un désaccord, ce n’est pas toujours la même personne qui fait le premier pas.' },
    { id: 'effort', text: 'Nous consacrons, de part et d’autre, du temps et des efforts à notre relation.' },
    { id: 'hard-days', text: 'Dans les jours difficiles, nous pouvons nous épauler mutuellement.' },
    { id: 'tasks', text: 'Les tâches du quotidien sont réparties d’une façon que nous jugeons équitable.' },
    { id: 'asking', text: 'Nous pouvons demander de l’aide sans que cela devienne toute une affaire.' },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'Peu de signes pour l’instant',
      takeaway: 'Choisissez un signe que vous aimeriez voir plus souvent, et abordez-le avec douceur\u202f; chaque petit pas compte.',
    },
    { id: 'some', min: 40, max: 75, label: 'Quelques signes', takeaway: 'Il y a une base sur laquelle bâtir\u00a0: commencez par l’un des signes qui manquent.' },
    { id: 'many', min: 75, max: 100, label: 'De nombreux signes', takeaway: 'L’attention semble circuler dans les deux sens\u202f; gardez les habitudes qui le permettent.' },
  ],
};

export const oneSidedSigns: ChecklistDefinition = {
  kind: 'checklist',
  id: 'one-sided-signs',
  version: '1.0.0',
  title: 'Les signes d’une relation à sens unique',
  locale: 'fr',
  intro:
    'Cochez ceux qui vous semblent souvent vrais. Quelques-uns se retrouvent dans bien des relations\u202f; s’ils sont nombreux, l’équilibre a peut-être besoin d’attention. Une relation déséquilibrée n’est pas pour autant une relation dangereuse\u00a0: s’il vous arrive d’avoir peur de l’autre personne, tournez-vous vers quelqu’un de confiance ou vers une ligne d’écoute.',
  disclaimer,
  attribution,
  polarity: 'warning',
  items: [
    { id: 'initiate', text: 'C’est moi qui prends l’initiative de la plupart de nos sorties, de nos appels ou de nos conversations.' },
    { id: 'support', text: 'J’apporte bien plus de soutien que je n’en reçois.' },
    { id: 'unseen', text: 'Mes émotions passent souvent inaperçues, et l’on me demande rarement comment je me sens.' },
    { id: 'fixing', text: 'C’est généralement moi qui arrondis les angles après un conflit.' },
    { id: 'drained', text: 'Après un moment passé avec cette personne, je me sens souvent à plat.' },
    { id: 'their-news', text: 'Nos conversations tournent surtout autour de ses nouvelles et de ses soucis.' },
    { id: 'holding-back', text: 'Je me retiens de demander de l’aide, parce que j’ai l’impression que ce serait trop demander.' },
    { id: 'keeping-track', text: 'J’ai commencé à compter, en silence, qui fait quoi.' },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 30,
      label: 'Peu de signes',
      takeaway: 'Un certain déséquilibre est normal\u202f; c’est l’équilibre dans la durée qui compte, plus qu’une journée en particulier.',
    },
    { id: 'some', min: 30, max: 60, label: 'Quelques signes', takeaway: 'Il peut être utile d’exprimer calmement un besoin, et de voir comment l’autre réagit.' },
    {
      id: 'many',
      min: 60,
      max: 100,
      label: 'De nombreux signes',
      takeaway:
        'Vous portez peut-être beaucoup. Cesser de vous surinvestir et exprimer vos besoins peut aider, tout comme le soutien d’une personne de confiance.',
    },
  ],
  resources: supportResources,
};

export const friendshipBalance: ChecklistDefinition = {
  kind: 'checklist',
  id: 'friendship-balance',
  version: '1.0.0',
  title: 'L’équilibre dans une amitié',
  locale: 'fr',
  intro:
    'Pensez à une amitié en particulier, et cochez ce qui est généralement vrai. Dans une amitié, on donne rarement exactement autant l’un que l’autre\u202f; l’important, c’est que les deux personnes s’impliquent.',
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
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'Plutôt à sens unique',
      takeaway: 'Une amitié s’étiole quand les efforts vont dans un seul sens\u202f; tentez une invitation sincère, et voyez si l’autre fait un pas vers vous.',
    },
    { id: 'some', min: 40, max: 75, label: 'Un certain équilibre', takeaway: 'Il y a ici un vrai va-et-vient\u202f; un mot de reconnaissance peut le renforcer.' },
    { id: 'many', min: 75, max: 100, label: 'Une amitié bien équilibrée', takeaway: 'Cette amitié semble équilibrée\u202f; continuez à vous soutenir mutuellement.' },
  ],
};

export const workReciprocity: ChecklistDefinition = {
  kind: 'checklist',
  id: 'work-reciprocity',
  version: '1.0.0',
  title: 'La réciprocité au travail',
  locale: 'fr',
  intro: 'Pensez à votre équipe, ou à une relation de travail en particulier, et cochez ce qui est généralement vrai.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'credit', text: 'Quand le travail est collectif, le mérite est partagé.' },
    { id: 'help', text: 'L’aide circule dans les deux sens, et ne vient pas toujours des mêmes personnes.' },
    { id: 'feedback', text: 'Les retours circulent dans les deux sens, y compris envers la hiérarchie.' },
    { id: 'needs', text: 'Chaque personne peut exprimer ses besoins sans s’exposer à des jugements.' },
    { id: 'meetings', text: 'En réunion, chaque personne a l’occasion de prendre la parole.' },
    { id: 'workload', text: 'Le travail supplémentaire est réparti équitablement.' },
    { id: 'disagreements', text: 'Les désaccords sont discutés, plutôt que laissés à couver.' },
    { id: 'thanks', text: 'On remarque les efforts des autres, et on les en remercie.' },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'Peu de réciprocité',
      takeaway: 'Une petite habitude, comme remercier quelqu’un pour quelque chose de précis, peut commencer à faire bouger les choses.',
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'Une certaine réciprocité',
      takeaway: 'Il y a une base sur laquelle bâtir\u202f; dire clairement ce dont vous avez besoin peut rendre l’échange plus équitable.',
    },
    { id: 'many', min: 75, max: 100, label: 'Une réciprocité solide', takeaway: 'Les efforts et le mérite semblent bien partagés\u202f; continuez à les rendre visibles.' },
  ],
};

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
    { id: 'giving-to-keep', text: 'Je donne beaucoup, car j’ai peur que les autres s’en aillent si j’ai besoin de quelque chose.' },
    { id: 'going-quiet', text: 'Quand la tension monte, je me tais, ou je me ferme intérieurement.' },
    { id: 'showing-struggle', text: 'Laisser voir à quelqu’un que je traverse une période difficile me paraît risqué.' },
    { id: 'naming-needs', text: 'J’ai du mal à mettre des mots sur mes besoins.' },
    { id: 'expecting-no', text: 'Quand je demande quelque chose, je m’attends à un refus.' },
    { id: 'trusting-care', text: 'J’ai du mal à croire que l’attention qu’on me porte va durer.' },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 30,
      label: 'Peu vous semblent familiers',
      takeaway: 'Peu de ces schémas ressortent pour vous\u202f; là où l’un d’eux apparaît, le simple fait de le remarquer est déjà un premier pas, et un geste de bienveillance envers vous-même.',
    },
    {
      id: 'some',
      min: 30,
      max: 60,
      label: 'Certains vous semblent familiers',
      takeaway: 'Ce type de schéma s’assouplit souvent grâce à de petits moments d’attention, prévisibles, à un rythme qui vous paraît sûr.',
    },
    {
      id: 'many',
      min: 60,
      max: 100,
      label: 'Beaucoup vous semblent familiers',
      takeaway:
        'Ce sont des façons que vous avez apprises pour vous protéger. Allez-y en douceur\u202f; si vous en avez la possibilité, un ou une thérapeute peut vous aider à les dénouer.',
    },
  ],
  resources: supportResources,
};

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
    { id: 'repair-soon', text: 'Après un désaccord, nous essayons d’arranger les choses dans la journée ou le lendemain.' },
    { id: 'listen', text: 'J’écoute avec curiosité avant de répondre.' },
    { id: 'express', text: 'Je dis ce dont j’ai besoin sans faire de reproches.' },
    { id: 'appreciate', text: 'Nous nous remercions pour les petites choses du quotidien.' },
    { id: 'slow-down', text: 'Quand une discussion se tend, nous ralentissons le rythme.' },
  ],
  bands: [
    { id: 'starting', min: 0, max: 35, label: 'Premiers pas', takeaway: 'Choisissez une étape qui vous semble facile, et essayez-la pendant une semaine.' },
    {
      id: 'building',
      min: 35,
      max: 70,
      label: 'En construction',
      takeaway: 'Vous avez commencé\u202f; ajoutez une autre étape quand la première vous sera devenue naturelle.',
    },
    { id: 'steady', min: 70, max: 100, label: 'Une pratique bien installée', takeaway: 'Continuez, et remarquez les changements, même les plus petits.' },
  ],
};
