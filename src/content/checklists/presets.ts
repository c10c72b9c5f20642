import type { ChecklistDefinition } from '../../core/index.js';
import type { BuiltInPack, DefaultPackId, PackIdOf } from '../registry.js';
import { onceEach } from '../../load-once.js';

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

/** The packs loaded so far, by id. */
export const checklistPacks: Record<string, ChecklistDefinition> = {};
const loadOnce = onceEach<void>();

/** Makes a pack available without loading it: the script-tag build bundles the default one. */
export function provideChecklistPack(pack: ChecklistDefinition): void {
  checklistPacks[pack.id] = pack;
}

/**
 * Loads one pack once; undefined when there is nothing to load (loaded already, or not a built-in
 * id: the controller reports it). Offline, the promise still resolves and the controller says the
 * pack could not be loaded; a later attempt retries.
 */
export function loadChecklistPack(id: string): Promise<void> | undefined {
  if (Object.hasOwn(checklistPacks, id) || !Object.hasOwn(checklistPackLoaders, id)) return undefined;
  return loadOnce(id, async () => {
    checklistPacks[id] = await checklistPackLoaders[id]!();
  });
}
