import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { reciprocityBalance } from '../../src/content/quiz/reciprocity-balance.js';
import { smallChecklist, smallQuiz } from '../fixtures/definitions.js';
import { $, $$, deepActiveElement, expectAccessible, settle, squash, text } from '../helpers.js';
import './builder-forms-host.js';
import type { FormsTestHost } from './builder-forms-host.js';

async function host(kind: 'checklist' | 'quiz', draft: unknown, lang = 'en'): Promise<FormsTestHost> {
  const el = await fixture<FormsTestHost>(html`<forms-test-host
    .kind=${kind}
    .language=${lang}
    .draft=${structuredClone(draft) as Record<string, unknown>}
  ></forms-test-host>`);
  await settle(el);
  return el;
}

/** Presses `keys` one after another (`Shift+Tab` holds Shift), letting the host draw after each. */
async function press(el: FormsTestHost, ...keys: string[]): Promise<void> {
  for (const combo of keys) {
    const [key, ...held] = combo.split('+').reverse();
    for (const modifier of held) await sendKeys({ down: modifier });
    await sendKeys({ press: key! });
    for (const modifier of held) await sendKeys({ up: modifier });
    await settle(el);
  }
}

async function type(el: FormsTestHost, value: string): Promise<void> {
  await sendKeys({ type: value });
  await settle(el);
}

const focusedId = () => deepActiveElement()?.id;

/** The undo steps the edits make: consecutive edits with one coalesce key are one. */
const steps = (el: FormsTestHost) =>
  el.edits.filter((edit, i) => !edit.coalesce || el.edits[i + 1]?.coalesce !== edit.coalesce).map((edit) => edit.label);

describe('builder forms', () => {
  describe('checklist form', () => {
    it('is accessible (WCAG 2.2 AA)', async () => {
      const el = await host('checklist', smallChecklist);
      await expectAccessible(el);
    });

    it('builds a five-sign checklist from blank with the keyboard only', async () => {
      const el = await host('checklist', { kind: 'checklist' });
      expect(text(el, '#field-items')).to.contain('None yet.');
      $(el, '#field-items-add').focus();
      const signs = [
        'Both of us feel heard',
        'We both make plans',
        'Thanks go both ways',
        'We share the chores',
        'Either of us can ask for help',
      ];
      for (const [index, sign] of signs.entries()) {
        await press(el, 'Enter');
        expect(focusedId()).to.equal(`field-items-${index}-text`);
        await type(el, sign);
        if (index === 4) break;
        // The third sign reads the other way: its polarity select is next after its text.
        if (index === 2) await press(el, 'Tab', 'ArrowDown', 'ArrowDown', 'Tab', 'Tab', 'Tab', 'Tab');
        else await press(el, 'Tab', 'Tab', 'Tab', 'Tab', 'Tab');
        expect(focusedId()).to.equal('field-items-add');
      }
      // From the fifth sign's text back to its Move up button (Move down is disabled: it is last); up twice.
      await press(el, 'Shift+Tab', 'Shift+Tab');
      expect(focusedId()).to.equal('field-items-4-up');
      await press(el, 'Enter');
      expect(focusedId()).to.equal('field-items-3-up');
      await press(el, 'Enter');
      expect(focusedId()).to.equal('field-items-2-up');
      // Into its text, and one down again with Alt+ArrowDown: the text keeps focus.
      await press(el, 'Tab', 'Tab', 'Tab', 'Alt+ArrowDown');
      expect(focusedId()).to.equal('field-items-3-text');

      expect(el.draft['items']).to.deep.equal([
        { id: 'sign-1', text: 'Both of us feel heard' },
        { id: 'sign-2', text: 'We both make plans' },
        { id: 'sign-3', text: 'Thanks go both ways', polarity: 'warning' },
        { id: 'sign-5', text: 'Either of us can ask for help' },
        { id: 'sign-4', text: 'We share the chores' },
      ]);
      expect($$<HTMLTextAreaElement>(el, 'textarea[id$="-text"]').map((t) => t.value)).to.deep.equal([
        'Both of us feel heard',
        'We both make plans',
        'Thanks go both ways',
        'Either of us can ask for help',
        'We share the chores',
      ]);
      // One undo step per word typed in a field, not per key.
      expect(steps(el)).to.deep.equal([
        'Add a sign',
        'Change: Text',
        'Add a sign',
        'Change: Text',
        'Add a sign',
        'Change: Text',
        'Change: Polarity',
        'Change: Polarity',
        'Add a sign',
        'Change: Text',
        'Add a sign',
        'Change: Text',
        'Move: Sign 5',
        'Move: Sign 4',
        'Move: Sign 3',
      ]);
    });

    it('shows the issues at each field, and removes a sign', async () => {
      const el = await host('checklist', {
        ...smallChecklist,
        items: [...smallChecklist.items, { id: smallChecklist.items[0]!.id, text: '' }],
      });
      const last = smallChecklist.items.length;
      const field = $<HTMLTextAreaElement>(el, `#field-items-${last}-text`);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = field.getAttribute('aria-describedby')!;
      expect(squash(el.shadowRoot!.getElementById(describedBy)!.textContent)).to.not.equal('');
      $(el, `#field-items-${last}-remove`).click();
      await settle(el);
      expect((el.draft['items'] as unknown[]).length).to.equal(last);
      expect($$(el, '.issues')).to.have.length(0);
      expect(focusedId()).to.equal(`field-items-${last - 1}-remove`);
    });
  });

  describe('quiz form', () => {
    it('is accessible (WCAG 2.2 AA)', async () => {
      const el = await host('quiz', smallQuiz);
      await expectAccessible(el);
    });

    it('draws the bands over the score range, and marks a gap on the bar, in words and on the band list', async () => {
      const el = await host('quiz', reciprocityBalance);
      expect(text(el, '#field-bandings-0-bands-bar .range-words')).to.contain(
        'The bands cover -100 to 100 with no gap and no overlap.',
      );
      expect($$(el, '#field-bandings-0-bands-bar rect.gap')).to.have.length(0);
      const max = $<HTMLInputElement>(el, '#field-bandings-0-bands-0-max');
      expect(max.value).to.equal('-20');
      max.focus();
      await press(el, 'Control+A');
      await type(el, '-30');

      const gap = $$(el, '#field-bandings-0-bands-bar rect.gap');
      expect(gap).to.have.length(1);
      // -100 … 100 drawn over 1000 units: -30 … -20 is 350 … 400.
      expect([gap[0]!.getAttribute('x'), gap[0]!.getAttribute('width')]).to.deep.equal(['350', '50']);
      expect(text(el, '#field-bandings-0-bands-bar .range-words .gap')).to.equal('Gap from -30 to -20');
      const list = $(el, '#field-bandings-0-bands');
      expect(list.getAttribute('aria-describedby')).to.equal('field-bandings-0-bands-issues');
      expect(text(el, '#field-bandings-0-bands-issues')).to.equal(
        'gap between bands "receive-more" and "balanced": nothing covers -30 to -20',
      );
      expect(steps(el)).to.deep.equal(['Change: Up to']);
    });

    it('warns, without an issue, when no question has a safety rule', async () => {
      const withRule = await host('quiz', smallQuiz);
      expect($(withRule, '.notice.warning')).to.equal(null);

      const items = smallQuiz.items.map(({ safety: _, ...item }) => item);
      const el = await host('quiz', { ...smallQuiz, items });
      expect(text(el, '.notice.warning')).to.equal(
        'Warning: No safety rule: a reader who signals fear or control will not be shown support first. ' +
          'Add one to a question under Questions.',
      );
      expect($$(el, '.issues')).to.have.length(0);
    });
  });
});
