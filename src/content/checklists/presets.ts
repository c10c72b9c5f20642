import type { ChecklistDefinition } from '../../core/index.js';
import type { BuiltInPack, DefaultPackId, PackIdOf } from '../registry.js';
import { PackShelf } from '../shelf.js';

type Loader = () => Promise<ChecklistDefinition>;

/**
 * The built-in checklists, by id (the `preset` attribute), each loaded on its own when an element
 * shows it: a page downloads the one pack it uses, and an article that upgrades the writer's own
 * list downloads none. Only checklist packs, so a checklist never loads the quiz. One literal
 * `import()` each, so that rollup makes each pack a chunk of its own; typed from the registry, so
 * a checklist added there and missing here fails type-checking.
 */
export const checklistPackLoaders: Readonly<Record<string, Loader>> = {
  'romantic-signs': () => import('./romantic-signs.js').then((m) => m.romanticSigns),
  'one-sided-signs': () => import('./one-sided-signs.js').then((m) => m.oneSidedSigns),
  'friendship-balance': () => import('./friendship-balance.js').then((m) => m.friendshipBalance),
  'work-reciprocity': () => import('./work-reciprocity.js').then((m) => m.workReciprocity),
  'trauma-and-reciprocity': () => import('./trauma-and-reciprocity.js').then((m) => m.traumaAndReciprocity),
  'restore-steps': () => import('./restore-steps.js').then((m) => m.restoreSteps),
} satisfies { [Id in PackIdOf<'checklist'>]: () => Promise<BuiltInPack<Id>> };

/** The checklist shown when the page names none: the registry's default checklist. */
export const DEFAULT_CHECKLIST: DefaultPackId<'checklist'> = 'romantic-signs';

/** The checklists loaded so far, and how to load one. */
export const checklistShelf = new PackShelf(checklistPackLoaders);
