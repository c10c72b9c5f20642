import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  parseDefinition,
  type ChecklistDefinition,
  type QuizDefinition,
  type Resources,
  type StepperDefinition,
} from '../../src/core/index.js';
import { supportResources } from '../../src/content/resources.js';
import { supportResources as arabicResources } from '../../src/locales/ar/resources.js';
import { ReciproElement } from '../../src/components/shared/recipro-element.js';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import type { ReciproChecklist } from '../../src/components/checklist/checklist.js';
import type { ReciproStepper } from '../../src/components/stepper/stepper.js';
import '../../src/components/quiz/quiz.js';
import '../../src/components/checklist/checklist.js';
import '../../src/components/stepper/stepper.js';
import { smallChecklist, smallQuiz, smallStepper } from '../fixtures/definitions.js';
import {
  $,
  $$,
  button,
  captureClipboard,
  copyAsText,
  deepActiveElement,
  expectAccessible,
  settle,
  squash,
  text,
} from '../helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** The hooks tests replace: where the element would go, and its timers. */
interface Hooks {
  navigate(url: string): void;
  later(callback: () => void, ms: number): unknown;
}

const withResources = <T extends object>(definition: T, resources: Resources = supportResources): T => ({
  ...definition,
  resources,
});

const safetyQuiz = (): QuizDefinition => withResources(smallQuiz);
const safetyChecklist = (resources?: Resources): ChecklistDefinition =>
  withResources(
    {
      ...smallChecklist,
      id: 'safety-checklist',
      items: [...smallChecklist.items, { id: 'afraid', text: 'I sometimes feel afraid of them.', safety: true }],
    },
    resources,
  );
const supportStepper = (): StepperDefinition => withResources(smallStepper);

/** A service for everywhere, as a provider might add. */
const anywhere: Resources['items'][number] = {
  region: 'any',
  name: 'Online support',
  description: 'Wherever you are.',
  contacts: [{ label: 'Call', phone: '+44 20 7946 0000' }],
};

/** An element with a definition and attributes, inside a host with these attributes (`lang`, `dir`). */
async function make<T extends Lit>(
  tag: string,
  definition: unknown,
  attrs: Record<string, string> = {},
  around: Record<string, string> = {},
): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  for (const [name, value] of Object.entries(around)) host.setAttribute(name, value);
  const el = document.createElement(tag) as T & { definition: unknown };
  el.definition = definition;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  host.append(el);
  await settle(el);
  return el;
}

/** A quiz showing its safety result: the safety question answered "Often". */
async function quizAtSafety(around: Record<string, string> = { lang: 'en-GB' }, attrs = {}): Promise<ReciproQuiz> {
  const el = await make<ReciproQuiz>('recipro-quiz', safetyQuiz(), attrs, around);
  button(el, 'Start').click();
  await settle(el);
  for (const value of [1, 5, 5, 1, 4]) {
    $$<HTMLInputElement>(el, 'input[type=radio]')[value - 1]!.click();
    await settle(el);
    $<HTMLButtonElement>(el, '.actions .primary').click();
    await settle(el);
  }
  expect($(el, '[part=safety]'), 'the safety result').to.exist;
  return el;
}

/** A checklist with its safety sign ticked. */
async function checklistAtSafety(around: Record<string, string> = { lang: 'en-GB' }): Promise<ReciproChecklist> {
  const el = await make<ReciproChecklist>('recipro-checklist', safetyChecklist(), {}, around);
  $$<HTMLInputElement>(el, 'input[type=checkbox]')[3]!.click();
  await settle(el);
  return el;
}

/** A stepper with its "Support and helplines" opened, as a reader opens it below any step. */
async function stepperWithSupport(around: Record<string, string> = { lang: 'en-GB' }): Promise<ReciproStepper> {
  const el = await make<ReciproStepper>('recipro-stepper', supportStepper(), {}, around);
  $(el, 'details.resources-more > summary').click();
  await settle(el);
  return el;
}

/** The call buttons shown outside any fold: their text and where they lead. */
const shownCalls = (root: Element) =>
  [...root.querySelectorAll<HTMLAnchorElement>('a.call')]
    .filter((a) => !a.closest('details:not(.resources-more)'))
    .map((a) => [squash(a.textContent), a.getAttribute('href')]);

/** Releases Shift as a keyboard would, at a chosen time (ms since the page's start). */
function releaseShift(at: number, target: EventTarget = document.body): void {
  const event = new KeyboardEvent('keyup', { key: 'Shift', bubbles: true, composed: true });
  Object.defineProperty(event, 'timeStamp', { value: at });
  target.dispatchEvent(event);
}

describe('support and safety', () => {
  const hooks = ReciproElement.prototype as unknown as Hooks;
  const navigate = hooks.navigate;
  /** Where elements asked to go: no test ever leaves its page. */
  let visits: string[] = [];

  before(() => {
    hooks.navigate = (url: string) => void visits.push(url);
  });

  after(() => {
    hooks.navigate = navigate;
  });

  afterEach(async () => {
    visits = [];
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  describe('the safety result, by region', () => {
    it("a UK reader (en-GB): the UK's emergency line and services as call buttons, the others folded", async () => {
      const el = await quizAtSafety();
      const safety = $(el, '[part=safety]');
      expect(squash(safety.querySelector('.resources > .emergency')!.textContent)).to.equal(
        'If you are in danger now, call 999, the emergency number in the UK.',
      );
      expect(shownCalls(safety)).to.deep.equal([
        ['Call 116 123', 'tel:116123'],
        ['Call 0808 2000 247', 'tel:08082000247'],
      ]);
      for (const call of safety.querySelectorAll('a.call'))
        expect(call.getBoundingClientRect().height).to.be.at.least(44);
      const others = safety.querySelector<HTMLDetailsElement>('details.other-regions')!;
      expect(others.open).to.equal(false);
      expect(squash(others.querySelector('summary')!.textContent)).to.equal('Services in other countries');
      expect([...others.querySelectorAll('h5')].map((h) => h.textContent)).to.deep.equal([
        'United States',
        'India',
        'Australia',
        'Canada',
        'United Arab Emirates',
        'France',
      ]);
      // No wall of five countries' numbers: the general line is not shown.
      expect(safety.textContent).to.not.contain('US and Canada 911');
      await expectAccessible(el);
      others.open = true;
      await expectAccessible(el);
    });

    it('an unknown region (en): the general line, the services for everywhere, each country folded', async () => {
      const resources = { ...supportResources, items: [anywhere, ...supportResources.items] };
      const el = await make<ReciproChecklist>('recipro-checklist', safetyChecklist(resources), {}, { lang: 'en' });
      $$<HTMLInputElement>(el, 'input[type=checkbox]')[3]!.click();
      await settle(el);
      const support = $(el, '[part=result] [part=resources]');
      expect(squash(support.querySelector(':scope > .emergency')!.textContent)).to.match(
        /^If you are in danger now, call your local emergency number \(US and Canada 911, UK 999/,
      );
      expect(shownCalls(support)).to.deep.equal([['Call +44 20 7946 0000', 'tel:+442079460000']]);
      const countries = [...support.querySelectorAll<HTMLDetailsElement>('details.region')];
      expect(countries.map((d) => squash(d.querySelector('summary')!.textContent))).to.deep.equal([
        'United States',
        'India',
        'United Kingdom',
        'Australia',
        'Canada',
        'United Arab Emirates',
        'France',
      ]);
      expect(countries.every((d) => !d.open)).to.equal(true);
      await expectAccessible(el);
      const uk = countries[2]!;
      uk.querySelector('summary')!.click();
      await settle(el);
      expect(squash(uk.querySelector('.emergency')!.textContent)).to.equal(
        'If you are in danger now, call 999, the emergency number in the UK.',
      );
      expect([...uk.querySelectorAll('a.call')].map((a) => squash(a.textContent))).to.deep.equal([
        'Call 116 123',
        'Call 0808 2000 247',
      ]);
      await expectAccessible(el);
    });

    it('offers a text-message button beside the call button where the number takes texts (a US reader)', async () => {
      const el = await quizAtSafety({ lang: 'en-US' });
      expect(shownCalls($(el, '[part=safety]'))).to.deep.equal([
        ['Call 988', 'tel:988'],
        ['Text 988', 'sms:988'],
        ['Call 1-800-799-7233', 'tel:18007997233'],
      ]);
    });

    it("speaks the reader's language: an Arabic reader in the UAE, numbers kept left to right", async () => {
      const el = await make<ReciproQuiz>('recipro-quiz', withResources(smallQuiz, arabicResources), {
        locale: 'ar-AE',
      });
      button(el, 'لنبدأ').click();
      await settle(el);
      for (const value of [1, 5, 5, 1, 4]) {
        $$<HTMLInputElement>(el, 'input[type=radio]')[value - 1]!.click();
        await settle(el);
        $<HTMLButtonElement>(el, '.actions .primary').click();
        await settle(el);
      }
      const safety = $(el, '[part=safety]');
      expect(squash(safety.querySelector('.resources > .emergency')!.textContent)).to.equal(
        'إذا كنت في خطر الآن، فيُرجى الاتصال بالرقم 999، رقم الطوارئ في الإمارات.',
      );
      expect(shownCalls(safety)).to.deep.equal([['اتصال، أو رسالة عبر واتساب 800 4673', 'tel:8004673']]);
      expect(safety.querySelector('a.call span')!.getAttribute('dir')).to.equal('ltr');
      expect(text(el, 'details.other-regions summary')).to.equal('خدمات في بلدان أخرى');
      expect(button(el, 'مغادرة هذه الصفحة بسرعة')).to.exist;
      await expectAccessible(el);
    });

    it("copies the reader's region first, with its emergency line", async () => {
      const el = await checklistAtSafety();
      const copies = await copyAsText(el);
      const [copied = ''] = copies;
      const lines = copied.split('\n');
      const start = lines.indexOf('Support is available');
      expect(lines.slice(start, start + 4)).to.deep.equal([
        'Support is available',
        'If you are in danger now, call 999, the emergency number in the UK.',
        '- Samaritans: Someone to talk to about whatever is troubling you; free, day and night. Call 116 123',
        '- National Domestic Abuse Helpline (run by Refuge): For anyone experiencing domestic abuse, or worried ' +
          'that they might be; free, day and night. Call 0808 2000 247',
      ]);
      // Every region is still in the copy, after the reader's.
      expect(copied).to.contain('- 3114, national suicide prevention line:');
    });
  });

  describe('an emergency line per region (emergencyByRegion)', () => {
    const lines = (emergencyByRegion: unknown) =>
      parseDefinition(withResources(smallStepper, { ...supportResources, emergencyByRegion } as Resources));

    it('is optional, and accepted with one line per region', () => {
      expect(parseDefinition(withResources(smallStepper, { ...supportResources, emergencyByRegion: undefined })).ok).to
        .be.true;
      expect(lines([{ region: 'uk', text: 'Call 999.' }]).ok).to.be.true;
    });

    it('refuses a region named twice, an unknown region and an empty list, saying where', () => {
      const twice = lines([
        { region: 'uk', text: 'Call 999.' },
        { region: 'uk', text: 'Call 112.' },
      ]);
      expect(twice.ok ? [] : twice.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
        'resources.emergencyByRegion: names a region twice',
      ]);
      expect(lines([{ region: 'de', text: 'Call 112.' }]).ok).to.be.false;
      expect(lines([]).ok).to.be.false;
    });
  });

  describe('leave this page quickly', () => {
    it("comes first in the quiz's safety result, with Clear my answers, and leaves for a neutral site", async () => {
      const el = await quizAtSafety();
      const bar = $(el, '[part=safety] > [part=quick-exit]');
      expect([...bar.querySelectorAll('button')].map((b) => squash(b.textContent))).to.deep.equal([
        'Leave this page quickly',
        'Clear my answers',
      ]);
      expect($(el, '[part=safety]').firstElementChild).to.equal(bar);
      const leave = button(el, 'Leave this page quickly');
      expect(leave.getAttribute('aria-describedby')).to.equal('quick-exit-hint');
      expect(text(el, '#quick-exit-hint')).to.equal('Or press Shift three times.');
      leave.focus();
      await sendKeys({ press: 'Enter' });
      expect(visits).to.deep.equal(['https://www.bbc.co.uk/weather']);
    });

    it("goes to the host's exit-url (a relative one against the page), and never to a script URL", async () => {
      const el = await quizAtSafety({ lang: 'en-GB' }, { 'exit-url': '/weather' });
      button(el, 'Leave this page quickly').click();
      el.setAttribute('exit-url', 'javascript:alert(1)');
      await settle(el);
      button(el, 'Leave this page quickly').click();
      expect(visits).to.deep.equal([`${location.origin}/weather`, 'https://www.bbc.co.uk/weather']);
    });

    it('leaves when Shift is pressed three times in a row', async () => {
      const el = await quizAtSafety();
      button(el, 'Clear my answers').focus();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(visits).to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      expect(visits).to.deep.equal(['https://www.bbc.co.uk/weather']);
    });

    it('does not leave on two presses, and says how many more are needed', async () => {
      const el = await quizAtSafety();
      await sendKeys({ press: 'Shift' });
      await settle(el);
      expect(text(el, '[role=status]')).to.equal('Shift: press 2 more times to leave this page.');
      await sendKeys({ press: 'Shift' });
      await settle(el);
      expect(text(el, '[role=status]')).to.equal('Shift: press once more to leave this page.');
      expect(visits).to.deep.equal([]);
    });

    it('does not count Shift held for another key, nor presses with another key between', async () => {
      await quizAtSafety();
      await sendKeys({ press: 'Shift' });
      // A capital letter: Shift as a modifier, and a key between.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(visits).to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      expect(visits).to.have.length(1);
    });

    it('counts presses at most a second apart: slower ones start the count again', async () => {
      await quizAtSafety();
      const start = performance.now() + 10_000;
      releaseShift(start);
      releaseShift(start + 1500);
      releaseShift(start + 3000);
      expect(visits).to.deep.equal([]);
      releaseShift(start + 4000);
      releaseShift(start + 4900);
      expect(visits).to.deep.equal(['https://www.bbc.co.uk/weather']);
    });

    it('does nothing on Shift while no safety result is shown', async () => {
      const el = await make<ReciproQuiz>('recipro-quiz', safetyQuiz(), {}, { lang: 'en-GB' });
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(visits).to.deep.equal([]);
      expect($(el, '.quick-exit')).to.not.exist;
    });

    it('Clear my answers forgets the answers here and on this device, back at the start, and says so', async () => {
      const el = await quizAtSafety({ lang: 'en-GB' }, { persist: 'local' });
      expect(localStorage.getItem('recipro:quiz:small-quiz')).to.not.equal(null);
      button(el, 'Clear my answers').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(localStorage.getItem('recipro:quiz:small-quiz')).to.equal(null);
      expect($(el, '[part=result]')).to.not.exist;
      expect(el.value).to.equal(null);
      expect(deepActiveElement()).to.equal($(el, '#intro-heading'));
      expect(text(el, '[role=status]')).to.equal('Your answers have been cleared from this device.');
      button(el, 'Start').click();
      await settle(el);
      expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.equal(false);
    });

    it('heads the checklist result when a safety sign is ticked; by keyboard and by three Shifts', async () => {
      const el = await checklistAtSafety();
      const result = $(el, '[part=result]');
      expect(result.firstElementChild!.getAttribute('part')).to.equal('quick-exit');
      button(el, 'Leave this page quickly').focus();
      await sendKeys({ press: 'Space' });
      expect(visits).to.have.length(1);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(visits).to.have.length(2);
      await expectAccessible(el);
      // Unticked: no safety result, no way out, Shift does nothing.
      $$<HTMLInputElement>(el, 'input[type=checkbox]')[3]!.click();
      await settle(el);
      expect($(el, '.quick-exit')).to.not.exist;
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(visits).to.have.length(2);
    });

    it("heads the stepper's support section, and Shift leaves only while that section is open", async () => {
      const el = await make<ReciproStepper>('recipro-stepper', supportStepper(), {}, { lang: 'en-GB' });
      const details = $<HTMLDetailsElement>(el, 'details.resources-more');
      expect(details.open).to.equal(false);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(visits).to.deep.equal([]);
      $(el, 'details.resources-more > summary').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(details.open).to.equal(true);
      expect(details.querySelector('summary')!.nextElementSibling!.getAttribute('part')).to.equal('quick-exit');
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(visits).to.deep.equal(['https://www.bbc.co.uk/weather']);
      await expectAccessible(el);
    });
  });

  describe('the support disclosure', () => {
    it('looks like a control: a visible marker, a button edge, 44 px tall, a focus ring', async () => {
      for (const el of [
        await make<ReciproQuiz>('recipro-quiz', safetyQuiz()),
        await make<ReciproChecklist>('recipro-checklist', safetyChecklist()),
        await make<ReciproStepper>('recipro-stepper', supportStepper()),
      ]) {
        if (el.localName === 'recipro-quiz') {
          // The quiz shows its disclosure on a result without a safety concern.
          button(el, 'Start').click();
          await settle(el);
          for (let i = 0; i < 5; i++) {
            $$<HTMLInputElement>(el, 'input[type=radio]')[0]!.click();
            await settle(el);
            $<HTMLButtonElement>(el, '.actions .primary').click();
            await settle(el);
          }
        }
        const summary = $(el, 'details.resources-more > summary');
        const style = getComputedStyle(summary);
        expect(style.display, el.localName).to.equal('list-item');
        expect(style.listStyleType).to.equal('disclosure-closed');
        expect(style.borderTopWidth).to.equal('2px');
        expect(summary.getBoundingClientRect().height).to.be.at.least(44);
        summary.focus();
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()).to.equal(summary);
        expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(getComputedStyle(summary).listStyleType).to.equal('disclosure-open');
        await expectAccessible(el);
      }
    });

    it('prints open: the folds open before printing and close again after', async () => {
      const el = await make<ReciproChecklist>('recipro-checklist', safetyChecklist(), {}, { lang: 'en-GB' });
      const details = $<HTMLDetailsElement>(el, 'details.resources-more');
      expect(details.open).to.equal(false);
      window.dispatchEvent(new Event('beforeprint'));
      expect(details.open).to.equal(true);
      expect(details.querySelector<HTMLDetailsElement>('details.other-regions')!.open).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(details.open).to.equal(false);
      expect(details.querySelector<HTMLDetailsElement>('details.other-regions')!.open).to.equal(false);
      // A fold the reader opened stays open.
      details.open = true;
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
      expect(details.open).to.equal(true);
    });

    it('shows its services on the printed page, with no heading left empty, in every element', async () => {
      const elements = [
        await make<ReciproChecklist>('recipro-checklist', safetyChecklist()),
        await make<ReciproStepper>('recipro-stepper', supportStepper()),
      ];
      await emulateMedia({ media: 'print' });
      try {
        for (const el of elements) {
          const details = $<HTMLDetailsElement>(el, 'details.resources-more');
          expect(details.open, el.localName).to.equal(false);
          const resources = details.querySelector<HTMLElement>('[part=resources]')!;
          expect(resources.checkVisibility(), el.localName).to.equal(true);
          expect(resources.getBoundingClientRect().height).to.be.greaterThan(100);
          expect(details.querySelector<HTMLElement>('.quick-exit')?.checkVisibility() ?? false).to.equal(false);
        }
      } finally {
        await emulateMedia({ media: 'screen' });
        // Setting a media type drops the emulated features: restore the one `expectAccessible` relies on.
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });
  });

  describe('"Copied" on the copy button', () => {
    /** Holds the element's timers so the test runs them; returns them. */
    const holdTimers = (el: Element) => {
      const timers: { run: () => void; ms: number }[] = [];
      (el as unknown as Hooks).later = (run, ms) => timers.push({ run, ms });
      return timers;
    };

    const copyIn = async (el: Lit, timers: { run: () => void; ms: number }[]) => {
      const clipboard = captureClipboard();
      try {
        const copy = button(el, 'Copy as text');
        copy.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(squash(copy.textContent), el.localName).to.equal('Copied');
        expect(text(el, '[role=status]')).to.equal('Copied.');
        expect(timers).to.have.length(1);
        expect(timers[0]!.ms).to.be.within(2000, 5000); // a few seconds
        await expectAccessible(el);
        timers[0]!.run();
        await settle(el);
        expect(squash(copy.textContent)).to.equal('Copy as text');
      } finally {
        clipboard.restore();
      }
    };

    it('shows "Copied" for a few seconds in the quiz, checklist and stepper, then the label returns', async () => {
      const quiz = await quizAtSafety();
      await copyIn(quiz, holdTimers(quiz));
      const checklist = await checklistAtSafety();
      await copyIn(checklist, holdTimers(checklist));
      const stepper = await make<ReciproStepper>('recipro-stepper', supportStepper());
      button(stepper, 'Summary').click();
      await settle(stepper);
      await copyIn(stepper, holdTimers(stepper));
    });

    it('says nothing on the button when the copy is blocked', async () => {
      const el = await checklistAtSafety();
      const timers = holdTimers(el);
      const original = navigator.clipboard.writeText;
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
      try {
        button(el, 'Copy as text').click();
        await settle(el);
      } finally {
        navigator.clipboard.writeText = original;
      }
      expect(button(el, 'Copy as text')).to.exist;
      expect(timers).to.deep.equal([]);
    });
  });

  describe('direction', () => {
    const direction = (el: Element) => $(el, '[part=base]').getAttribute('dir');

    it("an element with its own locale takes that language's direction on a left-to-right page", async () => {
      const around = { lang: 'en', dir: 'ltr' };
      const quiz = await make<ReciproQuiz>('recipro-quiz', undefined, { locale: 'ar' }, around);
      expect(direction(quiz)).to.equal('rtl');
      const checklist = await make<ReciproChecklist>('recipro-checklist', undefined, { locale: 'ar' }, around);
      expect(direction(checklist)).to.equal('rtl');
      // Next sits at the inline end: on the left.
      button(quiz, 'لنبدأ').click();
      await settle(quiz);
      const [back, next] = $$<HTMLButtonElement>(quiz, '.actions button');
      expect(next!.getBoundingClientRect().right).to.be.at.most(back!.getBoundingClientRect().left);
      await expectAccessible(quiz);
    });

    it("keeps the element's own dir, and the page's when the element has no locale of its own", async () => {
      const own = await make<ReciproQuiz>('recipro-quiz', undefined, { locale: 'ar', dir: 'ltr' }, { dir: 'rtl' });
      expect(direction(own)).to.equal('ltr');
      const page = await make<ReciproQuiz>('recipro-quiz', undefined, {}, { lang: 'ar', dir: 'ltr' });
      expect(direction(page)).to.equal('ltr');
    });

    it('lays the Arabic stepper out right to left on an English page, its letters kept', async () => {
      await setViewport({ width: 1100, height: 800 });
      const el = await make<ReciproStepper>('recipro-stepper', undefined, { locale: 'ar' }, { lang: 'en', dir: 'ltr' });
      expect(direction(el)).to.equal('rtl');
      const nav = $(el, '.steps-nav').getBoundingClientRect();
      const step = $(el, '[part=step]').getBoundingClientRect();
      expect(nav.left).to.be.greaterThan(step.left); // the step list on the right, the step on the left
      expect($$(el, '.step-link .letter').map((l) => l.textContent)).to.deep.equal(['R', 'E', 'C', 'I', 'P', 'R', 'O']);
      await expectAccessible(el);
    });
  });

  describe('on a 390 px phone', () => {
    beforeEach(() => setViewport({ width: 390, height: 800 }));

    it('shows each safety result without sideways scrolling, and passes axe', async () => {
      const quiz = await quizAtSafety();
      const checklist = await checklistAtSafety();
      const stepper = await stepperWithSupport();
      for (const el of [quiz, checklist, stepper]) {
        const base = $(el, '[part=base]');
        expect(base.scrollWidth, el.localName).to.be.at.most(base.clientWidth);
        // Opaque text on the way out (axe only flags a transparent colour for review).
        const exit = getComputedStyle($(el, '.quick-exit'));
        expect(exit.color, el.localName).to.not.equal('rgba(0, 0, 0, 0)');
        expect(exit.color).to.not.equal(exit.backgroundColor);
        for (const call of $$(el, 'a.call, .quick-exit')) {
          if (call.checkVisibility()) expect(call.getBoundingClientRect().height).to.be.at.least(44);
        }
        await expectAccessible(el);
      }
    });
  });
});
