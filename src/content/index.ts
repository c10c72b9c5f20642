/**
 * recipro-widgets/content: the default content packs, as plain typed data.
 * Each pack lives in its own module, so importing one pack by name leaves the others out.
 */
import type { DefinitionByKind, DefinitionKind } from '../core/index.js';
import type { BuiltInPack, PackId } from './registry.js';
import { friendshipBalance } from './checklists/friendship-balance.js';
import { oneSidedSigns } from './checklists/one-sided-signs.js';
import { restoreSteps } from './checklists/restore-steps.js';
import { romanticSigns } from './checklists/romantic-signs.js';
import { traumaAndReciprocity } from './checklists/trauma-and-reciprocity.js';
import { workReciprocity } from './checklists/work-reciprocity.js';
import { reciprocityBalance } from './quiz/reciprocity-balance.js';
import { reciproSteps } from './stepper/recipro-steps.js';

export {
  reciprocityBalance,
  romanticSigns,
  oneSidedSigns,
  friendshipBalance,
  workReciprocity,
  traumaAndReciprocity,
  restoreSteps,
  reciproSteps,
};
export { supportResources } from './resources.js';

/**
 * Every built-in pack by id (the elements' `preset` attribute), in English. Typed from the registry
 * (`./registry.ts`), so a pack added there and missing here fails type-checking.
 */
export const presets = {
  'reciprocity-balance': reciprocityBalance,
  'romantic-signs': romanticSigns,
  'one-sided-signs': oneSidedSigns,
  'friendship-balance': friendshipBalance,
  'work-reciprocity': workReciprocity,
  'trauma-and-reciprocity': traumaAndReciprocity,
  'restore-steps': restoreSteps,
  'recipro-steps': reciproSteps,
} as const satisfies { [Id in PackId]: BuiltInPack<Id> };

export type PresetId = keyof typeof presets;

/**
 * The pack with this id, or undefined, for an app that picks a pack by id at run time (the elements
 * do not use it: each bundles or loads only its own kind's packs). With `kind`, a pack of another
 * kind is undefined too, so a checklist slot cannot receive a stepper.
 */
export function getPreset(id: string): DefinitionByKind[DefinitionKind] | undefined;
export function getPreset<K extends DefinitionKind>(id: string, kind: K): DefinitionByKind[K] | undefined;
export function getPreset(id: string, kind?: DefinitionKind): DefinitionByKind[DefinitionKind] | undefined {
  if (!Object.hasOwn(presets, id)) return undefined;
  const pack = presets[id as PresetId];
  return kind === undefined || pack.kind === kind ? pack : undefined;
}
