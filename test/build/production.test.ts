// The production build itself (minified code, minified styles), not the source: every element in
// its first and its last state passes axe (WCAG 2.2 AA) at 800 and at 320 px, with no console error.
// Run `npm run build` first; `npm test` does.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { button, expectAccessible, settle, type Lit } from '../helpers.js';

const errors: string[] = [];

/** Axe at both widths, then back to the default width. */
async function accessibleAtBothWidths(el: Lit): Promise<void> {
  await expectAccessible(el);
  await setViewport({ width: 320, height: 640 });
  await expectAccessible(el);
  expect(document.documentElement.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(320);
  await setViewport({ width: 800, height: 600 });
}

describe('the production build (dist/recipro.js)', () => {
  before(async () => {
    const original = console.error;
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      original(...args);
    };
    await import('/dist/recipro.js' as string);
  });

  afterEach(() => expect(errors).to.deep.equal([]));

  it('defines the elements from the built file, not the source', () => {
    const quiz = customElements.get('recipro-quiz')!;
    expect(quiz).to.exist;
    // Minified: the styles lost the indentation they have in the source.
    expect(String((quiz as unknown as { styles: unknown[] }).styles)).to.not.match(/\n\s{2,}/);
  });

  it('the quiz, from its introduction to its result', async () => {
    const el = await fixture<Lit>(html`<recipro-quiz></recipro-quiz>`);
    await settle(el);
    await accessibleAtBothWidths(el);
    button(el, 'Start')!.click();
    await settle(el);
    await accessibleAtBothWidths(el);
    const items = (el as unknown as { quiz: { items: { dimension?: string }[] } }).quiz.items;
    for (const item of items) {
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[item.dimension ? 3 : 0]!.click();
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      await settle(el);
    }
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Your result');
    await accessibleAtBothWidths(el);
  });

  it('the quiz in Arabic, right to left, from its introduction to its result', async () => {
    const el = await fixture<Lit>(html`<recipro-quiz locale="ar"></recipro-quiz>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('dir')).to.equal('rtl');
    await accessibleAtBothWidths(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await settle(el);
    const items = (el as unknown as { quiz: { items: { dimension?: string }[] } }).quiz.items;
    for (const item of items) {
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[item.dimension ? 1 : 0]!.click();
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      await settle(el);
    }
    expect(el.shadowRoot!.querySelector('[part~=chart]')).to.exist;
    await accessibleAtBothWidths(el);
  });

  it('the checklist, empty and with every sign checked and its takeaway', async () => {
    const el = await fixture<Lit>(html`<recipro-checklist></recipro-checklist>`);
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('input[type=checkbox]').length).to.be.greaterThan(0);
    await accessibleAtBothWidths(el);
    for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.click();
    await settle(el);
    button(el, 'See what this means')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~=result]')).to.exist;
    await accessibleAtBothWidths(el);
  });

  it('the stepper, at its first step and at its summary', async () => {
    const el = await fixture<Lit>(html`<recipro-stepper></recipro-stepper>`);
    await settle(el);
    await accessibleAtBothWidths(el);
    for (let step = 0; step < 7; step++) {
      button(el, step < 6 ? 'Done — next step' : 'Done — see summary')!.click();
      await settle(el);
    }
    expect(el.shadowRoot!.querySelector('[part~=summary]')).to.exist;
    await accessibleAtBothWidths(el);
  });
});
