import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import { serializeProgress, type ChecklistDefinition, type ResultPayload } from '../../src/core/index.js';
import type { ReciproChecklist } from '../../src/components/checklist/checklist.js';
import '../../src/components/checklist/checklist.js';
import { checklistShelf } from '../../src/content/checklists/presets.js';
import { itemId } from '../../src/components/checklist/list-definition.js';
import {
  oneSidedSigns,
  presets,
  romanticSigns,
  supportResources,
  traumaAndReciprocity,
} from '../../src/content/index.js';
import { smallChecklist } from '../fixtures/definitions.js';
import {
  $,
  $$,
  button,
  captureClipboard,
  copyAsText,
  click,
  completeChecklist,
  deepActiveElement,
  expectAccessible,
  jsonScript,
  setAttributes,
  settle,
  squash,
  text,
} from '../helpers.js';
import { runElementSuite } from '../suites/element.suite.js';

const boxes = (el: Element) => $$<HTMLInputElement>(el, 'input[type=checkbox]');
const labels = (el: Element) => $$(el, '[part=label]').map((l) => squash(l.textContent));
const rendered = (node: Element) => node.getClientRects().length > 0;

/** A writer's list, as a blogger would paste it. */
const writersList = () => html`<recipro-checklist>
  <h3>Signs we share the load</h3>
  <ul>
    <li>Both of us feel heard</li>
    <li data-id="plans">We both
      make plans</li>
    <li data-weight="2">Thanks go <em>both</em> ways</li>
    <li>We share the chores</li>
    <li>Either of us can ask for help</li>
  </ul>
</recipro-checklist>`;

async function upgraded(template = writersList()): Promise<ReciproChecklist> {
  const el = await fixture<ReciproChecklist>(template);
  await settle(el);
  return el;
}

/** A checklist with a definition and attributes (`name=value name=value`), set before it connects. */
async function defined(definition: unknown = smallChecklist, attrs = ''): Promise<ReciproChecklist> {
  const el = document.createElement('recipro-checklist');
  el.definition = definition;
  setAttributes(el, attrs);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await settle(el);
  return el;
}

/** Checks the items at these positions as a reader would (a click on each checkbox). */
async function check(el: ReciproChecklist, ...indexes: number[]): Promise<void> {
  for (const index of indexes) boxes(el)[index]!.click();
  await settle(el);
}

/** Records the library's events on an element. */
function record(el: Element): { name: string; detail: unknown }[] {
  const seen: { name: string; detail: unknown }[] = [];
  for (const name of ['recipro-change', 'recipro-complete', 'recipro-error']) {
    el.addEventListener(name, (e) => seen.push({ name, detail: (e as CustomEvent).detail }));
  }
  return seen;
}

const storedKey = (id: string) => `recipro:checklist:${id}`;

/** The words the writer put inside the element are on screen (beside an error), with no checkboxes. */
function expectWritersWordsShown(el: Element): void {
  const words = [...el.querySelectorAll('li, p')].find((n) => n.textContent === "The writer's words")!;
  expect(rendered(words), "the writer's words are on screen").to.equal(true);
  expect(words.checkVisibility()).to.equal(true);
  expect(boxes(el)).to.have.length(0);
}

/** The built-in packs the checklist has loaded so far (each is its own chunk in the builds). */
const packsLoaded = () => Object.keys(checklistShelf.packs);

describe('<recipro-checklist>', () => {
  // The packs loaded for upgrading a writer's list: measured before any test can load one.
  let packsForAList: string[] | undefined;
  before(async () => {
    const el = await upgraded();
    packsForAList = labels(el).length === 5 ? packsLoaded() : undefined;
  });

  afterEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  runElementSuite<ReciproChecklist>({
    tag: 'recipro-checklist',
    kind: 'checklist',
    definition: smallChecklist,
    title: (el) => text(el, '[part=title]'),
    shown: (el) => el.checklist,
    defaultPack: { id: 'romantic-signs', title: 'Signs of reciprocity in a romantic relationship' },
    preset: { id: 'work-reciprocity', title: 'Reciprocity at work' },
    unknownPreset:
      /preset: "nope" is not a built-in checklist \(known: romantic-signs, one-sided-signs, friendship-balance, /,
    invalid: [
      {
        name: 'a wrong shape',
        definition: { ...smallChecklist, items: 'none' },
        path: 'items',
        message: /items: must be a list, not a text/,
      },
      {
        name: 'bands that leave part of the score uncovered',
        definition: { ...smallChecklist, bands: [{ id: 'all', min: 0, max: 50, label: 'x', takeaway: 'y' }] },
        path: 'bands',
        message: /bands: no band covers the score from 50 to 100/,
      },
    ],
    // A writer's list comes after a child JSON script and before src.
    ownSource: {
      name: "a writer's list",
      add(el) {
        const list = document.createElement('ul');
        list.append(Object.assign(document.createElement('li'), { textContent: 'From the list' }));
        el.append(list);
        return () => list.remove();
      },
      expect: (el) => expect(labels(el)).to.deep.equal(['From the list']),
    },
    fallback: {
      add: (el) => el.append(Object.assign(document.createElement('p'), { textContent: "The writer's words" })),
      expect: (el) => expectWritersWordsShown(el),
    },
    progress: {
      make: (el) => check(el, 1, 2),
      async expect(el) {
        expect(el.checked).to.deep.equal(['b', 'c']);
        expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true, true]);
        // Weights 1, 3 and 1 (warning): b checked and c checked count 3 of 5.
        expect(text(el, '[part=so-far]')).to.equal('So far: Some signs');
        expect(text(el, '[part=count]')).to.equal('1 of 2 checked · 1 warning sign');
      },
      saved: { checked: ['b', 'c'], revealed: false },
      atStart(el) {
        expect(el.checked).to.deep.equal([]);
        // The warning sign c is counted apart.
        expect(text(el, '[part=count]')).to.equal('0 of 2 checked');
      },
    },
    complete: async (el) => void (await completeChecklist(el)),
    events: ['recipro-change', 'recipro-complete'],
    attributes: [
      ['name', 'signs'],
      ['structured-data', ''],
      ['title', 'Renamed'],
      ['structured-data', null],
    ],
    properties: { name: 'answers', structuredData: true },
  });

  describe('accessibility (axe, WCAG 2.2 AA)', () => {
    it('has no violations for an upgraded list, before, while ticking and with the takeaway', async () => {
      const el = await upgraded();
      await expectAccessible(el);
      await check(el, 0, 2);
      expect($(el, '[part=so-far]')).to.exist;
      await expectAccessible(el);
      button(el, 'See what this means').click();
      await settle(el);
      expect($(el, '[part=result] #takeaway')).to.exist;
      await expectAccessible(el);
    });

    it('has no violations for a defined list, and for a warning list showing support services', async () => {
      const el = await defined();
      await expectAccessible(el);
      const warning = await defined(oneSidedSigns);
      await check(warning, 0, 1, 2, 3, 4, 5);
      expect($(warning, '[part=result] [part=resources]')).to.exist;
      await expectAccessible(warning);
    });

    it('shows the questions readers ask beside the takeaway, opens them from the keyboard, no violations', async () => {
      const el = await defined(oneSidedSigns);
      await check(el, 0, 1, 2, 3, 4, 5);
      button(el, 'See what this means').click();
      await settle(el);
      const questions = $$<HTMLDetailsElement>(el, '[part=result] [part=questions] details');
      expect(questions.map((d) => squash(d.querySelector('summary')!.textContent))).to.deep.equal([
        'Can a relationship last without give and take?',
        'What if they still do not respond?',
      ]);
      expect(questions.map((d) => d.open)).to.deep.equal([false, false]);
      questions[1]!.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(questions[1]!.open).to.equal(true);
      expect(squash(questions[1]!.querySelector('p')!.textContent)).to.contain('watch what they do');
      await expectAccessible(el);
    });

    it("has no violations in the error state, with the writer's list shown below the alert", async () => {
      const el = await upgraded(
        html`<recipro-checklist><ul><li data-id="same">One</li><li data-id="same">Two</li></ul></recipro-checklist>`,
      );
      expect($(el, '[role=alert]')).to.exist;
      await expectAccessible(el);
    });

    it('works at 320 px: no sideways scrolling, rows and boxes of at least 24 px, no violations', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await upgraded();
      await check(el, 1);
      const base = $(el, '[part=base]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      for (const box of boxes(el)) {
        const rect = box.getBoundingClientRect();
        expect(rect.width).to.be.at.least(24);
        expect(rect.height).to.be.at.least(24);
        expect(box.closest('label')!.getBoundingClientRect().height).to.be.at.least(44);
      }
      for (const b of $$(el, 'button')) expect(b.getBoundingClientRect().height).to.be.at.least(24);
      await expectAccessible(el);
    });
  });

  describe("upgrading a writer's list", () => {
    it('leaves the list in the light DOM exactly as written, and shows each item as a labelled checkbox', async () => {
      const plain = await fixture<HTMLDivElement>(html`<div>${writersList()}</div>`);
      // The same markup in an element that never upgrades: what the writer wrote.
      const written = document.createElement('div');
      written.append(...Array.from(plain.querySelector('recipro-checklist')!.childNodes).map((n) => n.cloneNode(true)));
      const el = await upgraded();
      expect(el.querySelector('ul')!.outerHTML).to.equal(written.querySelector('ul')!.outerHTML);
      expect(el.textContent).to.equal(written.textContent);
      expect(labels(el)).to.deep.equal([
        'Both of us feel heard',
        'We both make plans',
        'Thanks go both ways',
        'We share the chores',
        'Either of us can ask for help',
      ]);
      for (const box of boxes(el)) expect(box.closest('label')).to.exist;
      expect(text(el, '[part=title]')).to.equal('Signs we share the load');
      // The writer's h3 keeps its place in the article's outline.
      expect($(el, '[part=title]').getAttribute('aria-level')).to.equal('3');
      expect($(el, 'slot')).to.not.exist;
      expect(rendered(el.querySelector('ul')!), 'the list is not shown twice').to.equal(false);
    });

    it('takes ids from data-id, or derives them from the text so edits elsewhere do not shift them', async () => {
      const el = await upgraded();
      const ids = el.checklist!.items.map((i) => i.id);
      expect(ids[1]).to.equal('plans');
      expect(ids[0]).to.equal(itemId('Both of us feel heard'));
      expect(ids[0]).to.match(/^both-of-us-feel-heard-[0-9a-z]+$/);
      expect(el.checklist!.items[2]!.weight).to.equal(2);
      const li = el.querySelectorAll('li');
      li[3]!.textContent = 'We share the chores, mostly';
      await settle(el);
      const after = el.checklist!.items.map((i) => i.id);
      expect(after[3]).to.not.equal(ids[3]);
      expect([after[0], after[1], after[2], after[4]]).to.deep.equal([ids[0], ids[1], ids[2], ids[4]]);
      const again = await upgraded(
        html`<recipro-checklist><ul><li>Both of us feel heard</li></ul></recipro-checklist>`,
      );
      expect(again.checklist!.items[0]!.id).to.equal(ids[0]);
    });

    it('gives repeated items distinct ids, and ids to text in any script', async () => {
      const el = await upgraded(
        html`<recipro-checklist><ul><li>Same</li><li>Same</li><li>كلانا يشعر بأنه مسموع</li></ul></recipro-checklist>`,
      );
      const ids = el.checklist!.items.map((i) => i.id);
      expect(ids[1]).to.equal(`${ids[0]}-2`);
      expect(ids[2]).to.match(/^[0-9a-z]+$/);
      expect($(el, '[role=alert]')).to.not.exist;
    });

    it('picks up edits to the items after upgrade and keeps what was checked', async () => {
      const el = await upgraded();
      await check(el, 0, 1);
      const list = el.querySelector('ul')!;
      list.querySelectorAll('li')[0]!.append(' most days');
      const added = document.createElement('li');
      added.textContent = 'We both say sorry';
      list.append(added);
      await settle(el);
      expect(labels(el)).to.deep.equal([
        'Both of us feel heard most days',
        'We both make plans',
        'Thanks go both ways',
        'We share the chores',
        'Either of us can ask for help',
        'We both say sorry',
      ]);
      expect(text(el, '[part=count]')).to.equal('1 of 6 checked');
      expect(el.checked).to.deep.equal(['plans']);
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true, false, false, false, false]);
    });

    it('picks up changed data attributes and title', async () => {
      const el = await upgraded();
      await check(el, 0);
      el.querySelectorAll('li')[0]!.setAttribute('data-weight', '6');
      el.setAttribute('title', 'Our balance');
      await settle(el);
      expect(el.checklist!.items[0]!.weight).to.equal(6);
      expect(text(el, '[part=title]')).to.equal('Our balance');
      // Weights 6, 1, 2, 1, 1: the first item alone is 6 of 11.
      expect(el.result!.score).to.be.closeTo(54.545455, 1e-6);
    });

    it('names an untitled list without adding a heading', async () => {
      const el = await upgraded(html`<recipro-checklist><ol><li>One</li><li>Two</li></ol></recipro-checklist>`);
      expect($(el, '[part=title]')).to.not.exist;
      expect($(el, '[part=list]').getAttribute('aria-label')).to.equal('Checklist');
      const titled = await upgraded(
        html`<recipro-checklist title="Quick check"><h4>Ignored</h4><ol><li>One</li></ol></recipro-checklist>`,
      );
      expect(text(titled, '[part=title]')).to.equal('Quick check');
      expect($(titled, '[part=title]').hasAttribute('aria-level')).to.equal(false);
    });

    it('shows markup in item text as text, never as elements', async () => {
      const el = await upgraded(html`<recipro-checklist title=${'<b>t</b>'}>
        <ul>
          <li>&lt;img src=x onerror="window.__xss=1"&gt;</li>
          <li>&lt;script&gt;window.__xss=1&lt;/script&gt; <strong>kept</strong> as words</li>
        </ul>
      </recipro-checklist>`);
      expect(labels(el)).to.deep.equal([
        '<img src=x onerror="window.__xss=1">',
        '<script>window.__xss=1</script> kept as words',
      ]);
      expect(text(el, '[part=title]')).to.equal('<b>t</b>');
      expect($(el, 'img')).to.not.exist;
      expect($(el, 'script')).to.not.exist;
      expect($(el, 'strong:not(.band-label)')).to.not.exist;
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });
  });

  describe('defaults', () => {
    it('shows the romantic-signs checklist when there is neither a list nor a definition', async () => {
      const el = await fixture<ReciproChecklist>(html`<recipro-checklist></recipro-checklist>`);
      await settle(el);
      expect(el.checklist).to.equal(romanticSigns);
      expect(text(el, '[part=title]')).to.equal(romanticSigns.title);
      expect(labels(el)).to.deep.equal(romanticSigns.items.map((i) => i.text));
      expect(text(el, '[part=count]')).to.equal('0 of 9 checked');
      expect($(el, '[part=result]')).to.not.exist;
      expect(text(el, '.disclaimer')).to.equal(romanticSigns.disclaimer);
    });
  });

  describe('with the keyboard alone', () => {
    it('Tab reaches each checkbox, Space toggles it, the count and live region follow', async () => {
      const el = await upgraded();
      const seen = record(el);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(boxes(el)[0]);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(boxes(el)[0]!.checked).to.equal(true);
      expect(text(el, '[part=count]')).to.equal('1 of 5 checked');
      expect(text(el, '[role=status]')).to.equal('1 of 5 checked. So far: Few of these for now');
      expect(text(el, '[part=so-far]')).to.equal('So far: Few of these for now');
      expect($(el, '[part=result]'), 'the full takeaway waits to be asked for').to.not.exist;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(boxes(el)[2]);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(text(el, '[part=count]')).to.equal('2 of 5 checked');
      expect(deepActiveElement(), 'focus stays on the checkbox').to.equal(boxes(el)[2]);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(boxes(el)[3]);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(text(el, '[part=count]')).to.equal('3 of 5 checked');
      // Weights 1, 1, 2, 1, 1: 4 of 6 stays in the same band, so only the count is announced.
      expect(text(el, '[role=status]')).to.equal('3 of 5 checked');
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(text(el, '[part=count]')).to.equal('2 of 5 checked');
      expect(seen.map((e) => (e.detail as { checked: boolean }).checked)).to.deep.equal([true, true, true, false]);
    });

    it('reaches "See what this means" after the items; Enter moves focus to the takeaway, with a ring', async () => {
      const el = await upgraded();
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent?.trim()).to.equal('See what this means');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const heading = $(el, '#takeaway');
      expect(deepActiveElement()?.id).to.equal('takeaway');
      expect(heading.localName).to.equal('h3');
      // The writer's list is titled by an h3: the takeaway sits one level below it.
      expect(heading.getAttribute('aria-level')).to.equal('4');
      expect(squash(heading.textContent)).to.equal('Few of these for now');
      const ring = getComputedStyle(heading);
      expect(`${ring.outlineStyle} ${ring.outlineWidth}`).to.equal('solid 3px');
      expect(text(el, '[role=status]')).to.equal(
        'Few of these for now: Pick one sign you would like more of and start there; small steps count.',
      );
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(deepActiveElement()!.textContent!.trim());
      }
      expect(order).to.deep.equal(['See what this means', 'Reset', 'Copy as text', 'Print']);
    });

    it('at 390 px, ticks, asks and reads the takeaway with the keyboard alone, no sideways scrolling', async () => {
      await setViewport({ width: 390, height: 800 });
      const el = await defined(romanticSigns);
      const complete = oneEvent(el, 'recipro-complete');
      // Tab to the first four signs and tick them: 4 of 8 signs is the middle band.
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()).to.equal(boxes(el)[i]);
        await sendKeys({ press: 'Space' });
      }
      await settle(el);
      expect(text(el, '[part=count]')).to.equal('4 of 9 checked');
      expect(text(el, '[part=so-far]')).to.equal('So far: Some signs');
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent?.trim()).to.equal('See what this means');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(deepActiveElement()?.id).to.equal('takeaway');
      expect(text(el, '#takeaway')).to.equal('Some signs');
      expect(text(el, '[part=result] .next')).to.equal(
        'What you could do next: Begin from what works: tell your partner one thing you value, then talk together ' +
          'about one sign you would both like more of.',
      );
      expect(((await complete).detail as ResultPayload).result).to.deep.include({ count: 4, total: 9 });
      const base = $(el, '[part=base]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      await expectAccessible(el);
    });
  });

  describe('with the mouse', () => {
    it('checks and unchecks an item by clicking its text', async () => {
      const el = await upgraded();
      const label = $$(el, '[part=label]')[3]!;
      await click(label);
      await settle(el);
      expect(boxes(el)[3]!.checked).to.equal(true);
      expect(text(el, '[part=count]')).to.equal('1 of 5 checked');
      await click(label);
      await settle(el);
      expect(boxes(el)[3]!.checked).to.equal(false);
      expect(text(el, '[part=count]')).to.equal('0 of 5 checked');
      await click(boxes(el)[4]!);
      await settle(el);
      expect(el.checked).to.deep.equal([el.checklist!.items[4]!.id]);
    });
  });

  describe('the takeaway', () => {
    it('while the reader ticks, a live line gives the band so far; the takeaway waits to be asked for', async () => {
      const el = await defined();
      expect($(el, '[part=result]')).to.not.exist;
      expect($(el, '[part=so-far]')).to.not.exist;
      expect(text(el, '[role=status]')).to.equal('');
      await check(el, 1);
      expect(text(el, '[part=so-far]')).to.equal('So far: Many signs');
      expect(text(el, '[role=status]')).to.equal('1 of 2 checked. So far: Many signs');
      expect($(el, '[part=result]')).to.not.exist;
      // Same band: the count alone is announced.
      await check(el, 0);
      expect(text(el, '[role=status]')).to.equal('2 of 2 checked');
      // A new band is announced.
      await check(el, 1);
      expect(text(el, '[part=so-far]')).to.equal('So far: Some signs');
      expect(text(el, '[role=status]')).to.equal('1 of 2 checked. So far: Some signs');
      // Nothing checked, nothing asked: nothing to say yet.
      await check(el, 0);
      expect($(el, '[part=so-far]')).to.not.exist;
      expect(text(el, '[role=status]')).to.equal('0 of 2 checked');
      expect($(el, '[part=result]')).to.not.exist;
    });

    it('"See what this means" shows the full takeaway with a next step and moves focus to it', async () => {
      const definition: ChecklistDefinition = {
        ...smallChecklist,
        bands: smallChecklist.bands.map((band) =>
          band.id === 'many'
            ? {
                ...band,
                next: 'Say thank you for one shared chore this week.',
                questions: [{ question: 'Is it ever perfectly even?', answer: 'Rarely, and that is fine.' }],
              }
            : band,
        ),
      };
      const el = await defined(definition);
      await check(el, 0, 1);
      const complete = oneEvent(el, 'recipro-complete');
      button(el, 'See what this means').click();
      await settle(el);
      expect(((await complete).detail as ResultPayload).result).to.deep.include({
        band: { id: 'many', label: 'Many signs' },
      });
      const result = $(el, '[part=result]');
      expect(deepActiveElement()?.id).to.equal('takeaway');
      expect([...result.children].map((child) => squash(child.textContent))).to.deep.equal([
        'Many signs',
        'Well balanced.',
        'What you could do next: Say thank you for one shared chore this week.',
        'Is it ever perfectly even?Rarely, and that is fine.',
      ]);
      expect(result.querySelector('.next strong')!.textContent).to.equal('What you could do next:');
      expect($(el, '[part=so-far]'), 'the heading now names the band').to.not.exist;
      // Ticking on after that updates the takeaway in place, and says so; focus stays on the box.
      boxes(el)[1]!.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      // Weights a 1, b 3, c 1 (a warning sign, unchecked, counts): 2 of 5 is 40, the middle band.
      expect(text(el, '#takeaway')).to.equal('Some signs');
      expect($(el, '[part=result] .next'), 'a band without a next step shows none').to.not.exist;
      expect(text(el, '[role=status]')).to.equal('1 of 2 checked. Some signs: Keep going.');
      expect(deepActiveElement() === boxes(el)[1], 'focus stays on the box').to.equal(true);
      await expectAccessible(el);
    });

    it('shows a next step for every band of the six built-in checklists', async () => {
      const lists = Object.values(presets).filter((p) => p.kind === 'checklist') as ChecklistDefinition[];
      expect(lists.map((list) => list.id)).to.have.members([
        'romantic-signs',
        'one-sided-signs',
        'friendship-balance',
        'work-reciprocity',
        'trauma-and-reciprocity',
        'restore-steps',
      ]);
      for (const list of lists)
        for (const band of list.bands) expect(band.next ?? '', `${list.id}: ${band.id}`).to.match(/\S/);
      // Romantic signs, eight scored: none (few), four (some) and seven (many).
      const el = await defined(romanticSigns);
      const ids = romanticSigns.items.map((item) => item.id);
      const table: [number, string, string][] = [
        [
          0,
          'Few signs for now',
          'Pick a calm moment this week and start with "It would mean a lot to me if…"; one wish is enough.',
        ],
        [4, 'Some signs', romanticSigns.bands[1]!.next!],
        [
          7,
          'Many signs',
          'Tell your partner one thing they do that makes the give and take feel fair; naming it helps it last.',
        ],
      ];
      for (const [n, label, next] of table) {
        el.checked = ids.slice(0, n);
        button(el, 'See what this means').click();
        await settle(el);
        expect(text(el, '#takeaway'), String(n)).to.equal(label);
        expect(text(el, '[part=result] .next')).to.equal(`What you could do next: ${next}`);
      }
    });

    it("counts a writer's warning sign apart from the good signs, and says so", async () => {
      const el = await upgraded(html`<recipro-checklist>
        <ul>
          <li>We both plan</li>
          <li>We both listen</li>
          <li>We both say thanks</li>
          <li>We both ask for help</li>
          <li>We both apologise</li>
          <li>We both make time</li>
          <li data-polarity="warning">One of us keeps score</li>
        </ul>
      </recipro-checklist>`);
      expect(text(el, '[part=count]')).to.equal('0 of 6 checked');
      await check(el, 0, 1, 2);
      expect(text(el, '[part=count]')).to.equal('3 of 6 checked');
      await check(el, 6);
      expect(text(el, '[part=count]')).to.equal('3 of 6 checked · 1 warning sign');
      expect(text(el, '[role=status]')).to.match(/^3 of 6 checked · 1 warning sign/);
      const changed = oneEvent(el, 'recipro-change');
      boxes(el)[6]!.click();
      // The event still counts every item, as before.
      expect((await changed).detail).to.deep.equal({
        id: el.checklist!.items[6]!.id,
        checked: false,
        count: 3,
        total: 7,
      });
      await settle(el);
      expect(text(el, '[part=count]')).to.equal('3 of 6 checked');
    });

    it('appears on "See what this means" with nothing checked, and says it again on a second press', async () => {
      const el = await defined();
      button(el, 'See what this means').click();
      await settle(el);
      expect(text(el, '.band-label')).to.equal('A few signs');
      const first = $(el, '[role=status]').textContent;
      expect(squash(first)).to.equal('A few signs: Start small.');
      button(el, 'See what this means').click();
      await settle(el);
      expect($(el, '[role=status]').textContent).to.not.equal(first);
      expect(squash($(el, '[role=status]').textContent)).to.equal('A few signs: Start small.');
    });

    it('bands a healthy list by weight, a checked warning item counting against', async () => {
      const el = await defined();
      // Weights: a 1, b 3, c 1 (a warning sign). A checked healthy item or an unchecked warning item counts.
      const table: [string[], string][] = [
        [[], 'A few signs'], // 1 of 5: 20
        [['a'], 'Some signs'], // 2 of 5: 40
        [['b'], 'Many signs'], // 4 of 5: 80
        [['a', 'b'], 'Many signs'], // 5 of 5: 100
        [['a', 'b', 'c'], 'Many signs'], // 4 of 5: 80
        [['c'], 'A few signs'], // 0 of 5: 0
      ];
      const counts: Record<string, string> = {
        '': '0 of 2 checked',
        a: '1 of 2 checked',
        b: '1 of 2 checked',
        'a,b': '2 of 2 checked',
        'a,b,c': '2 of 2 checked · 1 warning sign',
        c: '0 of 2 checked · 1 warning sign',
      };
      for (const [picked, label] of table) {
        el.checked = picked;
        button(el, 'See what this means').click();
        await settle(el);
        expect(text(el, '.band-label'), picked.join()).to.equal(label);
        expect(text(el, '[part=count]')).to.equal(counts[picked.join()]);
      }
    });

    it('reads a warning list the other way round: more checked is more concern, with support shown first', async () => {
      // `en`: a reader whose region is unknown, so the general emergency line shows.
      const el = await defined(oneSidedSigns, 'locale=en');
      const ids = oneSidedSigns.items.map((i) => i.id);
      // Eight signs of equal weight; bands few below 30, some below 60, many from 60.
      const table: [number, string][] = [
        [0, 'Few signs'], // 0
        [1, 'Few signs'], // 12.5
        [3, 'Some signs'], // 37.5
        [5, 'Many signs'], // 62.5
        [8, 'Many signs'], // 100
      ];
      for (const [n, label] of table) {
        el.checked = ids.slice(0, n);
        button(el, 'See what this means').click();
        await settle(el);
        expect(text(el, '.band-label'), String(n)).to.equal(label);
      }
      // Many warning signs: support services with the takeaway, numbers as tel: links, no advice to give more.
      const result = $(el, '[part=result]');
      expect(result.querySelector('[part=resources]')!.textContent).to.contain(supportResources.emergency);
      expect(result.querySelector('a[href="tel:988"]')).to.exist;
      expect(result.textContent).to.not.match(/give more|try harder|do more for/i);
      expect($(el, '[part=resources-link]')).to.not.exist;
      // Few: only a quiet link.
      el.checked = [];
      await settle(el);
      expect($(el, '[part=result] [part=resources]')).to.not.exist;
      expect(text(el, '[part=resources-link] summary')).to.equal('Support and helplines');
    });

    it("reads a writer's list of warning signs the other way round too", async () => {
      const el = await upgraded(html`<recipro-checklist>
        <ul>
          <li data-polarity="warning">I start every plan</li>
          <li data-polarity="warning">My news goes unasked about</li>
          <li data-polarity="warning">I feel drained afterwards</li>
        </ul>
      </recipro-checklist>`);
      expect(el.checklist!.polarity).to.equal('warning');
      await check(el, 0, 1);
      // Two of three warning signs: 66.7, the top band. A list of warning signs counts every item.
      expect(text(el, '[part=count]')).to.equal('2 of 3 checked');
      expect(text(el, '[part=so-far]')).to.equal('So far: Many of these');
      button(el, 'See what this means').click();
      await settle(el);
      expect(text(el, '.band-label')).to.equal('Many of these');
      expect(text(el, '[part=result]')).to.contain('someone you trust or a professional');
    });

    it('offers support quietly on the trauma checklist from the start', async () => {
      const el = await defined(traumaAndReciprocity);
      expect(traumaAndReciprocity.resources).to.equal(supportResources);
      expect(text(el, '[part=resources-link] summary')).to.equal('Support and helplines');
    });
  });

  describe('with a safety sign', () => {
    const withSafety = (): ChecklistDefinition => ({
      ...smallChecklist,
      id: 'safety-checklist',
      items: [...smallChecklist.items, { id: 'afraid', text: 'I sometimes feel afraid of them.', safety: true }],
      resources: {
        title: 'Support',
        emergency: 'If you are in danger now, call your local emergency number.',
        items: [
          {
            region: 'any',
            name: 'A line',
            description: 'For anyone.',
            contacts: [{ label: 'Call', phone: '555 0100' }],
          },
        ],
      },
    });

    it('ticked, brings the helplines forward alone: no takeaway, said so in the live region', async () => {
      const el = await defined(withSafety());
      await check(el, 0, 3);
      const result = $(el, '[part=result]');
      expect(result.classList.contains('concerning')).to.equal(true);
      const support = result.querySelector('[part=resources]')!;
      expect(support.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:5550100');
      expect(result.querySelector('.band-label')).to.not.exist;
      expect(text(el, '[part=result]')).to.not.contain('Start small.');
      expect(text(el, '[part=count]')).to.equal('2 of 3 checked');
      expect(text(el, '[role=status]')).to.equal('2 of 3 checked. Support');
      expect($(el, '[part=so-far]'), 'no band beside support').to.not.exist;
      await expectAccessible(el);
    });

    it('ticked, "See what this means" still shows support alone, moves nothing and completes', async () => {
      const el = await defined(withSafety());
      await check(el, 0, 3);
      const complete = oneEvent(el, 'recipro-complete');
      const see = button(el, 'See what this means');
      see.focus();
      see.click();
      await settle(el);
      expect((await complete).detail).to.have.property('schema', 'recipro-result');
      expect($(el, '#takeaway')).to.not.exist;
      expect($(el, '[part=result] .next')).to.not.exist;
      expect($(el, '[part=result] [part=resources]')).to.exist;
      expect(deepActiveElement() === see, 'focus stays on the button').to.equal(true);
      expect(text(el, '[role=status]')).to.equal('Support');
    });

    it('copies support without a takeaway while the safety sign is ticked', async () => {
      const el = await defined(withSafety());
      await check(el, 0, 3);
      const copies = await copyAsText(el);
      const [copied = ''] = copies;
      expect(copied).to.contain('[x] I sometimes feel afraid of them.');
      expect(copied).to.contain('- A line: For anyone. Call 555 0100');
      expect(copied).to.not.contain('Start small.');
    });

    it('unticked, support stays in its quiet link', async () => {
      const el = await defined(withSafety());
      await check(el, 0);
      expect($(el, '[part=result] [part=resources]')).to.not.exist;
      expect($(el, 'details.resources-more')).to.exist;
    });
  });

  describe('actions', () => {
    it('Reset unchecks everything, hides the takeaway and says so', async () => {
      const el = await defined();
      await check(el, 0, 1);
      const seen = record(el);
      button(el, 'Reset').click();
      await settle(el);
      expect(boxes(el).every((b) => !b.checked)).to.equal(true);
      expect($(el, '[part=result]')).to.not.exist;
      expect(text(el, '[part=count]')).to.equal('0 of 2 checked');
      expect(text(el, '[role=status]')).to.equal('All items are unchecked.');
      expect(seen.map((e) => e.detail)).to.deep.equal([
        { id: 'a', checked: false, count: 1, total: 3 },
        { id: 'b', checked: false, count: 0, total: 3 },
      ]);
    });

    it('copies a plain-text summary, or says when copying is blocked', async () => {
      const el = await upgraded();
      await check(el, 1);
      let copied = '';
      const original = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async (value: string) => {
        copied = value;
      };
      try {
        button(el, 'Copy as text').click();
        await settle(el);
        await settle(el);
        expect(copied.split('\n').slice(0, 8)).to.deep.equal([
          'Signs we share the load',
          '1 of 5 checked',
          '',
          '[ ] Both of us feel heard',
          '[x] We both make plans',
          '[ ] Thanks go both ways',
          '[ ] We share the chores',
          '[ ] Either of us can ask for help',
        ]);
        expect(copied).to.contain('Few of these for now: Pick one sign');
        expect(copied).to.contain('not a diagnosis');
        expect(copied).to.not.contain('<');
        expect(text(el, '[role=status]')).to.equal('Copied.');
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
        button(el, 'Copied').click(); // the button says so for a few seconds after a copy
        await settle(el);
        await settle(el);
        expect(text(el, '[role=status]')).to.equal('Copying is blocked on this page; select the text to copy it.');
      } finally {
        navigator.clipboard.writeText = original;
      }
    });

    it('copies the takeaway with its next step, and the count with warning signs apart', async () => {
      const el = await defined(romanticSigns);
      el.checked = romanticSigns.items.slice(0, 7).map((item) => item.id);
      await settle(el);
      button(el, 'See what this means').click();
      await settle(el);
      const copies = await copyAsText(el);
      const [copied = ''] = copies;
      expect(copied.split('\n').slice(0, 2)).to.deep.equal([romanticSigns.title, '7 of 9 checked']);
      expect(copied).to.contain(
        'Many signs: Care seems to flow both ways; keep the habits that make it so.\n' +
          'What you could do next: Tell your partner one thing they do that makes the give and take feel fair; ' +
          'naming it helps it last.',
      );
      const small = await defined();
      small.checked = ['a', 'c'];
      await settle(small);
      const again = captureClipboard();
      try {
        button(small, 'Copy as text').click();
        await settle(small);
      } finally {
        again.restore();
      }
      expect(again.copied[0]!.split('\n')[1]).to.equal('1 of 2 checked · 1 warning sign');
    });

    it('puts the support services into the summary of a list that carries them', async () => {
      const el = await defined(oneSidedSigns, 'locale=en'); // region unknown: the general emergency line
      const copies = await copyAsText(el);
      const [copied = ''] = copies;
      expect(copied).to.contain(`${supportResources.title}\n${supportResources.emergency}`);
      expect(copied).to.contain(
        '- 988 Suicide & Crisis Lifeline: For anyone in emotional distress or crisis; free, confidential, day and ' +
          'night. Call or text 988',
      );
      // Nothing checked and not asked for: no takeaway yet.
      expect(copied).to.not.contain(oneSidedSigns.bands[0]!.takeaway);
    });

    it("Print opens the browser's print dialog, with a print stylesheet that hides the buttons", async () => {
      const el = await defined();
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed++;
      };
      try {
        button(el, 'Print').click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
      const sheets = (el.shadowRoot!.adoptedStyleSheets ?? []).flatMap((s) => [...s.cssRules]);
      const print = sheets
        .filter((r) => r instanceof CSSMediaRule && r.conditionText === 'print')
        .map((r) => r.cssText)
        .join('\n');
      expect(print).to.match(/\.actions[^{]*\{[^}]*display: none/);
    });
  });

  describe('events', () => {
    it('fires recipro-change with the item, its state and the counts, leaving the shadow root', async () => {
      const el = await defined();
      const changed = oneEvent(el, 'recipro-change');
      boxes(el)[1]!.click();
      const change = await changed;
      expect(change.detail).to.deep.equal({ id: 'b', checked: true, count: 1, total: 3 });
      expect(change.bubbles && change.composed).to.equal(true);
    });

    it('fires recipro-complete with the payload when the reader asks for the takeaway, not on checking', async () => {
      const el = await defined(smallChecklist);
      const seen = record(el);
      await check(el, 0, 1);
      expect(seen.map((e) => e.name)).to.deep.equal(['recipro-change', 'recipro-change']);
      const complete = oneEvent(el, 'recipro-complete');
      button(el, 'See what this means').click();
      const payload = (await complete).detail as ResultPayload;
      expect(payload.schema).to.equal('recipro-result');
      expect(payload.definition).to.deep.equal({ id: 'small-checklist', version: '1' });
      expect(payload.result).to.deep.equal({
        kind: 'checklist',
        band: { id: 'many', label: 'Many signs' },
        score: 100,
        checkedShare: 80,
        count: 2,
        total: 3,
      });
      expect(payload).to.not.have.property('answers');
      expect(payload.locale).to.equal('en');
    });

    it('shows the checked ids the host sets, without announcing them or firing events', async () => {
      const el = await defined();
      const seen = record(el);
      el.checked = ['a', 'b'];
      await settle(el);
      expect(text(el, '[part=count]')).to.equal('2 of 2 checked');
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([true, true, false]);
      expect(seen).to.deep.equal([]);
      expect(text(el, '[role=status]')).to.equal('');
    });

    it('applies checked ids set before the definition is ready, dropping unknown ones', async () => {
      const el = document.createElement('recipro-checklist');
      el.checked = ['b', 'zzz'];
      el.definition = smallChecklist;
      document.body.append(el);
      try {
        await settle(el);
        expect(el.checked).to.deep.equal(['b']);
        expect(text(el, '[part=count]')).to.equal('1 of 2 checked');
      } finally {
        el.remove();
      }
    });
  });

  describe('in a form', () => {
    it('submits one entry per checked id under its name, and a form reset unchecks', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <recipro-checklist name="signs">
          <ul>
            <li data-id="heard">Both of us feel heard</li>
            <li data-id="plans">We both make plans</li>
            <li data-id="thanks">Thanks go both ways</li>
          </ul>
        </recipro-checklist>
      </form>`);
      const el = form.querySelector('recipro-checklist')!;
      await settle(el);
      expect(new FormData(form).getAll('signs')).to.deep.equal([]);
      await check(el, 2, 0);
      expect(new FormData(form).getAll('signs')).to.deep.equal(['heard', 'thanks']);
      el.name = 'answers';
      await settle(el);
      expect(new FormData(form).getAll('answers')).to.deep.equal(['heard', 'thanks']);
      expect(new FormData(form).getAll('signs')).to.deep.equal([]);
      form.reset();
      await settle(el);
      expect(new FormData(form).getAll('answers')).to.deep.equal([]);
      expect(boxes(el).some((b) => b.checked)).to.equal(false);
    });
  });

  describe('structured data', () => {
    const ld = (el: Element) => el.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]');

    it('adds nothing unless asked', async () => {
      const el = await upgraded();
      expect(ld(el)).to.have.length(0);
    });

    it('emits a valid schema.org ItemList with the items in order, and follows edits', async () => {
      const el = await upgraded(html`<recipro-checklist structured-data>
        <h2>Signs</h2>
        <ol>
          <li>Both of us feel heard</li>
          <li>We both &lt;/script&gt; make plans</li>
        </ol>
      </recipro-checklist>`);
      expect(ld(el)).to.have.length(1);
      const data = JSON.parse(ld(el)[0]!.text) as Record<string, unknown>;
      expect(data).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        name: 'Signs',
        numberOfItems: 2,
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Both of us feel heard' },
          { '@type': 'ListItem', position: 2, name: 'We both </script> make plans' },
        ],
      });
      expect(ld(el)[0]!.text).to.not.contain('</script>');
      const li = document.createElement('li');
      li.textContent = 'Thanks go both ways';
      el.querySelector('ol')!.prepend(li);
      await settle(el);
      expect(ld(el)).to.have.length(1);
      const edited = JSON.parse(ld(el)[0]!.text) as { itemListElement: { name: string; position: number }[] };
      expect(edited.itemListElement.map((i) => `${i.position}. ${i.name}`)).to.deep.equal([
        '1. Thanks go both ways',
        '2. Both of us feel heard',
        '3. We both </script> make plans',
      ]);
    });

    it('removes the script when the attribute goes or the element leaves, and restores it on return', async () => {
      const el = await defined(smallChecklist, 'structured-data');
      expect(ld(el)).to.have.length(1);
      el.structuredData = false;
      await settle(el);
      expect(ld(el)).to.have.length(0);
      el.setAttribute('structured-data', '');
      await settle(el);
      expect(ld(el)).to.have.length(1);
      const parent = el.parentElement!;
      el.remove();
      expect(ld(el)).to.have.length(0);
      parent.append(el);
      await settle(el);
      expect(ld(el)).to.have.length(1);
    });
  });

  describe('built-in packs', () => {
    it("loads a built-in pack only for an element showing it, one at a time, never for a writer's list", async () => {
      expect(packsForAList).to.deep.equal([]);
      const earlier = packsLoaded().filter((id) => id !== 'friendship-balance');
      const pack = await fixture<ReciproChecklist>(
        html`<recipro-checklist preset="friendship-balance"></recipro-checklist>`,
      );
      await settle(pack);
      expect(labels(pack)[0]).to.equal(presets['friendship-balance'].items[0]!.text);
      expect(packsLoaded()).to.have.members([...earlier, 'friendship-balance']);
    });

    for (const [id, pack] of Object.entries(presets).filter(([, p]) => p.kind === 'checklist')) {
      it(`shows the "${id}" preset`, async () => {
        const el = await fixture<ReciproChecklist>(html`<recipro-checklist preset=${id}></recipro-checklist>`);
        await settle(el);
        const list = pack as ChecklistDefinition;
        expect(text(el, '[part=title]')).to.equal(list.title);
        expect(text(el, '.intro')).to.equal(list.intro);
        expect(labels(el)).to.deep.equal(list.items.map((i) => i.text));
      });
    }
  });

  // Beside the cases every element shares (see the suite): errors that leave a writer's list on the page.
  describe("when the input is invalid, with a writer's list in the page", () => {
    const withList = (el: HTMLElement, ...words: string[]) => {
      const ul = document.createElement('ul');
      for (const text of words.length ? words : ["The writer's words"])
        ul.append(Object.assign(document.createElement('li'), { textContent: text }));
      el.append(ul);
      return el;
    };
    const make = (props: Partial<ReciproChecklist>) =>
      Object.assign(document.createElement('recipro-checklist'), props);
    const cases: [string, () => HTMLElement, RegExp][] = [
      [
        'bad JSON in a child script',
        () => {
          const el = make({});
          el.append(jsonScript('{"kind": "checklist",'));
          return withList(el);
        },
        /the definition is not valid JSON/,
      ],
      [
        'a definition of a wrong shape',
        () => withList(make({ definition: { ...smallChecklist, items: 'none' } })),
        /items: must be a list, not a text/,
      ],
      [
        'a definition whose bands leave part of the score uncovered',
        () =>
          withList(
            make({
              definition: { ...smallChecklist, bands: [{ id: 'all', min: 0, max: 50, label: 'x', takeaway: 'y' }] },
            }),
          ),
        /no band covers the score from 50 to 100/,
      ],
      [
        'a repeated data-id in the list',
        () => {
          const el = withList(make({}), "The writer's words", 'Twice');
          el.querySelectorAll('li').forEach((li) => (li.dataset.id = 'same'));
          return el;
        },
        /items\[1\]\.id: item id "same" is already used by items\[0\]/,
      ],
      [
        'a data-weight that is not a number',
        () => {
          const el = withList(make({}));
          el.querySelector('li')!.setAttribute('data-weight', 'heavy');
          return el;
        },
        /items\[0\]\.weight: must be a number, not a text/,
      ],
    ];
    for (const [name, build, pattern] of cases) {
      it(`shows a readable alert, fires recipro-error and keeps the writer's words readable for ${name}`, async () => {
        const el = build();
        const error = new Promise<CustomEvent>((resolve) =>
          el.addEventListener('recipro-error', (e) => resolve(e as CustomEvent), { once: true }),
        );
        document.body.append(el);
        try {
          const event = await error;
          await settle(el as ReciproChecklist);
          const alert = $(el, '[role=alert]');
          expect(squash(alert.textContent)).to.match(pattern);
          expect(alert.textContent).to.contain('This assessment could not be shown');
          expect(event.detail.issues.length).to.be.greaterThan(0);
          expect(event.bubbles && event.composed).to.equal(true);
          expectWritersWordsShown(el);
        } finally {
          el.remove();
        }
      });
    }
  });

  describe('with persist', () => {
    it('forgets the saved items on Reset', async () => {
      const el = await defined(smallChecklist, 'persist=local');
      await check(el, 0);
      expect(localStorage.getItem(storedKey('small-checklist'))).to.not.equal(null);
      button(el, 'Reset').click();
      await settle(el);
      expect(localStorage.getItem(storedKey('small-checklist'))).to.equal(null);
    });

    it('restores only the saved items the list still has', async () => {
      localStorage.setItem(
        storedKey('small-checklist'),
        serializeProgress('checklist', smallChecklist, { checked: ['a', 'gone'] }),
      );
      const partly = await defined(smallChecklist, 'persist=local');
      expect(partly.checked).to.deep.equal(['a']);
      expect($(partly, '[role=alert]')).to.not.exist;
    });

    it("keeps a writer's list's progress when the list is edited, under its new key", async () => {
      const el = await upgraded(
        html`<recipro-checklist persist="local"><ul><li>One</li><li>Two</li></ul></recipro-checklist>`,
      );
      await check(el, 1);
      const before = Object.keys(localStorage);
      expect(before).to.have.length(1);
      const li = document.createElement('li');
      li.textContent = 'Three';
      el.querySelector('ul')!.append(li);
      await settle(el);
      const after = Object.keys(localStorage);
      expect(after).to.have.length(1);
      expect(after[0]).to.not.equal(before[0]);
      expect(JSON.parse(localStorage.getItem(after[0]!)!).data.checked).to.deep.equal([itemId('Two')]);
      el.remove();
      const reloaded = await upgraded(
        html`<recipro-checklist persist="local"><ul><li>One</li><li>Two</li><li>Three</li></ul></recipro-checklist>`,
      );
      expect(reloaded.checked).to.deep.equal([itemId('Two')]);
    });
  });

  describe('look', () => {
    it("takes the article's font and colour by default", async () => {
      const article = 'font-family: Georgia, serif; color: rgb(10, 20, 30); font-size: 19px';
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${article}>
        <recipro-checklist><ul><li>One</li></ul></recipro-checklist>
      </div>`);
      const el = wrapper.querySelector('recipro-checklist')!;
      await settle(el);
      const label = getComputedStyle($(el, '[part=label]'));
      expect(label.fontFamily).to.equal('Georgia, serif');
      expect(label.color).to.equal('rgb(10, 20, 30)');
      expect(label.fontSize).to.equal('19px');
      expect(getComputedStyle($(el, '[part=base]')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('lays out right to left inside a right-to-left article', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
        <recipro-checklist><ul><li>كلانا يشعر بأنه مسموع</li></ul></recipro-checklist>
      </div>`);
      const el = wrapper.querySelector('recipro-checklist')!;
      await settle(el);
      expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
      expect($(el, '[part=base]').hasAttribute('lang'), "the writer's list speaks the page's language").to.equal(false);
      const box = boxes(el)[0]!.getBoundingClientRect();
      const label = $(el, '[part=label]').getBoundingClientRect();
      expect(box.left).to.be.greaterThan(label.left);
    });
  });

  // Last in the file: a page's CSP cannot be lifted once applied, so nothing may run after this.
  describe('on a page that enforces Trusted Types', () => {
    it('writes the structured data through the recipro-widgets policy', async () => {
      const el = await upgraded(html`<recipro-checklist structured-data><ul><li>One</li></ul></recipro-checklist>`);
      const meta = document.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content = "require-trusted-types-for 'script'; trusted-types recipro-widgets lit-html";
      document.head.append(meta);
      expect(() => {
        document.createElement('script').text = '{}';
      }, 'the page enforces Trusted Types').to.throw(TypeError);
      el.querySelector('li')!.textContent = 'Two';
      await settle(el);
      const data = JSON.parse(el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]')!.text) as {
        itemListElement: { name: string }[];
      };
      expect(data.itemListElement.map((i) => i.name)).to.deep.equal(['Two']);
    });
  });
});
