import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { en } from '../../src/core/index.js';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import type { ReciproChecklist } from '../../src/components/checklist/checklist.js';
import type { ReciproStepper } from '../../src/components/stepper/stepper.js';
import '../../src/define.js';
import { ar } from '../../src/locales/ar/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { hi } from '../../src/locales/hi/index.js';
import { localizedPack, registerLanguage } from '../../src/locales/registry.js';
import { checklistShelf } from '../../src/content/checklists/presets.js';
import { presets } from '../../src/content/index.js';
import { expectAccessible, settle } from '../helpers.js';

type Any = ReciproQuiz | ReciproChecklist | ReciproStepper;
const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!;
const packs = { fr, hi, ar };

/**
 * The reciprocity balance check answered as someone who gives all and gets little back: "Always" to
 * each forward question about what the reader gives and "Never" to its reverse-keyed partner;
 * "Rarely" to each forward question about what comes back and "Often" to its reverse-keyed partner;
 * "Never" to both safety questions. Every give dimension is 100, every receive dimension 25, every
 * form 75. Written out once: every language must score the same.
 */
const BALANCE_SCORES = {
  'practical-give': 100,
  'practical-receive': 25,
  'emotional-give': 100,
  'emotional-receive': 25,
  'communication-give': 100,
  'communication-receive': 25,
  'repair-give': 100,
  'repair-receive': 25,
  'healing-give': 100,
  'healing-receive': 25,
  'future-give': 100,
  'future-receive': 25,
  practical: 75,
  emotional: 75,
  communication: 75,
  repair: 75,
  healing: 75,
  future: 75,
  give: 100,
  receive: 25,
  lean: 75,
  engagement: 62.5,
};

/** The option to choose (0 = Never … 4 = Always) for the answers above. */
const balanceOption = (item: { dimension?: string; reverse?: boolean }) =>
  !item.dimension ? 0 : item.dimension.endsWith('give') ? (item.reverse ? 0 : 4) : item.reverse ? 3 : 1;

async function make<T extends Any>(markup: ReturnType<typeof html>): Promise<T> {
  const host = await fixture<HTMLElement>(markup);
  const el = (
    host.matches('recipro-quiz, recipro-checklist, recipro-stepper')
      ? host
      : host.querySelector('recipro-quiz, recipro-checklist, recipro-stepper')
  ) as T;
  await settle(el);
  return el;
}

describe('languages', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await setViewport({ width: 800, height: 600 });
  });

  describe('resolution order', () => {
    it('uses the locale attribute first', async () => {
      const el = await make<ReciproQuiz>(html`<div lang="hi"><recipro-quiz locale="fr"></recipro-quiz></div>`);
      expect(base(el).getAttribute('lang')).to.equal('fr');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(fr.packs['reciprocity-balance'].title);
    });

    it('then the nearest ancestor lang', async () => {
      const el = await make<ReciproQuiz>(html`<section lang="hi"><div><recipro-quiz></recipro-quiz></div></section>`);
      expect(base(el).getAttribute('lang')).to.equal('hi');
    });

    it('then the document language', async () => {
      document.documentElement.lang = 'ar-AE';
      const el = await make<ReciproQuiz>(html`<recipro-quiz></recipro-quiz>`);
      expect(base(el).getAttribute('lang')).to.equal('ar');
      expect(base(el).getAttribute('dir')).to.equal('rtl');
    });

    it('then the browser languages, then English', async () => {
      document.documentElement.removeAttribute('lang');
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['fr-CA', 'en'] });
      try {
        const el = await make<ReciproQuiz>(html`<recipro-quiz></recipro-quiz>`);
        expect(base(el).getAttribute('lang')).to.equal('fr');
        Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['de-DE'] });
        const other = await make<ReciproQuiz>(html`<recipro-quiz></recipro-quiz>`);
        expect(base(other).getAttribute('lang')).to.equal('en');
      } finally {
        delete (navigator as { languages?: unknown }).languages;
        Object.defineProperty(Navigator.prototype, 'languages', original);
      }
    });

    it('falls back from a region to its language', async () => {
      for (const [locale, language] of [
        ['fr-CA', 'fr'],
        ['en-IN', 'en'],
        ['ar-AE', 'ar'],
        ['hi-IN', 'hi'],
      ]) {
        const el = await make<ReciproQuiz>(html`<recipro-quiz locale=${locale}></recipro-quiz>`);
        expect(base(el).getAttribute('lang'), locale).to.equal(language);
      }
    });
  });

  for (const [language, pack] of Object.entries(packs)) {
    describe(`in ${language}`, () => {
      it('the quiz renders, completes with the same scores as in English, and passes axe', async () => {
        const el = await make<ReciproQuiz>(html`<recipro-quiz locale=${language}></recipro-quiz>`);
        expect(base(el).getAttribute('lang')).to.equal(language);
        expect(base(el).getAttribute('dir')).to.equal(language === 'ar' ? 'rtl' : 'ltr');
        await expectAccessible(el);
        const root = el.shadowRoot!;
        root.querySelector<HTMLButtonElement>('button.primary')!.click();
        for (const item of el.quiz!.items) {
          await settle(el);
          root.querySelectorAll<HTMLInputElement>('input[type=radio]')[balanceOption(item)]!.click();
          await settle(el);
          root.querySelector<HTMLButtonElement>('.actions .primary')!.click();
        }
        await settle(el);
        expect(root.querySelector('h2')!.textContent).to.equal(pack.messages.resultTitle);
        expect((el.value!.result as { scores: unknown }).scores).to.deep.equal(BALANCE_SCORES);
        expect((el.value!.result as { band: { id: string } }).band.id).to.equal('carry-more');
        await expectAccessible(el);
      });

      it('the checklist renders, completes and passes axe in the language', async () => {
        const list = await make<ReciproChecklist>(html`<recipro-checklist locale=${language}></recipro-checklist>`);
        const root = list.shadowRoot!;
        expect(base(list).getAttribute('lang')).to.equal(language);
        expect(root.textContent).to.contain(pack.packs['romantic-signs'].title);
        await expectAccessible(list);
        for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.click();
        await settle(list);
        const complete = new Promise<CustomEvent>((resolve) =>
          list.addEventListener('recipro-complete', (e) => resolve(e as CustomEvent)),
        );
        [...root.querySelectorAll<HTMLButtonElement>('button')]
          .find((b) => b.textContent!.trim() === pack.messages.seeMeaning)!
          .click();
        const payload = (await complete).detail;
        expect(payload.result.score).to.equal(100);
        await settle(list);
        await expectAccessible(list);
      });

      it('the stepper renders, completes and passes axe in the language', async () => {
        const stepper = await make<ReciproStepper>(html`<recipro-stepper locale=${language}></recipro-stepper>`);
        const root = stepper.shadowRoot!;
        expect(base(stepper).getAttribute('lang')).to.equal(language);
        const steps = (pack.packs['recipro-steps'] as { steps: { title: string }[] }).steps;
        expect(root.textContent).to.contain(steps[0]!.title);
        await expectAccessible(stepper);
        const complete = new Promise<CustomEvent>((resolve) =>
          stepper.addEventListener('recipro-complete', (e) => resolve(e as CustomEvent)),
        );
        for (let i = 0; i < steps.length; i++) {
          const named = (label: string) =>
            [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);
          (named(pack.messages.doneNext) ?? named(pack.messages.doneSummary))!.click();
          await settle(stepper);
        }
        const payload = (await complete).detail;
        expect(payload.result.done).to.equal(steps.length);
        await expectAccessible(stepper);
      });
    });
  }

  describe('loading in pieces', () => {
    it('loads the translation of the pack an element shows, and no other', async () => {
      const el = await make<ReciproChecklist>(
        html`<recipro-checklist locale="hi" preset="work-reciprocity"></recipro-checklist>`,
      );
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(hi.packs['work-reciprocity'].title);
      expect(localizedPack('work-reciprocity', 'hi')).to.equal(hi.packs['work-reciprocity']);
      expect(localizedPack('restore-steps', 'hi')).to.equal(undefined);
      // The English pack is not fetched when its translation is shown.
      expect(Object.keys(checklistShelf.packs)).to.not.include('work-reciprocity');
    });

    it("shows the English pack in the language's interface when its translation cannot load (offline)", async () => {
      await make<ReciproStepper>(html`<recipro-stepper locale="ar"></recipro-stepper>`); // Arabic strings are loaded
      let attempts = 0;
      registerLanguage('ar', ar.messages, {
        'restore-steps': () => (attempts++, Promise.reject(new Error('offline'))),
      });
      const el = await make<ReciproChecklist>(
        html`<recipro-checklist locale="ar" preset="restore-steps"></recipro-checklist>`,
      );
      expect(attempts).to.equal(1);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(presets['restore-steps'].title);
      expect(base(el).getAttribute('dir')).to.equal('rtl');
      expect(el.shadowRoot!.textContent).to.contain(ar.messages.seeMeaning);
    });
  });

  describe('a language the page registers', () => {
    it('speaks a language the page registers itself, with the English packs until it provides its own', async () => {
      registerLanguage('nl', { ...en, start: 'Beginnen' });
      const el = await make<ReciproQuiz>(html`<div lang="nl-BE"><recipro-quiz></recipro-quiz></div>`);
      expect(el.shadowRoot!.querySelector('button.primary')!.textContent!.trim()).to.equal('Beginnen');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(presets['reciprocity-balance'].title);
    });
  });

  describe('preset names that are also names of object properties', () => {
    for (const locale of ['en', 'fr']) {
      for (const tag of ['recipro-quiz', 'recipro-checklist', 'recipro-stepper']) {
        for (const preset of ['constructor', '__proto__', 'toString']) {
          it(`<${tag} locale="${locale}" preset="${preset}"> reports an unknown preset`, async () => {
            const el = Object.assign(document.createElement(tag), { locale, preset }) as Any;
            const error = new Promise<CustomEvent>((resolve) =>
              el.addEventListener('recipro-error', (e) => resolve(e as CustomEvent), { once: true }),
            );
            document.body.append(el);
            try {
              const event = await error;
              expect((event.detail as { issues: { message: string }[] }).issues[0]!.message).to.contain(
                `"${preset}" is not a built-in`,
              );
              await settle(el);
              expect(el.shadowRoot!.querySelector('[role=alert]')).to.exist;
            } finally {
              el.remove();
            }
          });
        }
      }
    }
  });

  describe('right to left', () => {
    it('puts Next at the inline end and fills the progress bar from the right', async () => {
      const el = await make<ReciproQuiz>(html`<recipro-quiz locale="ar"></recipro-quiz>`);
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('button.primary')!.click();
      await settle(el);
      const [back, next] = [...root.querySelectorAll<HTMLButtonElement>('.actions button')];
      expect(next!.getBoundingClientRect().right).to.be.lessThan(back!.getBoundingClientRect().left);
      const progress = root.querySelector('progress')!;
      expect(getComputedStyle(progress).direction).to.equal('rtl');
    });
  });

  describe('following the page language', () => {
    /** Starts the built-in quiz and answers its first two questions ("Always", then "Never"). */
    async function partWay(el: ReciproQuiz): Promise<void> {
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('button.primary')!.click();
      for (const option of [4, 0]) {
        await settle(el);
        root.querySelectorAll<HTMLInputElement>('input[type=radio]')[option]!.click();
        await settle(el);
        root.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      }
      await settle(el);
    }
    const heading = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
    const checked = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].findIndex((input) => input.checked);

    it('re-renders a quiz part-way through in French when <html lang> changes, keeping the answers', async () => {
      const el = await make<ReciproQuiz>(html`<recipro-quiz></recipro-quiz>`);
      await partWay(el);
      expect(heading(el)).to.equal('Question 3 of 26');

      document.documentElement.lang = 'fr';
      await settle(el);
      expect(base(el).getAttribute('lang')).to.equal('fr');
      expect(heading(el)).to.equal('Question 3 sur 26');
      const legend = el.shadowRoot!.querySelector('legend')!.textContent!.trim();
      // The third question's French wording (for a partner, the default relationship).
      expect(JSON.stringify(fr.packs['reciprocity-balance'].items[2])).to.contain(JSON.stringify(legend));
      const back = el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button:not(.primary)')!;
      expect(back.textContent!.trim()).to.equal('Précédent');
      back.click();
      await settle(el);
      expect(heading(el)).to.equal('Question 2 sur 26');
      expect(checked(el)).to.equal(0);
    });

    it('follows a change of the nearest [lang] ancestor', async () => {
      const el = await make<ReciproQuiz>(html`<section lang="en"><div><recipro-quiz></recipro-quiz></div></section>`);
      await partWay(el);
      el.closest('section')!.setAttribute('lang', 'fr-CA');
      await settle(el);
      expect(base(el).getAttribute('lang')).to.equal('fr');
      expect(heading(el)).to.equal('Question 3 sur 26');
    });

    it('ignores the page language when the element has its own locale', async () => {
      const el = await make<ReciproQuiz>(html`<div lang="en"><recipro-quiz locale="en"></recipro-quiz></div>`);
      await partWay(el);
      let updates = 0;
      const count = () => updates++;
      el.addController({ hostUpdate: count });
      document.documentElement.lang = 'fr';
      el.parentElement!.setAttribute('lang', 'ar');
      await settle(el);
      expect(updates).to.equal(0);
      expect(base(el).getAttribute('lang')).to.equal('en');
      expect(heading(el)).to.equal('Question 3 of 26');
    });

    it('updates only the elements whose language changed', async () => {
      const host = await fixture<HTMLElement>(html`<div>
        <section lang="en"><recipro-quiz></recipro-quiz></section>
        <recipro-quiz locale="en"></recipro-quiz>
      </div>`);
      const [inside, own] = [...host.querySelectorAll<ReciproQuiz>('recipro-quiz')] as [ReciproQuiz, ReciproQuiz];
      await settle(inside);
      await settle(own);
      const updates = { inside: 0, own: 0 };
      inside.addController({ hostUpdate: () => updates.inside++ });
      own.addController({ hostUpdate: () => updates.own++ });
      // A lang attribute elsewhere in the page: neither element's language changes.
      host.setAttribute('lang', 'hi');
      await settle(inside);
      expect(updates).to.deep.equal({ inside: 0, own: 0 });
      host.querySelector('section')!.setAttribute('lang', 'hi');
      await settle(inside);
      expect(updates.inside).to.be.greaterThan(0);
      expect(updates.own).to.equal(0);
      expect(base(inside).getAttribute('lang')).to.equal('hi');
    });
    it('watches lang attributes with one observer for the page, however many elements', async () => {
      const observe = MutationObserver.prototype.observe;
      let watching = 0;
      MutationObserver.prototype.observe = function (target: Node, options?: MutationObserverInit) {
        if (options?.attributeFilter?.includes('lang')) watching++;
        return observe.call(this, target, options);
      };
      try {
        const host = await fixture<HTMLElement>(html`<div lang="en">
          ${Array.from({ length: 50 }, () => html`<recipro-quiz></recipro-quiz>`)}
        </div>`);
        const quizzes = [...host.querySelectorAll<ReciproQuiz>('recipro-quiz')];
        await Promise.all(quizzes.map((quiz) => settle(quiz)));
        expect(watching).to.be.at.most(1);
        host.setAttribute('lang', 'fr');
        await Promise.all(quizzes.map((quiz) => settle(quiz)));
        expect(quizzes.map((quiz) => base(quiz).getAttribute('lang'))).to.deep.equal(Array(50).fill('fr'));
      } finally {
        MutationObserver.prototype.observe = observe;
      }
    });
  });

  describe('definition errors', () => {
    /** A checklist whose version is a number, whose title is missing and whose only item has an unknown field. */
    const invalid = {
      kind: 'checklist',
      id: 'small-checklist',
      version: 1,
      disclaimer: 'Not a diagnosis.',
      items: [{ id: 'a', text: 'We both listen.', colour: 'red' }],
      bands: [{ id: 'all', min: 0, max: 100, label: 'All', takeaway: 'Fine.' }],
    };
    const shown = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('[role=alert] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

    it('shows zod-level errors in zod’s French messages, with the paths', async () => {
      const el = await make<ReciproChecklist>(
        html`<recipro-checklist locale="fr" .definition=${invalid}></recipro-checklist>`,
      );
      expect(el.shadowRoot!.querySelector('[role=alert] strong')!.textContent).to.equal(
        'Cet outil n’a pas pu s’afficher',
      );
      expect(shown(el)).to.deep.equal([
        'version: Entrée invalide : chaîne de caractères attendu, nombre reçu',
        'title: Entrée invalide : chaîne de caractères attendu, indéfini reçu',
        'items[0]: Clé non reconnue : "colour"',
      ]);
    });

    it('keeps the project’s English messages in English', async () => {
      const el = await make<ReciproChecklist>(
        html`<recipro-checklist locale="en" .definition=${invalid}></recipro-checklist>`,
      );
      expect(shown(el)).to.deep.equal([
        'version: must be a text, not a number',
        'title: is required',
        'items[0]: unknown field "colour" (check its spelling; unknown fields are not allowed)',
      ]);
    });

    it('shows zod-level errors in Arabic and Hindi too', async () => {
      const ar = await make<ReciproChecklist>(
        html`<recipro-checklist locale="ar" .definition=${invalid}></recipro-checklist>`,
      );
      expect(shown(ar)[2]).to.equal('items[0]: معرف غريب: "colour"');
      const hi = await make<ReciproChecklist>(
        html`<recipro-checklist locale="hi" .definition=${invalid}></recipro-checklist>`,
      );
      expect(shown(hi)[2]).to.equal('items[0]: अपरिचित कुंजी: "colour"');
    });
  });
});
