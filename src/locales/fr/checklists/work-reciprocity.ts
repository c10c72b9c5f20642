import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';
import { workSupport } from '../../../content/work-support.js';

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
      takeaway:
        'Une petite habitude, comme remercier quelqu’un pour quelque chose de précis, peut commencer à faire bouger les choses.',
      next: 'Cette semaine, demandez de l’aide pour une tâche plutôt que de tout porter vous-même, et remarquez qui se propose.',
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'Une certaine réciprocité',
      takeaway:
        'Il y a une base sur laquelle bâtir\u202f; dire clairement ce dont vous avez besoin peut rendre l’échange plus équitable.',
      next: 'Proposez une idée de partage équitable à votre prochaine réunion d’équipe, par exemple prendre les notes à tour de rôle, ou varier qui parle en premier.',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'Une réciprocité solide',
      takeaway: 'Les efforts et le mérite semblent bien partagés\u202f; continuez à les rendre visibles.',
      next: 'Quand un travail commun est salué, dites qui a fait quoi, et invitez de temps en temps une personne plus discrète à parler en premier.',
    },
  ],
  resources: workSupport(supportResources, {
    title: 'Du soutien au travail',
    intro:
      'Si le travail vous semble injuste ou peu sûr, vous n’avez pas à vous en sortir seul ou seule : une personne de confiance dans l’encadrement, les RH, un syndicat ou des représentants du personnel, ou un programme d’aide aux salariés peuvent vous écouter et vous aider à choisir quoi faire.',
    routes: [
      {
        region: 'any',
        name: 'Programme d’aide aux salariés',
        description:
          'Beaucoup d’employeurs proposent un soutien psychologique gratuit et confidentiel, souvent jour et nuit.',
        contacts: [{ label: 'Demandez son numéro aux RH ou cherchez-le sur l’intranet' }],
      },
      {
        region: 'any',
        name: 'Un syndicat ou des représentants du personnel',
        description:
          'Peuvent vous conseiller et vous accompagner aux entretiens sur la façon dont vous êtes traité ou traitée.',
        contacts: [{ label: 'Demandez à une personne de confiance ou à votre syndicat qui contacter' }],
      },
    ],
  }),
};
