import type { Definition } from '../../core/index.js';
import { checklistPackLoaders } from '../../content/checklists/presets.js';
import { quizPackLoaders } from '../../content/quiz/presets.js';
import { stepperPresets } from '../../content/stepper/presets.js';
import type { BuilderKind } from './blank.js';

/**
 * The built-in packs the builder can start from, by kind: the elements' own tables, so each pack
 * still loads on its own when chosen (the stepper's is bundled with its element).
 */
const loaders: Record<BuilderKind, Readonly<Record<string, () => Promise<Definition>>>> = {
  checklist: checklistPackLoaders,
  quiz: quizPackLoaders,
  stepper: Object.fromEntries(Object.entries(stepperPresets).map(([id, pack]) => [id, () => Promise.resolve(pack)])),
};

/** The ids of one kind's built-in packs. */
export const packIds = (kind: BuilderKind): string[] => Object.keys(loaders[kind]);

/** A pack as plain JSON the author may edit (a deep copy: the element's own pack is never touched). */
export async function loadPack(kind: BuilderKind, id: string): Promise<Record<string, unknown>> {
  const pack = await loaders[kind][id]!();
  return JSON.parse(JSON.stringify(pack)) as Record<string, unknown>;
}

/** `romantic-signs` → `Romantic signs`: a pack's id as a name in the pack list. */
export const packName = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
