import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ar } from '../../src/locales/ar/index.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { serializeProgress, type ResultPayload, type StepperDefinition } from '../../src/core/index.js';
import { reciproSteps } from '../../src/content/stepper/recipro-steps.js';
import type { ReciproStepper } from '../../src/components/stepper/stepper.js';
import '../../src/components/stepper/stepper.js';
import { smallStepper } from '../fixtures/definitions.js';
import {
  $,
  $$,
  button,
  copyAsText,
  completeStepper,
  deepActiveElement,
  expectAccessible,
  failStorage,
  settle,
  shadow,
  squash,
  text,
} from '../helpers.js';
import { runElementSuite } from '../suites/element.suite.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** Text as a screen reader gets it: without `aria-hidden` parts. */
const spoken = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return squash(copy.textContent);
};
const KEY = 'recipro:stepper:recipro-steps';
const SMALL_KEY = 'recipro:stepper:small-stepper';

/** A stepper with a definition (none: the default pack) and attributes, set before it connects. */
async function stepper(definition?: unknown, attrs: Record<string, string> = {}): Promise<ReciproStepper> {
  const el = document.createElement('recipro-stepper');
  if (definition !== undefined) el.definition = definition;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await settle(el);
  return el;
}

async function press(el: ReciproStepper, label: string): Promise<void> {
  const b = button(el, label);
  expect(b, `a button "${label}"`).to.exist;
  b.click();
  await settle(el);
}

/** Writes a note as typing would: an input event per change, a change event on leaving. */
async function writeNote(el: ReciproStepper, promptId: string, value: string): Promise<void> {
  const area = $<HTMLTextAreaElement>(el, `#note-${promptId}`);
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  area.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

const listButtons = (el: ReciproStepper) => $$<HTMLButtonElement>(el, '.step-link');
const current = (el: ReciproStepper) =>
  listButtons(el)
    .filter((b) => b.getAttribute('aria-current') === 'step')
    .map((b) => spoken(b.querySelector('.name') ?? b));

/** Presses Tab until `match` holds for the focused element. */
async function tabTo(match: (active: Element) => boolean, what: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && match(active)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Captures downloads: the Blob behind each object URL and the file name of the link clicked. */
function captureDownloads() {
  const files: { name: string; type: string; text: () => Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = `blob:captured-${blobs.size}`;
    blobs.set(url, object as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href')!)!;
    files.push({ name: this.download, type: blob.type, text: () => blob.text() });
  };
  return {
    files,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Unfolds iCalendar text into `name`, `params`, `value` lines. */
function icsLines(ics: string): { name: string; params: string; value: string }[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line)!;
      return { name: match[1]!, params: match[2]!, value: match[3]! };
    });
}

describe('<recipro-stepper>', () => {
  afterEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
  });

  const duplicatePrompt = clone(smallStepper);
  duplicatePrompt.steps[1]!.prompts[1]!.id = 'p1';

  runElementSuite<ReciproStepper>({
    tag: 'recipro-stepper',
    kind: 'stepper',
    definition: smallStepper,
    title: (el) => text(el, 'h2'),
    shown: (el) => el.stepper,
    defaultPack: { id: 'recipro-steps', title: 'The RECIPRO steps' },
    preset: { id: 'recipro-steps', title: 'The RECIPRO steps' },
    unknownPreset: /preset: "nope" is not a built-in stepper \(known: recipro-steps\)$/,
    invalid: [
      {
        name: 'a wrong shape',
        definition: { ...smallStepper, steps: 'none' },
        path: 'steps',
        message: /steps: must be a list, not a text/,
      },
      {
        name: 'a prompt id used twice in a step',
        definition: duplicatePrompt,
        path: 'steps[1].prompts[1].id',
        message: /steps\[1\]\.prompts\[1\]\.id: prompt id "p1" is already used by steps\[1\]\.prompts\[0\]/,
      },
    ],
    progress: {
      async make(el) {
        await writeNote(el, 'p1', 'A note to keep');
        await press(el, 'Done — next step');
        await press(el, 'Back');
      },
      async expect(el) {
        expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('A note to keep');
        expect(squash(listButtons(el)[0]!.textContent)).to.equal('R Reflect, Done');
        expect(text(el, '[part=progress] p')).to.equal('1 of 2 done');
      },
      saved: {
        current: 'reflect',
        steps: {
          reflect: { visited: true, done: true, notes: { p1: 'A note to keep' } },
          'check-in': { visited: true },
        },
      },
      atStart(el) {
        expect(spoken($(el, '#step-heading'))).to.equal('Step 1 of 2: Reflect');
        expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('');
        expect(text(el, '[part=progress] p')).to.equal('0 of 2 done');
      },
    },
    complete: async (el) => void (await completeStepper(el)),
    events: ['recipro-change', 'recipro-step-change', 'recipro-complete'],
    attributes: [
      ['start-step', 'check-in'],
      ['submit-include', 'notes'],
    ],
    properties: { startStep: 'check-in', submitInclude: 'notes' },
  });

  describe('accessibility (axe, WCAG 2.2 AA)', () => {
    it('has no violations on a step, with the clear confirmation, and on the summary', async () => {
      const el = await stepper();
      await expectAccessible(el);
      await writeNote(el, 'p1', 'A note');
      await press(el, 'Clear my notes');
      await expectAccessible(el);
      await press(el, 'Keep my notes');
      await press(el, 'Summary');
      expect($(el, '[part=summary]')).to.exist;
      await expectAccessible(el);
    });

    it('answers a question readers ask in Observe, opened from the keyboard, with no violations', async () => {
      const el = await stepper(undefined, { 'start-step': 'observe' });
      const question = $<HTMLDetailsElement>(el, '[part=questions] details');
      expect(squash(question.querySelector('summary')!.textContent)).to.equal('What if they still do not respond?');
      // It reads as something to open: its disclosure marker shows.
      expect(getComputedStyle(question.querySelector('summary')!).display).to.equal('list-item');
      expect(question.open).to.equal(false);
      question.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(question.open).to.equal(true);
      await expectAccessible(el);
    });

    it('has no violations at 320 px, where the step list becomes a row of letters', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await stepper();
      const buttons = listButtons(el);
      expect(buttons.map((b) => squash(b.querySelector('.letter')?.textContent))).to.deep.equal([
        'R',
        'E',
        'C',
        'I',
        'P',
        'R',
        'O',
        '',
      ]);
      // The title and status are out of sight but stay in each button's name.
      expect(buttons[0]!.querySelector('.label')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(squash(buttons[0]!.textContent)).to.equal('R Reflect');
      for (const b of buttons) {
        const box = b.getBoundingClientRect();
        expect(box.width, 'target width').to.be.at.least(44);
        expect(box.height, 'target height').to.be.at.least(44);
      }
      // 44 px letters wrap at this width rather than scroll sideways.
      const base = $(el, '[part=base]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      await expectAccessible(el);
      await press(el, 'Summary');
      await expectAccessible(el);
    });

    it('at 390 px, shows the steps as a row of 44 px letters, the open one filled', async () => {
      await setViewport({ width: 390, height: 800 });
      // Colours are read at once: no fade between them.
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await stepper();
      const letters = () =>
        listButtons(el)
          .slice(0, 7)
          .map((b) => b.querySelector<HTMLElement>('.letter')!);
      for (const letter of letters()) {
        const box = letter.getBoundingClientRect();
        expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([44, 44]);
      }
      const tops = new Set(letters().map((l) => Math.round(l.getBoundingClientRect().top)));
      expect(tops.size, 'the seven letters fit on one line').to.equal(1);
      const fill = (letter: HTMLElement) => getComputedStyle(letter).backgroundColor;
      // The default accent, #2f6f5e, fills the open step's letter; the others are not filled with it.
      const accent = 'rgb(47, 111, 94)';
      expect(letters().map(fill)).to.deep.equal([accent, ...Array(6).fill('rgba(0, 0, 0, 0)')]);
      expect(getComputedStyle(letters()[0]!).color).to.equal('rgb(255, 255, 255)');
      await press(el, 'Done — next step');
      // Step 1 done (a tint, not the fill), step 2 open (filled).
      expect(fill(letters()[0]!)).to.not.equal(accent);
      expect(fill(letters()[0]!)).to.not.equal('rgba(0, 0, 0, 0)');
      expect(fill(letters()[1]!)).to.equal(accent);
      const base = $(el, '[part=base]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      await expectAccessible(el);
    });

    it('shows the full step list beside the step at wider sizes', async () => {
      const el = await stepper();
      const label = listButtons(el)[0]!.querySelector('.label')!;
      expect(label.getBoundingClientRect().width).to.be.greaterThan(40);
      expect(listButtons(el)[0]!.getBoundingClientRect().right).to.be.at.most(
        $(el, '[part=step]').getBoundingClientRect().left,
      );
    });

    it('has no violations in the dark colour scheme', async () => {
      const el = await stepper(undefined, { theme: 'dark' });
      await writeNote(el, 'p1', 'A note');
      await press(el, 'Done — next step');
      await expectAccessible(el);
    });
  });

  describe('defaults', () => {
    it('shows the RECIPRO steps with letters, statuses and the first step open', async () => {
      const el = await stepper();
      expect(el.stepper?.id).to.equal('recipro-steps');
      expect(listButtons(el).map((b) => squash(b.textContent))).to.deep.equal([
        'R Reflect',
        'E Express',
        'C Check in',
        'I Invest',
        'P Practice balance',
        'R Repair',
        'O Observe',
        'Summary',
      ]);
      expect($(el, 'nav').getAttribute('aria-label')).to.equal('Steps');
      expect(current(el)).to.deep.equal(['Reflect']);
      expect(spoken($(el, '#step-heading'))).to.equal('Step 1 of 7: Reflect');
      expect(text(el, '[part=progress] p')).to.equal('0 of 7 done');
      const bar = $<HTMLProgressElement>(el, 'progress');
      expect([bar.value, bar.max]).to.deep.equal([0, 7]);
      expect(shadow(el).getElementById(bar.getAttribute('aria-labelledby')!)!.textContent).to.equal('0 of 7 done');
      expect(text(el, '[part=step]')).to.contain(reciproSteps.steps[0]!.body);
      expect(text(el, '[part=practice]')).to.contain(reciproSteps.steps[0]!.practice.text);
      expect(text(el, '.example')).to.contain(reciproSteps.steps[0]!.example!);
      expect(button(el, 'Done — next step')).to.exist;
      expect(button(el, 'Mark as not done'), 'nothing to undo yet').to.equal(undefined);
      expect(button(el, 'Back'), 'no Back on the first step').to.equal(undefined);
      expect(text(el, 'footer .disclaimer')).to.equal(reciproSteps.disclaimer);
    });

    it('gives each prompt a labelled notes field with no limit, and so no character counter', async () => {
      const el = await stepper();
      const prompts = reciproSteps.steps[0]!.prompts;
      const fields = $$<HTMLTextAreaElement>(el, 'textarea');
      expect(fields.map((f) => squash(f.labels[0]?.textContent))).to.deep.equal(prompts.map((p) => p.text));
      for (const field of fields) {
        expect(field.maxLength).to.equal(-1);
        expect(field.getAttribute('part')).to.equal('notes');
        expect(field.hasAttribute('aria-describedby')).to.equal(false);
      }
      await writeNote(el, 'p1', 'x'.repeat(20000));
      expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.have.length(20000);
      expect(text(el, '[part=step]')).to.not.match(/characters?\b/);
      for (const prompt of $$(el, '[part=prompt]')) {
        expect([...prompt.children].map((child) => child.localName)).to.deep.equal(['label', 'textarea']);
      }
    });

    it('uses no inline styles, on a step or on the summary', async () => {
      const el = await stepper();
      expect($$(el, '[style]')).to.have.length(0);
      await press(el, 'Summary');
      expect($$(el, '[style]')).to.have.length(0);
    });

    it('opens the start-step first', async () => {
      const el = await stepper(undefined, { 'start-step': 'check-in' });
      expect(spoken($(el, '#step-heading'))).to.equal('Step 3 of 7: Check in');
      expect(current(el)).to.deep.equal(['Check in']);
      expect(text(el, '[part=practice]')).to.contain('Reciprocity check-in, every 2 weeks');
      expect(button(el, 'Add a reminder to my calendar')).to.exist;
    });

    it('prefers the saved step to the start-step', async () => {
      localStorage.setItem(
        KEY,
        serializeProgress('stepper', reciproSteps, { current: 'repair', steps: { repair: { visited: true } } }),
      );
      const el = await stepper(undefined, { 'start-step': 'check-in' });
      expect(spoken($(el, '#step-heading'))).to.equal('Step 6 of 7: Repair');
    });

    it('opens the first step for an unknown start-step, and tells the developer', async () => {
      const original = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => void warnings.push(message);
      try {
        const el = await stepper(undefined, { 'start-step': 'nope' });
        expect(spoken($(el, '#step-heading'))).to.equal('Step 1 of 7: Reflect');
      } finally {
        console.warn = original;
      }
      expect(warnings).to.deep.equal([
        '<recipro-stepper>: start-step "nope" is not a step of "recipro-steps" ' +
          '(steps: reflect, express, check-in, invest, practice-balance, repair, observe).',
      ]);
    });

    it('prints the content only: no step list, privacy controls, buttons or counts', async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', 'Printed');
      await press(el, 'Summary');
      await emulateMedia({ media: 'print' });
      try {
        for (const selector of ['nav', '[part=privacy]', 'button', 'progress']) {
          expect(
            $$(el, selector).every((node) => getComputedStyle(node).display === 'none'),
            selector,
          ).to.equal(true);
        }
        expect(getComputedStyle($(el, 'dd.note')).display).to.not.equal('none');
        expect(getComputedStyle($(el, '.summary-step')).breakInside).to.equal('avoid');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('mirrors the layout right to left on a right-to-left page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl" lang="ar"><recipro-stepper start-step="express"></recipro-stepper></div>`,
      );
      const el = wrapper.querySelector('recipro-stepper')!;
      await settle(el);
      expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
      // The page is in Arabic, so the element speaks Arabic.
      const back = button(el, ar.messages.back).getBoundingClientRect();
      const next = button(el, ar.messages.doneNext).getBoundingClientRect();
      expect(next.right).to.be.lessThan(back.left);
      expect(listButtons(el)[0]!.querySelector('.letter')!.getBoundingClientRect().left).to.be.greaterThan(
        listButtons(el)[0]!.querySelector('.name')!.getBoundingClientRect().left,
      );
    });
  });

  describe('with the keyboard alone', () => {
    it('walks through the seven steps with one button each; focus lands on each heading, with a ring', async () => {
      const el = await stepper();
      const moves: string[] = [];
      el.addEventListener('recipro-step-change', (e) => moves.push(`${e.detail.from}>${e.detail.to}`));
      const complete = new Promise<CustomEvent<ResultPayload>>((resolve) =>
        el.addEventListener('recipro-complete', (e) => resolve(e), { once: true }),
      );
      await tabTo((a) => a.localName === 'textarea', 'the first notes field');
      const steps = reciproSteps.steps;
      const ringed = (heading: Element) => {
        const style = getComputedStyle(heading);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      };
      for (const [i, step] of steps.entries()) {
        if (i > 0) {
          expect(deepActiveElement()?.id, `focus on the heading of step ${i + 1}`).to.equal('step-heading');
          expect(ringed($(el, '#step-heading')), 'a visible focus ring').to.equal('solid 3px');
          expect(text(el, '[role=status]')).to.equal(`${steps[i - 1]!.title} is done. ${i} of 7 done.`);
          await sendKeys({ press: 'Tab' });
        }
        expect(spoken($(el, '#step-heading'))).to.equal(`Step ${i + 1} of 7: ${step.title}`);
        expect(current(el)).to.deep.equal([step.title]);
        for (const [j, prompt] of step.prompts.entries()) {
          expect((deepActiveElement() as HTMLTextAreaElement).id).to.equal(`note-${prompt.id}`);
          await sendKeys({ type: `n${i}${j}` });
          if (j < step.prompts.length - 1) await sendKeys({ press: 'Tab' });
        }
        const last = i === steps.length - 1;
        const onward = last ? 'Done — see summary' : 'Done — next step';
        await tabTo((a) => squash(a.textContent) === onward, onward);
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      expect(deepActiveElement()?.id).to.equal('summary-heading');
      expect(ringed($(el, '#summary-heading'))).to.equal('solid 3px');
      expect(current(el)).to.deep.equal(['Summary']);
      const notes = $$(el, 'dd.note').map((n) => n.textContent);
      expect(notes).to.deep.equal(steps.flatMap((step, i) => step.prompts.map((_, j) => `n${i}${j}`)));
      expect(text(el, '[part=progress] p')).to.equal('7 of 7 done');
      expect(moves).to.deep.equal(steps.slice(1).map((step, i) => `${steps[i]!.id}>${step.id}`));
      const payload = (await complete).detail;
      expect(payload.result).to.deep.include({ kind: 'stepper', done: 7, total: 7 });
    });

    it('at 390 px, marks every step done and reaches the summary with Tab and Enter alone', async () => {
      await setViewport({ width: 390, height: 800 });
      const el = await stepper();
      const complete = oneEvent(el, 'recipro-complete');
      const steps = reciproSteps.steps;
      for (const i of steps.keys()) {
        const last = i === steps.length - 1;
        await tabTo((a) => a.id === 'step-done', `the way on from step ${i + 1}`);
        expect(squash(deepActiveElement()!.textContent)).to.equal(last ? 'Done — see summary' : 'Done — next step');
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(deepActiveElement()?.id).to.equal(last ? 'summary-heading' : 'step-heading');
      }
      expect(((await complete).detail as ResultPayload).result).to.deep.include({ done: 7, total: 7 });
      expect(text(el, '[part=progress] p')).to.equal('7 of 7 done');
      const base = $(el, '[part=base]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      await expectAccessible(el);
    });

    it('opens any step from the list, and goes back with Back', async () => {
      const el = await stepper();
      await tabTo((a) => squash(a.textContent).startsWith('P Practice balance'), 'the fifth step in the list');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(deepActiveElement()?.id).to.equal('step-heading');
      expect(spoken($(el, '#step-heading'))).to.equal('Step 5 of 7: Practice balance');
      expect(current(el)).to.deep.equal(['Practice balance']);
      await tabTo((a) => squash(a.textContent) === 'Back', 'Back');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(deepActiveElement()?.id).to.equal('step-heading');
      expect(current(el)).to.deep.equal(['Invest']);
    });
  });

  describe('steps and statuses', () => {
    it('shows a status only once a step is begun: in progress when visited or written, done on request', async () => {
      const el = await stepper(smallStepper);
      expect(listButtons(el).map((b) => b.querySelector('.status'))).to.deep.equal([null, null, null]);
      expect(text(el, 'nav')).to.not.contain('Not started');
      await writeNote(el, 'p1', 'Something');
      expect(squash(listButtons(el)[0]!.querySelector('.status')!.textContent)).to.equal(', In progress');
      expect(listButtons(el)[0]!.classList.contains('in-progress')).to.equal(true);
      await press(el, 'Done — next step');
      expect(squash(listButtons(el)[0]!.textContent)).to.equal('R Reflect, Done');
      expect(squash(listButtons(el)[1]!.textContent)).to.equal('C Check in, In progress');
      expect(text(el, '[role=status]')).to.equal('Reflect is done. 1 of 2 done.');
      expect(text(el, '[part=progress] p')).to.equal('1 of 2 done');
      expect($<HTMLProgressElement>(el, 'progress').value).to.equal(1);
      expect(spoken($(el, '#step-heading'))).to.equal('Step 2 of 2: Check in');
    });

    it('on a done step, offers "Next" and a way to mark it not done again, which hands focus back', async () => {
      const el = await stepper(smallStepper);
      await press(el, 'Done — next step');
      await press(el, 'Back');
      expect(button(el, 'Done — next step')).to.equal(undefined);
      expect(button(el, 'Next')).to.exist;
      await press(el, 'Mark as not done');
      expect(squash(listButtons(el)[0]!.textContent)).to.equal('R Reflect, In progress');
      expect(text(el, '[role=status]')).to.equal('Reflect is no longer marked as done. 0 of 2 done.');
      expect(button(el, 'Mark as not done')).to.equal(undefined);
      expect(deepActiveElement()?.id).to.equal('step-done');
      expect(squash(deepActiveElement()?.textContent)).to.equal('Done — next step');
      // "Next" on a done step moves on without changing it.
      await press(el, 'Done — next step');
      await press(el, 'Back');
      const seen: unknown[] = [];
      el.addEventListener('recipro-change', (e) => seen.push(e.detail));
      await press(el, 'Next');
      expect(spoken($(el, '#step-heading'))).to.equal('Step 2 of 2: Check in');
      expect(seen).to.deep.equal([]);
      expect(text(el, '[part=progress] p')).to.equal('1 of 2 done');
    });

    it('exposes the progress to the host, without the notes', async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', 'secret words');
      await press(el, 'Done — next step');
      expect(el.progress).to.deep.include({ current: 'check-in', done: 1, total: 2, complete: false });
      expect(el.progress!.steps).to.deep.equal([
        { id: 'reflect', status: 'done', notes: 1 },
        { id: 'check-in', status: 'in-progress', notes: 0 },
      ]);
      expect(JSON.stringify(el.progress)).to.not.contain('secret');
      const broken = await stepper({ kind: 'stepper' });
      expect(broken.progress).to.equal(undefined);
    });

    it('keeps a step in progress when its note is erased, and stores no empty note', async () => {
      const el = await stepper(smallStepper, { persist: 'local' });
      await writeNote(el, 'p1', 'Something');
      await writeNote(el, 'p1', '');
      expect(squash(listButtons(el)[0]!.textContent)).to.equal('R Reflect, In progress');
      expect(JSON.parse(localStorage.getItem(SMALL_KEY)!).data.steps.reflect).to.deep.equal({
        visited: true,
        notes: {},
      });
    });

    it('shows the summary after the last step, with every step, its status and notes', async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', 'First thought\nsecond line');
      listButtons(el)[1]!.click();
      await settle(el);
      await writeNote(el, 'p2', 'On Sundays');
      await press(el, 'Done — see summary');
      expect(deepActiveElement()?.id).to.equal('summary-heading');
      const items = $$(el, '.summary-step');
      expect(items.map((i) => spoken(i.querySelector('h4')!))).to.deep.equal(['Reflect', 'Check in']);
      expect(items.map((i) => squash(i.querySelector('.status')!.textContent))).to.deep.equal(['In progress', 'Done']);
      expect([...items[0]!.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(['What?']);
      expect(items[0]!.querySelector('dd')!.textContent).to.equal('First thought\nsecond line');
      expect(getComputedStyle(items[0]!.querySelector('dd')!).whiteSpace).to.equal('pre-wrap');
      expect([...items[1]!.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(['When?']);
      await press(el, 'Back to the steps');
      expect(spoken($(el, '#step-heading'))).to.equal('Step 2 of 2: Check in');
      expect($<HTMLTextAreaElement>(el, '#note-p2').value).to.equal('On Sundays');
    });

    it("keeps each step's notes in its own fields when moving between steps", async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', 'Only in Reflect');
      listButtons(el)[1]!.click();
      await settle(el);
      // Check in has a prompt p1 of its own: Reflect's note must not show in it.
      expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('');
      expect($<HTMLTextAreaElement>(el, '#note-p2').value).to.equal('');
      await writeNote(el, 'p2', 'Only in Check in');
      listButtons(el)[0]!.click();
      await settle(el);
      expect(spoken($(el, '#step-heading'))).to.equal('Step 1 of 2: Reflect');
      expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('Only in Reflect');
      listButtons(el)[1]!.click();
      await settle(el);
      expect($<HTMLTextAreaElement>(el, '#note-p2').value).to.equal('Only in Check in');
    });

    it('says "No notes yet." for a step without notes, and no status for a step not begun', async () => {
      const el = await stepper(smallStepper);
      listButtons(el)[2]!.click();
      await settle(el);
      const items = $$(el, '.summary-step');
      expect(items.map((i) => squash(i.querySelector('.muted')?.textContent))).to.deep.equal([
        'No notes yet.',
        'No notes yet.',
      ]);
      // Reflect was open, so it is in progress; Check in was never opened.
      expect(items.map((i) => squash(i.querySelector('.status')?.textContent))).to.deep.equal(['In progress', '']);
      expect(text(el, '[part=summary]')).to.not.contain('Not started');
    });

    it('renders notes containing markup as text everywhere', async () => {
      const markup = '<img src=x onerror="window.__xss=1"><b>bold</b>';
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', markup);
      await press(el, 'Summary');
      expect($(el, 'dd.note').textContent).to.equal(markup);
      expect($(el, 'img')).to.not.exist;
      expect($(el, 'b')).to.not.exist;
      await press(el, 'Back to the steps');
      expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal(markup);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });
  });

  describe('support from every step', () => {
    const withSupport = () => ({
      ...smallStepper,
      resources: {
        title: 'Support',
        emergency: 'If you are in danger now, call your local emergency number.',
        items: [
          { region: 'any', name: 'A line', description: 'For anyone.', contacts: [{ label: 'Call', phone: '1' }] },
        ],
      },
    });

    it('offers the helplines once, right after each step’s buttons, opened by keyboard', async () => {
      const el = await stepper(withSupport());
      for (const stepIndex of [0, 1]) {
        listButtons(el)[stepIndex]!.click();
        await settle(el);
        expect($$(el, 'details.resources-more'), 'one fold, no second link').to.have.length(1);
        const details = $<HTMLDetailsElement>(el, 'details.resources-more');
        details.open = false;
        // The last button of the step, then Tab: the fold is next.
        $$<HTMLButtonElement>(el, '[part=step] .actions button').at(-1)!.focus();
        await sendKeys({ press: 'Tab' });
        expect(squash(deepActiveElement()?.textContent)).to.equal('Support and helplines');
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(details.open, `step ${stepIndex + 1}`).to.equal(true);
        expect(details.querySelector('a[href^="tel:"]')).to.exist;
      }
      await expectAccessible(el);
    });

    it('offers no helplines when the stepper has no support services', async () => {
      const el = await stepper(smallStepper);
      expect($(el, 'details.resources-more')).to.not.exist;
    });
  });

  describe('the summary actions', () => {
    it('offers them above the steps and again below them, the same four each time', async () => {
      const el = await stepper();
      await press(el, 'Summary');
      const summary = $(el, '[part=summary]');
      const rows = [...summary.children].filter((child) => child.matches('.actions'));
      expect(rows).to.have.length(2);
      expect(summary.children[1], 'right under the heading').to.equal(rows[0]);
      expect(summary.lastElementChild, 'after the last step').to.equal(rows[1]);
      for (const row of rows)
        expect([...row.querySelectorAll('button')].map((b) => squash(b.textContent))).to.deep.equal([
          'Print',
          'Download my notes',
          'Copy as text',
          'Back to the steps',
        ]);
      expect(text(el, '[part=summary]')).to.not.contain('Markdown');
    });

    it('downloads the notes ("Download my notes") as a Markdown file with notes as plain text', async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', '# Not a heading\n[link](https://example.org) <img src=x>');
      await press(el, 'Done — next step');
      await press(el, 'Summary');
      const capture = captureDownloads();
      try {
        await press(el, 'Download my notes');
      } finally {
        capture.restore();
      }
      expect(capture.files).to.have.length(1);
      const file = capture.files[0]!;
      expect(file.name).to.equal('small-stepper-notes.md');
      expect(file.type).to.equal('text/markdown;charset=utf-8');
      const markdown = await file.text();
      expect(markdown).to.match(/^# Steps: Your notes\n\n1 of 2 done · /);
      expect(markdown).to.contain(
        '## R: Reflect\n\n_Done_\n\ns\n\n**What?**\n\n' +
          '> \\# Not a heading\\\n> \\[link\\](https://example.org) \\<img src=x\\>\n\n**Practice**: Do it.',
      );
      expect(markdown).to.contain('## C: Check in\n\n_In progress_\n\ns\n\n_No notes yet._\n\n**Practice**: Ask.');
      expect(markdown).to.match(/---\n\nNot therapy\.\n$/);
      expect($(el, 'a')).to.not.exist;
    });

    it('downloads a repeating calendar reminder for the Check-in and Observe practices, without notes', async () => {
      const el = await stepper();
      await writeNote(el, 'p1', 'A private note');
      await press(el, 'Summary');
      const reminders = $$<HTMLButtonElement>(el, '[part=summary] button').filter(
        (b) => squash(b.textContent) === 'Add a reminder to my calendar',
      );
      expect(reminders).to.have.length(2);
      expect(
        reminders.map((b) => squash(shadow(el).getElementById(b.getAttribute('aria-describedby')!)!.textContent)),
      ).to.deep.equal(['Reciprocity check-in, every 2 weeks', 'Notice what has changed, every 4 weeks']);
      const capture = captureDownloads();
      try {
        for (const b of reminders) b.click();
        await settle(el);
      } finally {
        capture.restore();
      }
      expect(capture.files.map((f) => [f.name, f.type])).to.deep.equal([
        ['check-in-reminder.ics', 'text/calendar;charset=utf-8'],
        ['observe-reminder.ics', 'text/calendar;charset=utf-8'],
      ]);
      const ics = await capture.files[0]!.text();
      expect(ics).to.not.contain('A private note');
      const lines = icsLines(ics);
      const value = (name: string) => lines.find((l) => l.name === name)?.value;
      expect(lines[0]).to.deep.equal({ name: 'BEGIN', params: '', value: 'VCALENDAR' });
      expect(value('SUMMARY')).to.equal('Reciprocity check-in');
      expect(value('RRULE')).to.equal('FREQ=WEEKLY;INTERVAL=2');
      expect(value('DESCRIPTION')).to.equal(
        'Set aside ten quiet minutes to ask "How are we doing?" and listen to the answer.\\n\\n' +
          'A practice from The RECIPRO steps: Check in.',
      );
      const start = new Date();
      start.setDate(start.getDate() + 14);
      const pad = (n: number) => String(n).padStart(2, '0');
      const ymd = `${start.getFullYear()}${pad(start.getMonth() + 1)}${pad(start.getDate())}`;
      expect(lines.find((l) => l.name === 'DTSTART')).to.deep.equal({
        name: 'DTSTART',
        params: ';VALUE=DATE',
        value: ymd,
      });
      expect(icsLines(await capture.files[1]!.text()).find((l) => l.name === 'RRULE')!.value).to.equal(
        'FREQ=WEEKLY;INTERVAL=4',
      );
    });

    it('offers the reminder on the step itself too', async () => {
      const el = await stepper(undefined, { 'start-step': 'observe' });
      const capture = captureDownloads();
      try {
        await press(el, 'Add a reminder to my calendar');
      } finally {
        capture.restore();
      }
      expect(capture.files.map((f) => f.name)).to.deep.equal(['observe-reminder.ics']);
    });

    it('copies the summary as plain text, notes verbatim', async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', '<b>mine</b>\nline two');
      await press(el, 'Summary');
      const copies = await copyAsText(el);
      const [copied = ''] = copies;
      expect(copied).to.match(/^Steps: Your notes\n0 of 2 done · /);
      expect(copied).to.contain('R: Reflect (In progress)\ns\n\nWhat?\n  <b>mine</b>\n  line two\n\nPractice: Do it.');
      expect(copied).to.contain('C: Check in\ns\n\nNo notes yet.');
      expect(text(el, '[role=status]')).to.equal('Copied.');
    });

    it('says so when the clipboard is blocked', async () => {
      const el = await stepper(smallStepper);
      await press(el, 'Summary');
      const original = navigator.clipboard.writeText;
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
      try {
        await press(el, 'Copy as text');
        await settle(el);
      } finally {
        navigator.clipboard.writeText = original;
      }
      expect(text(el, '[role=status]')).to.equal('Copying is blocked on this page; select the text to copy it.');
    });

    it('prints', async () => {
      const el = await stepper(smallStepper);
      await press(el, 'Summary');
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        await press(el, 'Print');
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });
  });

  describe('privacy and persistence', () => {
    it('writes nothing to any storage until the reader opts in', async () => {
      const original = Storage.prototype.setItem;
      let writes = 0;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        writes++;
        original.call(this, key, value);
      };
      try {
        const el = await stepper();
        const keep = $<HTMLInputElement>(el, '#keep');
        expect(keep.checked).to.equal(false);
        expect(squash(keep.labels?.[0]?.textContent)).to.equal('Keep my notes on this device');
        expect(text(el, '#keep-hint')).to.equal('Off: your notes stay on this page only until you leave or reload it.');
        await writeNote(el, 'p1', 'Private');
        await press(el, 'Done — next step');
        await writeNote(el, 'p2', 'Also private');
        await press(el, 'Done — next step');
        await press(el, 'Summary');
        expect(localStorage.length + sessionStorage.length).to.equal(0);
        expect(writes).to.equal(0);
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('keeps notes and progress across a reload once the reader opts in', async () => {
      const first = await stepper();
      await writeNote(first, 'p1', 'Before opting in');
      $<HTMLInputElement>(first, '#keep').click();
      await settle(first);
      expect(text(first, '[role=status]')).to.equal('Your notes will be kept on this device.');
      expect(text(first, '#keep-hint')).to.equal(
        'Your notes are saved in this browser only, and removed after 30 days without changes.',
      );
      expect(Object.keys(localStorage)).to.deep.equal([KEY]);
      await press(first, 'Done — next step');
      await writeNote(first, 'p2', 'After');
      first.remove();

      const second = await stepper();
      expect($<HTMLInputElement>(second, '#keep').checked).to.equal(true);
      expect(spoken($(second, '#step-heading'))).to.equal('Step 2 of 7: Express');
      expect($<HTMLTextAreaElement>(second, '#note-p2').value).to.equal('After');
      expect(squash(listButtons(second)[0]!.textContent)).to.equal('R Reflect, Done');
      await press(second, 'Back');
      expect($<HTMLTextAreaElement>(second, '#note-p1').value).to.equal('Before opting in');
    });

    it('forgets the stored notes when the reader opts out, keeping them on screen', async () => {
      const el = await stepper();
      $<HTMLInputElement>(el, '#keep').click();
      await settle(el);
      await writeNote(el, 'p1', 'Keep me here');
      expect(localStorage.length).to.equal(1);
      $<HTMLInputElement>(el, '#keep').click();
      await settle(el);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('Keep me here');
      expect(text(el, '[role=status]')).to.equal(
        'Your notes are no longer kept on this device. They stay on this page until you leave it.',
      );
      await writeNote(el, 'p1', 'Still here');
      expect(localStorage.length).to.equal(0);
    });

    it('says where the notes are kept with persist, and offers no opt-in', async () => {
      for (const mode of ['local', 'session'] as const) {
        const el = await stepper(smallStepper, { persist: mode });
        expect($(el, '#keep')).to.not.exist;
        expect(text(el, '[part=privacy] p')).to.equal(
          mode === 'local'
            ? 'Your notes are kept in this browser on this device, and removed after 30 days without changes.'
            : 'Your notes are kept in this browser tab until you close it.',
        );
        el.remove();
      }
    });

    it('clears every key it stored and the notes on screen, after a confirmation', async () => {
      sessionStorage.setItem(
        KEY,
        serializeProgress('stepper', reciproSteps, { steps: { reflect: { notes: { p1: 'old' } } } }),
      );
      const el = await stepper();
      $<HTMLInputElement>(el, '#keep').click();
      await settle(el);
      await writeNote(el, 'p1', 'To be cleared');
      await press(el, 'Done — next step');
      await press(el, 'Back');
      await press(el, 'Clear my notes');
      expect(text(el, '#clear-question')).to.equal(
        'Clear all your notes and progress from this page and this device? This cannot be undone.',
      );
      expect(deepActiveElement()?.id).to.equal('clear-cancel');
      await press(el, 'Keep my notes');
      expect(localStorage.length).to.equal(1);
      expect(deepActiveElement()?.id).to.equal('clear');
      await press(el, 'Clear my notes');
      await press(el, 'Yes, clear my notes');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('');
      expect(text(el, '[part=progress] p')).to.equal('0 of 7 done');
      expect($<HTMLInputElement>(el, '#keep').checked).to.equal(false);
      expect(text(el, '[role=status]')).to.equal('Your notes have been cleared from this device.');
      // With the notes gone, so is "Clear my notes": focus moves to the open step's heading.
      expect(button(el, 'Clear my notes')).to.equal(undefined);
      expect(deepActiveElement()?.id).to.equal('step-heading');
      el.remove();
      const again = await stepper();
      expect($<HTMLTextAreaElement>(again, '#note-p1').value).to.equal('');
    });

    it('offers "Clear my notes" only while there are notes to clear', async () => {
      const el = await stepper(smallStepper);
      expect(button(el, 'Clear my notes'), 'before any note').to.equal(undefined);
      expect(text(el, '[part=privacy]')).to.not.contain('Clear');
      await press(el, 'Done — next step');
      expect(button(el, 'Clear my notes'), 'a step done, still no note').to.equal(undefined);
      await writeNote(el, 'p2', 'A first note');
      expect(button(el, 'Clear my notes')).to.exist;
      await writeNote(el, 'p2', '   ');
      expect(button(el, 'Clear my notes'), 'only blanks left').to.equal(undefined);
    });

    it('clears the notes on the summary too, moving focus to its heading', async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', 'Only here');
      await press(el, 'Summary');
      await press(el, 'Clear my notes');
      await press(el, 'Yes, clear my notes');
      expect(text(el, '[part=summary]')).to.not.contain('Only here');
      expect(deepActiveElement()?.id).to.equal('summary-heading');
    });

    it('clears the notes on screen when nothing was stored', async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', 'Only here');
      await press(el, 'Clear my notes');
      await press(el, 'Yes, clear my notes');
      expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    });

    it('clears the notes on screen even when storage refuses to remove them', async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', 'Only here');
      const undo = failStorage('removeItem', () => new DOMException('blocked', 'SecurityError'));
      try {
        await press(el, 'Clear my notes');
        await press(el, 'Yes, clear my notes');
      } finally {
        undo();
      }
      expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('');
      expect(text(el, '[role=status]')).to.equal('Your notes have been cleared from this device.');
    });

    it('treats corrupt notes from an earlier opt-in as that opt-in', async () => {
      localStorage.setItem(KEY, 'not json');
      const el = await stepper();
      expect($<HTMLInputElement>(el, '#keep').checked).to.equal(true);
      await writeNote(el, 'p1', 'New');
      expect(JSON.parse(localStorage.getItem(KEY)!).data.steps.reflect.notes.p1).to.equal('New');
    });

    it("keeps the session's notes when storage throws after the reader opts in, and quietly says so", async () => {
      const undo = failStorage('setItem');
      try {
        const el = await stepper(smallStepper);
        $<HTMLInputElement>(el, '#keep').click();
        await settle(el);
        expect(text(el, '[part=notice]')).to.equal('Your progress is not being saved on this device.');
        expect($(el, '[part=notice]').getAttribute('role')).to.equal(null);
        await writeNote(el, 'p1', 'Not lost');
        await press(el, 'Done — next step');
        await press(el, 'Back');
        expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('Not lost');
        await press(el, 'Summary');
        expect($(el, 'dd.note').textContent).to.equal('Not lost');
      } finally {
        undo();
      }
    });

    it('keeps the notes when storage starts failing mid-session', async () => {
      const el = await stepper(smallStepper, { persist: 'local' });
      await writeNote(el, 'p1', 'Saved');
      const undo = failStorage('setItem');
      try {
        await writeNote(el, 'p1', 'Saved, then more');
        expect(text(el, '[part=notice]')).to.equal('Your progress is not being saved on this device.');
        await press(el, 'Done — next step');
        await press(el, 'Back');
        expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('Saved, then more');
      } finally {
        undo();
      }
    });

    it('offers the opt-in, unchecked, when reading storage throws', async () => {
      const undo = failStorage('getItem', () => new DOMException('blocked', 'SecurityError'));
      try {
        const el = await stepper(smallStepper);
        expect($(el, '[role=alert]')).to.not.exist;
        expect($<HTMLInputElement>(el, '#keep').checked).to.equal(false);
        await writeNote(el, 'p1', 'Fine');
        expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('Fine');
      } finally {
        undo();
      }
    });
  });

  describe('events', () => {
    it('fires recipro-step-change with from and to, bubbling and composed', async () => {
      const el = await stepper(smallStepper);
      const forward = oneEvent(el, 'recipro-step-change');
      button(el, 'Done — next step').click();
      const next = await forward;
      expect(next.detail).to.deep.equal({ from: 'reflect', to: 'check-in' });
      expect(next.bubbles && next.composed).to.equal(true);
      await settle(el);
      const back = oneEvent(el, 'recipro-step-change');
      listButtons(el)[0]!.click();
      expect((await back).detail).to.deep.equal({ from: 'check-in', to: 'reflect' });
      await settle(el);
      const seen: unknown[] = [];
      el.addEventListener('recipro-step-change', (e) => seen.push(e.detail));
      listButtons(el)[0]!.click();
      await settle(el);
      await press(el, 'Summary');
      await press(el, 'Back to the steps');
      expect(seen, 'opening the open step, or the summary, is not a step change').to.deep.equal([]);
    });

    it('fires recipro-change for notes, done and not done, never with the note text', async () => {
      const el = await stepper(smallStepper);
      const details: unknown[] = [];
      el.addEventListener('recipro-change', (e) => details.push(e.detail));
      await writeNote(el, 'p1', 'secret words');
      await press(el, 'Done — next step');
      await press(el, 'Back');
      await press(el, 'Mark as not done');
      expect(details).to.deep.equal([
        { id: 'reflect', change: 'notes' },
        { id: 'reflect', change: 'done' },
        { id: 'reflect', change: 'not-done' },
      ]);
      expect(JSON.stringify(details)).to.not.contain('secret');
    });

    it('fires recipro-complete with step statuses and no notes by default', async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', 'secret words');
      await press(el, 'Done — next step');
      const completed = oneEvent(el, 'recipro-complete');
      button(el, 'Done — see summary').click();
      const event = await completed;
      const payload = event.detail as ResultPayload;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(payload.schema).to.equal('recipro-result');
      expect(payload.definition).to.deep.equal({ id: 'small-stepper', version: '1' });
      expect(payload.result).to.deep.equal({
        kind: 'stepper',
        steps: [
          { id: 'reflect', status: 'done' },
          { id: 'check-in', status: 'done' },
        ],
        done: 2,
        total: 2,
      });
      expect(payload).to.not.have.property('notes');
      expect(JSON.stringify(payload)).to.not.contain('secret');
      await settle(el);
      expect(text(el, '[role=status]')).to.equal(
        'Check in is done. 2 of 2 done. Every step is done. Your summary is ready whenever you want it.',
      );
    });

    for (const include of ['notes', 'scores, notes', 'scores notes']) {
      it(`includes the notes with submit-include="${include}", and tells the reader`, async () => {
        const el = await stepper(smallStepper, { 'submit-include': include });
        expect(text(el, '[part=privacy]')).to.contain(
          'When every step is marked as done, this website receives your notes.',
        );
        await writeNote(el, 'p1', 'shared words');
        await writeNote(el, 'p1', 'shared words ');
        await press(el, 'Done — next step');
        const completed = oneEvent(el, 'recipro-complete');
        button(el, 'Done — see summary').click();
        const payload = (await completed).detail as ResultPayload;
        expect(payload.notes).to.deep.equal({ reflect: { p1: 'shared words ' } });
      });
    }

    it('does not tell the reader notes are shared when they are not', async () => {
      const el = await stepper(smallStepper, { 'submit-include': 'scores' });
      expect(text(el, '[part=privacy]')).to.not.contain('receives your notes');
    });

    it('opens a new definition at the start-step the host set meanwhile, firing nothing', async () => {
      const el = await stepper(smallStepper);
      const seen: string[] = [];
      for (const name of ['recipro-step-change', 'recipro-change', 'recipro-complete', 'recipro-error'])
        el.addEventListener(name, () => seen.push(name));
      el.startStep = 'check-in';
      await settle(el);
      expect(spoken($(el, '#step-heading'))).to.equal('Step 1 of 2: Reflect');
      el.definition = reciproSteps;
      await settle(el);
      expect(spoken($(el, '#step-heading'))).to.equal('Step 3 of 7: Check in');
      expect(seen).to.deep.equal([]);
    });
  });

  describe('definitions', () => {
    it('keeps the notes on screen when a new version of the same definition arrives', async () => {
      const el = await stepper(smallStepper);
      await writeNote(el, 'p1', 'Still mine');
      el.definition = { ...smallStepper, version: '2' };
      await settle(el);
      expect($<HTMLTextAreaElement>(el, '#note-p1').value).to.equal('Still mine');
    });

    it('accepts a definition without letters, numbering the steps', async () => {
      const definition = clone(smallStepper) as StepperDefinition;
      for (const step of definition.steps) delete step.letter;
      const el = await stepper(definition);
      expect(listButtons(el).map((b) => squash(b.querySelector('.letter')?.textContent))).to.deep.equal(['1', '2', '']);
    });

    it('shows support resources when the definition has them', async () => {
      const definition: StepperDefinition = {
        ...smallStepper,
        resources: {
          title: 'Support',
          emergency: 'In danger now? Call your local emergency number.',
          items: [
            {
              region: 'any',
              name: 'A helpline',
              description: 'Free, any time.',
              contacts: [{ label: 'Call', phone: '+1 800 000' }],
            },
          ],
        },
      };
      const el = await stepper(definition);
      expect(text(el, 'details summary')).to.equal('Support and helplines');
      expect(text(el, '[part=resources]')).to.contain('In danger now? Call your local emergency number.');
      await expectAccessible(el);
    });
  });
});
