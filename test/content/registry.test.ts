import { expect } from '@open-wc/testing';
import { checklistPackLoaders, DEFAULT_CHECKLIST } from '../../src/content/checklists/presets.js';
import { DEFAULT_QUIZ, quizCovers, quizPackLoaders } from '../../src/content/quiz/presets.js';
import { DEFAULT_STEPPER, stepperPresets } from '../../src/content/stepper/presets.js';
import { presets } from '../../src/content/index.js';
import { PACK_IDS, PACKS, type PackId } from '../../src/content/registry.js';
import type { Definition, DefinitionKind, QuizDefinition } from '../../src/core/index.js';
import * as arOnDemand from '../../src/locales/ar/on-demand.js';
import * as frOnDemand from '../../src/locales/fr/on-demand.js';
import * as hiOnDemand from '../../src/locales/hi/on-demand.js';
import type { PackLoaders } from '../../src/locales/types.js';

/*
 * The registry (src/content/registry.ts) declares each built-in pack once; the type checker makes every other table
 * list each pack, of its kind. What types cannot see is checked here: each table's entry is the pack of that id.
 */

const KINDS: DefinitionKind[] = ['quiz', 'checklist', 'stepper'];
const idsOf = (kind: DefinitionKind): string[] => PACK_IDS.filter((id) => PACKS[id].kind === kind);

/** What each element has for its kind: its English packs, loaded. */
async function elementPacks(kind: DefinitionKind): Promise<Record<string, Definition>> {
  if (kind === 'stepper') return stepperPresets;
  const loaders: Record<string, () => Promise<Definition>> = kind === 'quiz' ? quizPackLoaders : checklistPackLoaders;
  const entries = Object.entries(loaders).map(async ([id, load]) => [id, await load()] as const);
  return Object.fromEntries(await Promise.all(entries));
}

describe('pack registry', () => {
  it('lists every built-in pack once, in the order of PACK_IDS', () => {
    expect(PACK_IDS).to.deep.equal(Object.keys(PACKS));
    expect(new Set(PACK_IDS).size).to.equal(PACK_IDS.length);
    expect(Object.keys(presets)).to.deep.equal(PACK_IDS);
  });

  it('marks exactly one default per kind, the one each element shows when the page names none', () => {
    const defaults = { quiz: DEFAULT_QUIZ, checklist: DEFAULT_CHECKLIST, stepper: DEFAULT_STEPPER };
    for (const kind of KINDS) {
      const marked = idsOf(kind).filter((id) => 'isDefault' in PACKS[id as PackId]);
      expect(marked, kind).to.deep.equal([defaults[kind]]);
    }
  });

  for (const kind of KINDS) {
    it(`gives the ${kind} element exactly the registry's ${kind} packs, each the English pack of that id`, async () => {
      const packs = await elementPacks(kind);
      expect(Object.keys(packs), kind).to.deep.equal(idsOf(kind));
      for (const [id, pack] of Object.entries(packs)) {
        expect(pack.id, id).to.equal(id);
        expect(pack.kind, id).to.equal(kind);
        expect(pack, id).to.equal(presets[id as PackId]);
      }
    });
  }

  it("gives each built-in quiz a cover that says what its pack's intro screen says", async () => {
    expect(Object.keys(quizCovers)).to.deep.equal(idsOf('quiz'));
    expect(quizCovers['reciprocity-balance']!.questions).to.equal(26);
    for (const [id, cover] of Object.entries(quizCovers)) {
      const pack = presets[id as PackId] as QuizDefinition;
      const { title, intro, estimatedMinutes, disclaimer } = pack;
      expect({ ...cover }, id).to.deep.equal({
        title,
        intro,
        estimatedMinutes,
        disclaimer,
        questions: pack.items.length,
      });
    }
  });

  for (const [language, module] of [
    ['fr', frOnDemand],
    ['hi', hiOnDemand],
    ['ar', arOnDemand],
  ] as const) {
    it(`loads each pack in ${language} on demand as a pack of that id and kind`, async () => {
      const loaders: PackLoaders = module.packs;
      expect(Object.keys(loaders).sort()).to.deep.equal([...PACK_IDS].sort());
      for (const id of PACK_IDS) {
        const pack = await loaders[id]();
        expect(pack.id, `${language} ${id}`).to.equal(id);
        expect(pack.kind, `${language} ${id}`).to.equal(PACKS[id].kind);
      }
    });
  }
});
