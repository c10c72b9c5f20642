// The colour scheme of all three elements: it follows the host page's `color-scheme` (not the
// device), `theme` overrides it, and a host's colours for one scheme never meet the other
// scheme's defaults. Colours are read from the rendered element and compared with values written
// out by hand from the defaults in base.styles.ts and the brand below.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeCSS, type CSSResult } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ReciproChecklist } from '../../src/components/checklist/checklist.component.js';
import '../../src/components/checklist/checklist.js';
import { ReciproQuiz } from '../../src/components/quiz/quiz.component.js';
import '../../src/components/quiz/quiz.js';
import '../../src/components/stepper/stepper.js';
import { smallChecklist, smallQuiz, smallStepper } from '../fixtures/definitions.js';
import {
  $,
  button,
  completeChecklist,
  completeQuiz,
  completeStepper,
  deepActiveElement,
  expectAccessible,
  settle,
  type Lit,
} from '../helpers.js';

type Themed = Lit & { definition?: unknown; theme?: 'light' | 'dark' | 'auto' };
type Page = 'light-page' | 'dark-page' | 'device-page';

/** What a reader sees: the background and text colour of the element's box. */
interface Look {
  background: string;
  text: string;
}

const WHITE_PAGE_TEXT = 'rgb(26, 26, 26)';
const DARK_PAGE_TEXT = 'rgb(232, 238, 236)';

/**
 * The pages: a plain white page that declares no colour scheme (most sites), a dark page that
 * declares `color-scheme: dark`, and a page that follows the device (`color-scheme: light dark`,
 * its colours with `light-dark()`).
 * The brand sets the light colours and, with `.brand-dark`, their `-dark` twins; `.brand-partial`
 * is a practice that set only three light colours, before `-dark` twins existed.
 */
const PAGE_CSS = `
  .light-page { background: #ffffff; color: #1a1a1a; padding: 1rem; }
  .dark-page { color-scheme: dark; background: #101514; color: #e8eeec; padding: 1rem; }
  .device-page {
    color-scheme: light dark;
    background: light-dark(#ffffff, #101514);
    color: light-dark(#1a1a1a, #e8eeec);
    padding: 1rem;
  }
  .brand {
    --recipro-accent: #5b3f8c;
    --recipro-on-accent: #ffffff;
    --recipro-surface: #fffdf8;
    --recipro-surface-alt: #f5f1fa;
    --recipro-text: #231b2e;
    --recipro-muted: #574b66;
    --recipro-border: #8c7fa3;
    --recipro-focus: #5b3f8c;
  }
  .brand-partial { --recipro-accent: #5b3f8c; --recipro-surface: #fffdf8; --recipro-text: #231b2e; }
  .brand-dark {
    --recipro-accent-dark: #c9b3f0;
    --recipro-on-accent-dark: #1e1430;
    --recipro-surface-dark: #1b1624;
    --recipro-surface-alt-dark: #271f33;
    --recipro-text-dark: #eee8f5;
    --recipro-muted-dark: #c2b6d3;
    --recipro-border-dark: #8a7aa3;
    --recipro-focus-dark: #f0c36b;
  }
`;

const BRAND_LIGHT: Look = { background: 'rgb(255, 253, 248)', text: 'rgb(35, 27, 46)' };
const BRAND_DARK: Look = { background: 'rgb(27, 22, 36)', text: 'rgb(238, 232, 245)' };

interface Entry {
  tag: string;
  definition: unknown;
  /** Under way: an answer chosen (quiz), a box ticked (checklist), a notes field focused (stepper). */
  begin(el: Themed): unknown;
  complete(el: Themed): Promise<unknown>;
  /** The default look on a white page and on a dark page. */
  light: Look;
  dark: Look;
}

const PANEL_LIGHT: Look = { background: 'rgb(255, 255, 255)', text: 'rgb(29, 38, 36)' };
const PANEL_DARK: Look = { background: 'rgb(22, 27, 26)', text: 'rgb(232, 238, 236)' };

const QUIZ: Entry = {
  tag: 'recipro-quiz',
  definition: smallQuiz,
  // An answer chosen with the arrow keys: selected, not moved on from.
  begin: async (el) => {
    button(el, 'Start').click();
    await settle(el);
    $(el, 'input[type=radio]').focus();
    await sendKeys({ press: 'ArrowDown' });
  },
  complete: completeQuiz,
  light: PANEL_LIGHT,
  dark: PANEL_DARK,
};

const STEPPER: Entry = {
  tag: 'recipro-stepper',
  definition: smallStepper,
  begin: (el) => $(el, 'textarea').focus(),
  complete: completeStepper,
  light: PANEL_LIGHT,
  dark: PANEL_DARK,
};

/** The checklist has no panel of its own: it shows the page through and takes the page's text colour. */
const CHECKLIST: Entry = {
  tag: 'recipro-checklist',
  definition: smallChecklist,
  begin: (el) => $(el, 'input[type=checkbox]').click(),
  complete: completeChecklist,
  light: { background: 'rgba(0, 0, 0, 0)', text: WHITE_PAGE_TEXT },
  dark: { background: 'rgba(0, 0, 0, 0)', text: DARK_PAGE_TEXT },
};

const ENTRIES = [QUIZ, STEPPER, CHECKLIST];

/** An element with a small definition on a page, inside the page's classes. */
async function place(entry: Entry, page: Page, options: { theme?: string; classes?: string } = {}): Promise<Themed> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="${page} ${options.classes ?? ''}"></div>`);
  const el = document.createElement(entry.tag) as Themed;
  el.definition = entry.definition;
  if (options.theme) el.setAttribute('theme', options.theme);
  wrapper.append(el);
  await settle(el);
  return el;
}

/**
 * The device's colour scheme. Each emulation replaces the last, so reduced motion is asked for
 * again: colour contrast must be measured on settled colours, not mid-transition.
 */
const device = (colorScheme: 'light' | 'dark') => emulateMedia({ colorScheme, reducedMotion: 'reduce' });

function look(el: Element): Look {
  const style = getComputedStyle($(el, '[part~=base]'));
  return { background: style.backgroundColor, text: style.color };
}

describe('colour scheme and theme', () => {
  let sheet: HTMLStyleElement;

  before(async () => {
    sheet = document.createElement('style');
    sheet.textContent = PAGE_CSS;
    document.head.append(sheet);
    // expectAccessible emulates reduced motion once, on its first call, replacing any device
    // scheme set before it: let that happen now, before a test sets one.
    await expectAccessible(sheet);
  });

  after(() => sheet.remove());

  afterEach(async () => {
    await device('light');
    localStorage.clear();
    sessionStorage.clear();
  });

  for (const entry of ENTRIES) {
    describe(`<${entry.tag}>`, () => {
      describe('follows the page, not the device', () => {
        it('stays light on a white page viewed on a dark device', async () => {
          await device('dark');
          const el = await place(entry, 'light-page');
          expect(look(el)).to.deep.equal(entry.light);
        });

        it('is dark on a dark page viewed on a light device', async () => {
          await device('light');
          const el = await place(entry, 'dark-page');
          expect(look(el)).to.deep.equal(entry.dark);
        });

        it('turns dark with a page that follows a dark device', async () => {
          await device('dark');
          const el = await place(entry, 'device-page');
          expect(look(el)).to.deep.equal(entry.dark);
        });
      });

      describe('the theme attribute', () => {
        it('auto follows the device, even on a white page', async () => {
          await device('dark');
          const el = await place(entry, 'light-page', { theme: 'auto', classes: 'brand brand-dark' });
          expect(look(el)).to.deep.equal(BRAND_DARK);
          await device('light');
          expect(look(el)).to.deep.equal(BRAND_LIGHT);
        });

        it('dark forces the dark scheme on a white page', async () => {
          const el = await place(entry, 'light-page', { theme: 'dark', classes: 'brand brand-dark' });
          expect(look(el)).to.deep.equal(BRAND_DARK);
        });

        it('light forces the light scheme on a dark page', async () => {
          const el = await place(entry, 'dark-page', { theme: 'light', classes: 'brand brand-dark' });
          expect(look(el)).to.deep.equal(BRAND_LIGHT);
        });

        it('is a property reflected to the attribute, and removing it gives the page back', async () => {
          const el = await place(entry, 'light-page', { classes: 'brand brand-dark' });
          el.theme = 'dark';
          await settle(el);
          expect(el.getAttribute('theme')).to.equal('dark');
          expect(look(el)).to.deep.equal(BRAND_DARK);
          el.removeAttribute('theme');
          await settle(el);
          expect(el.theme).to.equal(null);
          expect(look(el)).to.deep.equal(BRAND_LIGHT);
        });
      });

      describe("a host's colours", () => {
        it('uses the light colours on a light page and their -dark twins on a dark page', async () => {
          const light = await place(entry, 'light-page', { classes: 'brand brand-dark' });
          expect(look(light)).to.deep.equal(BRAND_LIGHT);
          const dark = await place(entry, 'dark-page', { classes: 'brand brand-dark' });
          expect(look(dark)).to.deep.equal(BRAND_DARK);
        });

        it('never mixes light brand colours with the dark defaults', async () => {
          const el = await place(entry, 'dark-page', { classes: 'brand' });
          expect(look(el)).to.deep.equal(entry.dark);
        });

        it('never mixes dark brand colours with the light defaults', async () => {
          const el = await place(entry, 'light-page', { classes: 'brand-dark' });
          expect(look(el)).to.deep.equal(entry.light);
        });
      });

      describe('contrast (axe) on the first screen, under way and finished', () => {
        const cases: { name: string; page: Page; classes?: string; theme?: string; device?: 'dark' }[] = [
          { name: 'default colours on a white page viewed on a dark device', page: 'light-page', device: 'dark' },
          { name: 'default colours on a dark page', page: 'dark-page' },
          {
            name: 'default colours with theme="auto" on a dark device',
            page: 'light-page',
            theme: 'auto',
            device: 'dark',
          },
          { name: 'a brand on a white page', page: 'light-page', classes: 'brand brand-dark' },
          {
            name: 'a brand on a white page viewed on a dark device',
            page: 'light-page',
            classes: 'brand',
            device: 'dark',
          },
          { name: 'three light brand colours on a dark page', page: 'dark-page', classes: 'brand-partial' },
          {
            name: 'three light brand colours on a white page viewed on a dark device',
            page: 'light-page',
            classes: 'brand-partial',
            device: 'dark',
          },
          { name: 'a brand on a dark page', page: 'dark-page', classes: 'brand brand-dark' },
          {
            name: 'a brand with theme="dark" on a white page',
            page: 'light-page',
            classes: 'brand brand-dark',
            theme: 'dark',
          },
        ];
        for (const c of cases) {
          it(`has no violations: ${c.name}`, async () => {
            if (c.device) await device(c.device);
            const el = await place(entry, c.page, { classes: c.classes, theme: c.theme });
            await expectAccessible(el);
            await entry.begin(el);
            await settle(el);
            await expectAccessible(el);
            await entry.complete(el);
            await settle(el);
            await expectAccessible(el);
            // The checks ran on the device asked for.
            expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(c.device === 'dark');
          });
        }
      });
    });
  }

  describe('<recipro-checklist> accent', () => {
    const accentOf = (el: Element) => getComputedStyle($(el, 'input[type=checkbox]')).accentColor;

    it('keeps the deep accent on a white page viewed on a dark device', async () => {
      await device('dark');
      const el = await place(CHECKLIST, 'light-page');
      expect(accentOf(el)).to.equal('rgb(47, 111, 94)');
    });

    it('takes the pale accent on a dark page', async () => {
      const el = await place(CHECKLIST, 'dark-page');
      expect(accentOf(el)).to.equal('rgb(127, 203, 179)');
    });

    it("takes the brand's accent for each scheme", async () => {
      const light = await place(CHECKLIST, 'light-page', { classes: 'brand brand-dark' });
      expect(accentOf(light)).to.equal('rgb(91, 63, 140)');
      const dark = await place(CHECKLIST, 'dark-page', { classes: 'brand brand-dark' });
      expect(accentOf(dark)).to.equal('rgb(201, 179, 240)');
    });
  });

  describe('in a browser without light-dark() (before 2024)', () => {
    /** The element's own styles as such a browser reads them: `light-dark()` unknown, `@supports` false. */
    const withoutLightDark = (styles: CSSResult[]) =>
      styles.map((style) => unsafeCSS(style.cssText.replaceAll('light-dark(', 'unknown-function(')));
    class OldQuiz extends ReciproQuiz {
      static override styles = withoutLightDark(ReciproQuiz.styles as CSSResult[]);
    }
    class OldChecklist extends ReciproChecklist {
      static override styles = withoutLightDark(ReciproChecklist.styles as CSSResult[]);
    }
    customElements.define('old-browser-quiz', OldQuiz);
    customElements.define('old-browser-checklist', OldChecklist);
    const oldQuiz = { ...QUIZ, tag: 'old-browser-quiz' };
    const oldChecklist = { ...CHECKLIST, tag: 'old-browser-checklist' };

    /** Tabs from a button just before the element into it; returns what has focus. */
    async function tabInto(el: Element): Promise<HTMLElement> {
      const before = document.createElement('button');
      before.textContent = 'Before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      return deepActiveElement() as HTMLElement;
    }

    it('keeps the light defaults, and a focus ring, even on a dark page', async () => {
      const el = await place(oldQuiz, 'dark-page');
      expect(look(el)).to.deep.equal(PANEL_LIGHT);
      const start = await tabInto(el);
      expect(start.textContent?.trim()).to.equal('Start');
      expect(getComputedStyle(start).outlineStyle).to.equal('solid');
      expect(getComputedStyle(start).outlineColor).to.equal('rgb(27, 95, 193)');
    });

    it("keeps the host's light colours", async () => {
      const el = await place(oldQuiz, 'dark-page', { classes: 'brand brand-dark' });
      expect(look(el)).to.deep.equal(BRAND_LIGHT);
    });

    it("the checklist keeps the article's look and its focus ring", async () => {
      const el = await place(oldChecklist, 'light-page');
      expect(look(el)).to.deep.equal(CHECKLIST.light);
      const box = await tabInto(el);
      expect(box).to.equal($(el, 'input[type=checkbox]'));
      expect(getComputedStyle(box).outlineStyle).to.equal('solid');
      expect(getComputedStyle(box).outlineWidth).to.equal('3px');
    });
  });
});
