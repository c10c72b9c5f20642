import type { Catalog } from '../../core/index.js';

/*
 * French UI strings: neutral international French (France, Québec, Belgium, Switzerland, Africa).
 * Typography: a no-break space (U+00A0) before « : », a narrow no-break space (U+202F) before
 * « ; ? ! », no-break spaces inside « guillemets ». The reader is addressed as « vous », and
 * wording avoids gendered agreement with the reader wherever it can.
 */

const plural = new Intl.PluralRules('fr');
/** French takes the singular for 0 and 1: « 0 réponse », « 1 réponse », « 2 réponses ». */
const one = (n: number): boolean => plural.select(n) === 'one';
const s = (n: number): string => (one(n) ? '' : 's');

const doneOf = (n: number, total: number) => `${n} étape${s(n)} terminée${s(n)} sur ${total}`;

export const messages: Catalog = {
  // Every element
  loading: 'Chargement…',
  errorTitle: 'Cet outil n’a pas pu s’afficher',
  errorIntro: 'La configuration de la page qui l’intègre comporte un problème\u00a0:',
  errorMore: (n: number) => `…et ${n} autre${s(n)} problème${s(n)}.`,
  fetchFailed: (status: string) => `La définition n’a pas pu être chargée (${status}).`,
  networkFailed: 'La définition n’a pas pu être chargée\u00a0: la requête réseau a échoué.',
  validatorFailed:
    'La définition n’a pas pu être vérifiée\u00a0: le code qui la vérifie n’a pas pu être chargé (la page est-elle hors ligne\u202f?).',
  notSaved: 'Votre progression n’est pas enregistrée sur cet appareil.',
  start: 'Commencer',
  next: 'Suivant',
  back: 'Précédent',
  resultTitle: 'Votre résultat',
  print: 'Imprimer',
  copy: 'Copier sous forme de texte',
  copied: 'Texte copié.',
  copyFailed: 'La copie est bloquée sur cette page\u202f; sélectionnez le texte pour le copier.',
  unavailable: 'Cela n’a pas pu être fait pour le moment (la page est-elle hors ligne\u202f?). Veuillez réessayer.',
  reset: 'Réinitialiser',
  supportLink: 'Soutien et lignes d’écoute',
  copyDone: 'Copié',
  quickExit: 'Quitter rapidement cette page',
  quickExitHint: 'Ou appuyez trois fois sur la touche Maj.',
  shiftMore: (n: number) =>
    n === 1
      ? 'Maj\u00a0: appuyez encore une fois pour quitter cette page.'
      : `Maj\u00a0: appuyez encore ${n}\u00a0fois pour quitter cette page.`,
  call: 'Appeler',
  sendText: 'Écrire par SMS',
  otherRegions: 'Services dans d’autres pays',
  byCountry: 'Services par pays',
  disclaimerLabel: 'À noter',
  summary: 'Récapitulatif',
  labelled: (label: string, text: string) => `${label}\u00a0: ${text}`,

  // <recipro-quiz>
  seeResult: 'Voir mon résultat',
  questionOf: (n: number, total: number) => `Question ${n} sur ${total}`,
  minutes: (n: number) => `Environ ${n} minute${s(n)}`,
  questions: (n: number) => `${n} question${s(n)}`,
  answerRequired: 'Choisissez une réponse pour continuer.',
  answerMissing: (n: number) => `Veuillez d’abord répondre à la question ${n}.`,
  answeredOf: (n: number, total: number) => `${n} réponse${s(n)} sur ${total}`,
  restarted: 'Les questions de cette page ont changé\u202f; le questionnaire a donc repris depuis le début.',
  questionNumber: (n: number) => `Question ${n}`,
  retake: 'Recommencer',
  clearAnswers: 'Effacer mes réponses',
  cleared: 'Vos réponses ont été effacées de cet appareil.',
  suggestedSteps: 'Des étapes qui peuvent aider',
  formsTitle: 'De quel côté penche chaque forme de réciprocité',
  formsAbout: 'Ce que recouvre chaque forme',
  tableCaption: 'Scores par forme de réciprocité',
  tableForm: 'Forme',
  tableLean: 'Tendance',
  tableValue: 'Score',
  balanced: 'Équilibré',
  even: 'À égalité',
  mixed: 'Équilibré dans l’ensemble, inégal par endroits',
  moreAbout: 'Par où commencer',
  culturalNote: 'Un éclairage culturel',
  showRest: 'Afficher le reste de mon résultat',
  restTitle: 'Le reste de votre résultat',
  restNote: 'Il décrit des tendances dans vos réponses. Ce n’est pas un conseil, et il ne dit rien de votre sécurité.',
  resultReady: (label: string) => `Votre résultat est prêt\u00a0: ${label}.`,
  quizRequired: 'Veuillez d’abord terminer ce questionnaire.',

  // <recipro-checklist>
  checkedOf: (n: number, total: number) => `${n} case${s(n)} cochée${s(n)} sur ${total}`,
  warningSigns: (n: number) => `${n} signe${s(n)} d’alerte`,
  soFar: (label: string) => `Pour l’instant\u00a0: ${label}`,
  seeMeaning: 'Voir ce que cela signifie',
  whatNext: 'Ce que vous pourriez faire ensuite\u00a0:',
  untitled: 'Liste à cocher',
  bandTakeaway: (label: string, takeaway: string) => `${label}\u00a0: ${takeaway}`,
  countAndTakeaway: (count: string, takeaway: string) => `${count}. ${takeaway}`,
  resetDone: 'Toutes les cases sont décochées.',
  checklistRequired: 'Cochez ce qui s’applique, ou appuyez sur «\u00a0Voir ce que cela signifie\u00a0».',
  listDisclaimer:
    'Un outil de réflexion, qui n’est ni un diagnostic ni une thérapie. Il ne peut évaluer ni votre situation ni votre sécurité.',
  listFew: 'Peu de ces points pour l’instant',
  listFewTakeaway:
    'Choisissez un point que vous aimeriez voir plus souvent, et commencez par là\u202f; chaque petit pas compte.',
  listSome: 'Certains de ces points',
  listSomeTakeaway: 'Il y a une base sur laquelle bâtir\u00a0: commencez par l’un des points qui manquent.',
  listMany: 'Beaucoup de ces points',
  listManyTakeaway: 'Une bonne partie est déjà en place\u202f; gardez les habitudes qui le permettent.',
  warningFew: 'Peu de ces signes',
  warningFewTakeaway:
    'Quelques-uns de ces signes se retrouvent dans bien des relations\u202f; ce qui compte, c’est la tendance dans la durée, plus qu’une journée en particulier.',
  warningSome: 'Certains de ces signes',
  warningSomeTakeaway: 'Il peut être utile d’en parler avec une personne de confiance.',
  warningMany: 'Beaucoup de ces signes',
  warningManyTakeaway:
    'Vous portez peut-être beaucoup. Prenez soin de vous, et pensez à en parler avec une personne de confiance ou avec un ou une spécialiste.',

  // <recipro-stepper>
  stepOf: (n: number, total: number) => `Étape ${n} sur ${total}`,
  stepHeading: (n: number, total: number, title: string) => `Étape ${n} sur ${total}\u00a0: ${title}`,
  stepList: 'Étapes',
  doneOf,
  doneNext: 'Terminée — étape suivante',
  doneSummary: 'Terminée — voir le récapitulatif',
  markNotDone: 'Marquer comme non terminée',
  markedDone: (title: string, n: number, total: number) =>
    `Étape «\u00a0${title}\u00a0» terminée. ${doneOf(n, total)}.`,
  markedNotDone: (title: string, n: number, total: number) =>
    `L’étape «\u00a0${title}\u00a0» n’est plus marquée comme terminée. ${doneOf(n, total)}.`,
  allDone: 'Toutes les étapes sont terminées. Votre récapitulatif vous attend, quand vous le souhaitez.',
  statusNotStarted: 'Non commencée',
  statusInProgress: 'En cours',
  statusDone: 'Terminée',
  keepNotes: 'Conserver mes notes sur cet appareil',
  keepNotesOff:
    'Désactivé\u00a0: vos notes restent sur cette page seulement, jusqu’à ce que vous la quittiez ou la rechargiez.',
  keepNotesOn: (days: number) =>
    `Vos notes sont enregistrées dans ce navigateur uniquement, et supprimées après ${days} jour${s(days)} sans modification.`,
  keptSession: 'Vos notes sont conservées dans cet onglet du navigateur, jusqu’à ce que vous le fermiez.',
  keptLocal: (days: number) =>
    `Vos notes sont conservées dans ce navigateur, sur cet appareil, et supprimées après ${days} jour${s(days)} sans modification.`,
  keepingNotes: 'Vos notes seront conservées sur cet appareil.',
  notKeepingNotes:
    'Vos notes ne sont plus conservées sur cet appareil. Elles restent sur cette page jusqu’à ce que vous la quittiez.',
  notesShared: 'Quand toutes les étapes sont marquées comme terminées, ce site reçoit vos notes.',
  clearNotes: 'Effacer mes notes',
  clearQuestion:
    'Effacer toutes vos notes et votre progression de cette page et de cet appareil\u202f? Cette action est irréversible.',
  clearConfirm: 'Oui, effacer mes notes',
  clearCancel: 'Garder mes notes',
  notesCleared: 'Vos notes ont été effacées de cet appareil.',
  downloadNotes: 'Télécharger mes notes',
  downloadReminder: 'Ajouter un rappel à mon calendrier',
  reminderEvery: (title: string, weeks: number) =>
    one(weeks) ? `${title}, chaque semaine` : `${title}, toutes les ${weeks} semaines`,
  reminderFrom: (title: string, step: string) => `Une pratique tirée de «\u00a0${title}\u00a0»\u00a0: ${step}.`,
  practice: 'À essayer',
  example: 'Exemple',
  prompts: 'Pistes de réflexion',
  yourNotes: 'Vos notes',
  noNotes: 'Aucune note pour l’instant.',
  seeSummary: 'Voir le récapitulatif',
  backToSteps: 'Retour aux étapes',
};
