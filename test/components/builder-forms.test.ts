import { expect, fixture, html } from '@open-wc/testing';
import { reciprocityBalance } from '../../src/content/quiz/reciprocity-balance.js';
import { smallChecklist, smallQuiz } from '../fixtures/definitions.js';
import { $, $$, deepActiveElement, expectAccessible, settle, squash, text, pressKeys, typeKeys } from '../helpers.js';
import { formStrings } from '../../src/components/builder/forms/form-strings.js';
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

const press = pressKeys;
const type = typeKeys;
const focusedId = () => deepActiveElement()?.id;

/** The undo steps the edits make: consecutive edits with one coalesce key are one. */
const steps = (el: FormsTestHost) =>
  el.edits.filter((edit, i) => !edit.coalesce || el.edits[i + 1]?.coalesce !== edit.coalesce).map((edit) => edit.label);

describe('builder forms', () => {
  it('has every string in every language, keeping the values it is given', () => {
    for (const lang of ['en', 'fr', 'hi', 'ar']) {
      const strings = formStrings(lang);
      expect(Object.keys(strings), lang).to.deep.equal(Object.keys(formStrings('en')));
      for (const [key, value] of Object.entries(strings)) {
        const said = typeof value === 'function' ? (value as (...a: unknown[]) => string)('A1', 'B2', 'C3') : value;
        expect(said, `${lang} ${key}`).to.be.a('string').and.not.equal('');
        if (typeof value === 'function')
          for (const arg of ['A1', 'B2', 'C3'].slice(0, value.length)) expect(said).to.contain(arg);
      }
    }
    expect(formStrings('fr-CA').addSign).to.equal('Ajouter un signe');
    expect(formStrings('de').addSign).to.equal('Add a sign');
  });

  describe('checklist form', () => {
    it('is accessible (WCAG 2.2 AA)', async () => {
      const el = await host('checklist', smallChecklist);
      await expectAccessible(el);
    });

    it('builds a five-sign checklist from blank with the keyboard only', async () => {
      const el = await host('checklist', { kind: 'checklist' });
      expect(text(el, '#field-items')).to.contain('None yet.');
      $(el, '#field-items--add').focus();
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
        expect(focusedId()).to.equal('field-items--add');
      }
      // From the fifth sign's text back to its Move up button (Move down is disabled: it is last); up twice.
      await press(el, 'Shift+Tab', 'Shift+Tab');
      expect(focusedId()).to.equal('field-items-4--up');
      await press(el, 'Enter');
      expect(focusedId()).to.equal('field-items-3--up');
      await press(el, 'Enter');
      expect(focusedId()).to.equal('field-items-2--up');
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
      $(el, `#field-items-${last}--remove`).click();
      await settle(el);
      expect((el.draft['items'] as unknown[]).length).to.equal(last);
      expect($$(el, '.field-issues')).to.have.length(0);
      expect(focusedId()).to.equal(`field-items-${last - 1}--remove`);
    });

    it('reorders by dragging a handle', async () => {
      const el = await host('checklist', smallChecklist);
      const transfer = new DataTransfer();
      const drag = (target: Element, type: string) =>
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer: transfer }),
        );
      const entries = $$(el, '#field-items > ol > li');
      drag($(el, '#field-items-0 .handle'), 'dragstart');
      expect(drag(entries[2]!, 'dragover')).to.equal(false);
      drag(entries[2]!, 'drop');
      await settle(el);
      expect((el.draft['items'] as { id: string }[]).map((item) => item.id)).to.deep.equal(['b', 'c', 'a']);
      expect(steps(el)).to.deep.equal(['Move: Sign 1']);
      // A drop from another list (here: no drag at all) is not taken.
      expect(drag(entries[0]!, 'dragover')).to.equal(true);
    });

    it('marks overlaps on the range bar, and adds and removes support resources', async () => {
      const bands = smallChecklist.bands.map((band) => (band.id === 'many' ? { ...band, min: 70 } : band));
      const el = await host('checklist', { ...smallChecklist, bands });
      expect(text(el, '#field-bands--bar .range-words .overlap')).to.equal('Overlap from 70 to 80');
      expect($$(el, '#field-bands--bar rect.overlap')).to.have.length(1);
      expect(text(el, '#field-bands--issues')).to.equal('bands "some" and "many" overlap between 70 and 80');

      $(el, '#field-resources--toggle').click();
      await settle(el);
      expect(el.draft['resources']).to.deep.equal({
        title: '',
        emergency: '',
        items: [{ region: 'any', name: '', description: '', contacts: [{ label: '' }] }],
      });
      expect(focusedId()).to.equal('field-resources-title');
      expect($(el, '#field-resources-title').getAttribute('aria-invalid')).to.equal('true');
      await type(el, 'Support');
      $(el, '#field-resources-items-0-contacts-0-sms').click();
      await settle(el);
      expect((el.draft['resources'] as { items: { contacts: unknown[] }[] }).items[0]!.contacts).to.deep.equal([
        { label: '', sms: true },
      ]);
      $(el, '#field-resources--toggle').click();
      await settle(el);
      expect(el.draft['resources']).to.equal(undefined);
      expect(steps(el)).to.deep.equal([
        'Add support resources',
        'Change: Heading',
        'Change: Also takes text messages',
        'Remove support resources',
      ]);
    });

    it("speaks the author's language", async () => {
      const el = await host('checklist', smallChecklist, 'fr');
      expect(text(el, '#field-items--title')).to.equal('Signes');
      expect(text(el, '#field-items--add')).to.equal('Ajouter un signe');
      expect(text(el, '#field-bands--bar .range-words')).to.contain('Les paliers couvrent de 0 à 100');
    });
  });

  describe('quiz form', () => {
    it('is accessible (WCAG 2.2 AA)', async () => {
      const el = await host('quiz', smallQuiz);
      await expectAccessible(el);
    });

    it('draws the bands over the score range, and marks a gap on the bar, in words and on the band list', async () => {
      const el = await host('quiz', reciprocityBalance);
      expect(text(el, '#field-bandings-0-bands--bar .range-words')).to.contain(
        'The bands cover -100 to 100 with no gap and no overlap.',
      );
      expect($$(el, '#field-bandings-0-bands--bar rect.gap')).to.have.length(0);
      const max = $<HTMLInputElement>(el, '#field-bandings-0-bands-0-max');
      expect(max.value).to.equal('-20');
      max.focus();
      await press(el, 'Control+A');
      await type(el, '-30');

      const gap = $$(el, '#field-bandings-0-bands--bar rect.gap');
      expect(gap).to.have.length(1);
      // -100 … 100 drawn over 1000 units: -30 … -20 is 350 … 400.
      expect([gap[0]!.getAttribute('x'), gap[0]!.getAttribute('width')]).to.deep.equal(['350', '50']);
      expect(text(el, '#field-bandings-0-bands--bar .range-words .gap')).to.equal('Gap from -30 to -20');
      const list = $(el, '#field-bandings-0-bands');
      expect(list.getAttribute('aria-describedby')).to.equal('field-bandings-0-bands--issues');
      expect(text(el, '#field-bandings-0-bands--issues')).to.equal(
        'gap between bands "receive-more" and "balanced": nothing covers -30 to -20',
      );
      expect(steps(el)).to.deep.equal(['Change: Up to']);
    });

    it('words a question per relationship, and back to one wording', async () => {
      const el = await host('quiz', smallQuiz);
      const items = () => el.draft['items'] as { text: unknown; safety?: unknown }[];
      $(el, '#field-items-1-text--per-relationship').click();
      await settle(el);
      const same = 'I hold back help.';
      expect(items()[1]!.text).to.deep.equal({ partner: same, family: same, friend: same, colleague: same });
      $<HTMLTextAreaElement>(el, '#field-items-1-text-friend').focus();
      await press(el, 'End');
      await type(el, '!');
      expect(items()[1]!.text).to.deep.equal({ partner: same, family: same, friend: `${same}!`, colleague: same });
      // The first question already has wordings for two relationships only: they stay as they are.
      expect($<HTMLTextAreaElement>(el, '#field-items-0-text-friend').value).to.equal('I help my friend.');
      expect($<HTMLTextAreaElement>(el, '#field-items-0-text-family').value).to.equal('');
      $(el, '#field-items-1-text--per-relationship').click();
      await settle(el);
      expect(items()[1]!.text).to.equal(same);
      expect(steps(el)).to.deep.equal([
        'Change: Text: Word it differently for each relationship',
        'Change: Friend',
        'Change: Text: Word it differently for each relationship',
      ]);
    });

    it("sets a safety rule from the answers of the question's scale", async () => {
      const el = await host('quiz', smallQuiz);
      const item = () => (el.draft['items'] as Record<string, unknown>[])[2]!;
      const group = $(el, '#field-items-2-safety');
      expect(squash(group.querySelector('legend')!.textContent)).to.equal(
        'Safety rule: show support first when the answer is',
      );
      const boxes = [...group.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
      expect(boxes.map((box) => squash(box.labels![0]!.textContent))).to.deep.equal([
        'Never (1)',
        'Rarely (2)',
        'Sometimes (3)',
        'Often (4)',
        'Always (5)',
      ]);
      boxes[4]!.click();
      await settle(el);
      boxes[3]!.click();
      await settle(el);
      expect(item()['safety']).to.deep.equal({ values: [4, 5] });
      boxes[4]!.click();
      await settle(el);
      boxes[3]!.click();
      await settle(el);
      expect('safety' in item()).to.equal(false);
    });

    it('keeps the quiz-level safety message only while it says something, and drops emptied steps', async () => {
      const { safety: _, ...rest } = smallQuiz;
      const el = await host('quiz', {
        ...rest,
        steps: [smallQuiz.steps![0]!],
        bandings: [
          { ...smallQuiz.bandings[0]!, bands: smallQuiz.bandings[0]!.bands.map(({ steps: _s, ...band }) => band) },
        ],
      });
      $(el, '#field-safety-title').focus();
      await type(el, 'Hi');
      expect(el.draft['safety']).to.deep.equal({ title: 'Hi' });
      expect($(el, '#field-safety-message').getAttribute('aria-invalid')).to.equal('true');
      await press(el, 'Backspace', 'Backspace');
      expect('safety' in el.draft).to.equal(false);
      $(el, '#field-steps-0--remove').click();
      await settle(el);
      expect('steps' in el.draft).to.equal(false);
      expect(focusedId()).to.equal('field-steps--add');
    });

    it('adds each kind of entry with what the schema needs, and focuses its first field', async () => {
      const el = await host('quiz', smallQuiz);
      const added: Record<string, unknown> = {};
      for (const [list, focus] of [
        ['scales', 'field-scales-1-id'],
        ['scales-0-options', 'field-scales-0-options-5-label'],
        ['dimensions', 'field-dimensions-2-label'],
        ['items', 'field-items-5-text'],
        ['bandings', 'field-bandings-2-id'],
        ['bandings-0-bands', 'field-bandings-0-bands-3-label'],
        ['steps', 'field-steps-3-title'],
      ] as const) {
        $(el, `#field-${list}--add`).click();
        await settle(el);
        expect(focusedId(), list).to.equal(focus);
      }
      const last = (path: string[]) => {
        const list = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], el.draft) as unknown[];
        return list[list.length - 1];
      };
      added['scale'] = last(['scales']);
      added['option'] = last(['scales', '0', 'options']);
      added['dimension'] = last(['dimensions']);
      added['question'] = last(['items']);
      added['banding'] = last(['bandings']);
      added['band'] = last(['bandings', '0', 'bands']);
      added['step'] = last(['steps']);
      expect(added).to.deep.equal({
        scale: {
          id: 'scale-2',
          options: [
            { value: 1, label: '' },
            { value: 2, label: '' },
          ],
        },
        option: { value: 6, label: '' },
        dimension: { id: 'dimension-3', label: '' },
        question: { id: 'question-6', text: '', scale: 'freq', dimension: 'give' },
        banding: { id: 'result-3', score: 'give', bands: [{ id: 'band-1', min: 0, max: 100, label: '', summary: '' }] },
        // The lean score runs from -100 to 100: a new band spans it all, for the author to narrow.
        band: { id: 'band-4', min: -100, max: 100, label: '', summary: '' },
        step: { id: 'step-4', title: '', summary: '' },
      });
    });

    it('draws a draft of the wrong shapes, and edits it into the right ones', async () => {
      const el = await host('quiz', {
        kind: 'quiz',
        title: 7,
        items: 'none',
        scales: [null, 3, { id: 'odd', options: 'y' }],
        dimensions: {},
        bandings: [{ score: 4, bands: [{ min: 'a', max: null }, 'band'] }],
        steps: [],
        resources: 'help',
        safety: 5,
      });
      expect($$(el, '#field-bandings-0-bands--bar li').map((li) => squash(li.textContent))).to.deep.equal([
        'Gap from 0 to 100',
        'Band 1: no range yet',
        'Band 2: no range yet',
      ]);
      expect($<HTMLInputElement>(el, '#field-title').value).to.equal('');
      $(el, '#field-items--add').click();
      await settle(el);
      expect(el.draft['items']).to.deep.equal([{ id: 'question-1', text: '', scale: 'odd' }]);
      $(el, '#field-safety-title').focus();
      await type(el, 'S');
      expect(el.draft['safety']).to.deep.equal({ title: 'S' });
      $(el, '#field-resources-title').focus();
      await type(el, 'R');
      expect(el.draft['resources']).to.deep.equal({ title: 'R' });
    });

    it('is accessible in Arabic, right to left', async () => {
      const el = await host('quiz', smallQuiz, 'ar');
      expect(text(el, '#field-items--title')).to.equal('الأسئلة');
      await expectAccessible(el);
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
      expect($$(el, '.field-issues')).to.have.length(0);
    });
  });
});
