import type { DefinitionByKind, DefinitionKind } from '../core/index.js';

/**
 * The built-in packs, each declared once: its id (what the `preset` attribute takes), its kind, and whether its
 * element shows it when the page names none. Every other list of packs is typed from this table, so after adding a
 * pack here, `npm run typecheck` points at each place that must load it:
 *
 * - its English module, `src/content/<kind>/<id>.ts`, typed `BuiltInPack<'<id>'>`: one line in its kind's table in
 *   `src/content/<kind>/presets.ts` (`quizPackLoaders` and `quizCovers`, `checklistPackLoaders` or `stepperPresets`)
 *   and one in `presets` (`src/content/index.ts`, with a named export for `recipro-widgets/content`);
 * - its translation in each language, `src/locales/<language>/`: one line in that language's `on-demand.ts` (the
 *   elements load it from there when shown) and one in its `index.ts` (everything at once, for `registerLocale`).
 *
 * Why those tables are not built here: rollup puts a whole module in one chunk. This module, imported by all three
 * elements, would go into the chunk they share, and with it the quiz and stepper packs (bundled with their elements)
 * and the checklists' loaders: a page with one checklist would download the quiz. So the elements import only types
 * from here (no bytes), and each kind's table stays in its own element's chunk.
 */
export const PACKS = {
  'reciprocity-balance': { kind: 'quiz', isDefault: true },
  'romantic-signs': { kind: 'checklist', isDefault: true },
  'one-sided-signs': { kind: 'checklist' },
  'friendship-balance': { kind: 'checklist' },
  'work-reciprocity': { kind: 'checklist' },
  'trauma-and-reciprocity': { kind: 'checklist' },
  'restore-steps': { kind: 'checklist' },
  'recipro-steps': { kind: 'stepper', isDefault: true },
} as const satisfies Readonly<Record<string, { kind: DefinitionKind; isDefault?: true }>>;

/** The id of a built-in pack. */
export type PackId = keyof typeof PACKS;

/** Every built-in id, in the registry's order; every language translates each one. */
export const PACK_IDS = Object.keys(PACKS) as readonly PackId[];

/** The kind of a built-in pack, by id. */
export type PackKind<Id extends PackId> = (typeof PACKS)[Id]['kind'];

/** The ids of one kind's built-in packs: what that element's `preset` attribute accepts. */
export type PackIdOf<K extends DefinitionKind> = { [Id in PackId]: PackKind<Id> extends K ? Id : never }[PackId];

/** The id of the pack an element of this kind shows when the page names none. */
export type DefaultPackId<K extends DefinitionKind> = {
  [Id in PackIdOf<K>]: (typeof PACKS)[Id] extends { isDefault: true } ? Id : never;
}[PackIdOf<K>];

/** A built-in pack's definition type, by id: a translation must be of the same kind as the English pack. */
export type PackDefinition<Id extends PackId> = DefinitionByKind[PackKind<Id>];

/** Every built-in pack, by id, each of its own kind: the shape of a table that must list them all. */
export type PackTable = { [Id in PackId]: PackDefinition<Id> };

/** A loader for every built-in pack, by id, each resolving to a pack of its own kind. */
export type PackLoaderTable = { [Id in PackId]: () => Promise<PackDefinition<Id>> };

/** An English built-in pack: of its registered kind, with its registered id (so tables can key it by `pack.id`). */
export type BuiltInPack<Id extends PackId> = PackDefinition<Id> & { id: Id };
