import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/builder/builder.js';
import type { ReciproBuilder } from '../../src/components/builder/builder.component.js';
import { DRAFT_KEY } from '../../src/components/builder/constants.js';
import { fieldId } from '../../src/components/builder/form-context.js';
import { forms } from '../../src/components/builder/forms/index.js';
import { embedSnippet } from '../../src/components/builder/snippet.js';
import { History } from '../../src/components/builder/history.js';
import { offsetOfPath, readJSONText } from '../../src/components/builder/json-text.js';
import {
  $,
  $$,
  captureClipboard,
  deepActiveElement,
  expectAccessible,
  failStorage,
  settle,
  squash,
  text,
} from '../helpers.js';

type Draft = Record<string, unknown>;

/** A builder with these attributes; `later` callbacks (the preview's debounce) wait in `timers` until run. */
async function builder(template = html`<recipro-builder></recipro-builder>`) {
  const el = await fixture<ReciproBuilder>(template);
  await settle(el);
  return el;
}

/** Holds the builder's timers, to run by hand. */
function holdTimers(el: ReciproBuilder): { run: () => void; pending: () => number } {
  const queue: (() => void)[] = [];
  (el as unknown as { later: (cb: () => void) => number }).later = (cb) => (queue.push(cb), 0);
  return { run: () => queue.splice(0).forEach((cb) => cb()), pending: () => queue.length };
}

/** Presses keys together (modifiers first), as a person would. */
async function chord(...keys: string[]): Promise<void> {
  for (const key of keys.slice(0, -1)) await sendKeys({ down: key });
  await sendKeys({ press: keys.at(-1)! });
  for (const key of keys.slice(0, -1).reverse()) await sendKeys({ up: key });
}

const area = (el: ReciproBuilder, id = 'json') => $<HTMLTextAreaElement>(el, `#${id}`);
const preview = (el: ReciproBuilder, tag = 'recipro-checklist') =>
  $<HTMLElement & { definition?: unknown; updateComplete: Promise<boolean> }>(el, tag);

/** Types `value` into the JSON tab as one input event (as a paste would). */
async function typeJSON(el: ReciproBuilder, value: string | Draft): Promise<void> {
  const field = area(el);
  field.value = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

const smallChecklist = {
  kind: 'checklist',
  id: 'small',
  version: '1',
  title: 'Small',
  disclaimer: 'Reflection only.',
  items: [{ id: 'a', text: 'A </script> sign' }],
  bands: [{ id: 'all', min: 0, max: 100, label: 'All', takeaway: 'Fine.' }],
};

describe('<recipro-builder>', () => {
  afterEach(() => localStorage.clear());

  it('is accessible (WCAG 2.2 AA)', async () => {
    const el = await builder();
    await settle(preview(el));
    await expectAccessible(el);
  });

  it('starts with a blank checklist: valid, shown as JSON and in the preview', async () => {
    const el = await builder();
    expect(el.kind).to.equal('checklist');
    expect(el.definition).to.deep.equal({
      kind: 'checklist',
      $schema: 'https://cdn.jsdelivr.net/npm/recipro-widgets@0/dist/schemas/checklist.json',
      id: 'my-checklist',
      version: '1',
      title: 'My checklist',
      locale: 'en',
      disclaimer: 'For reflection only: not a diagnosis or professional advice.',
      items: [{ id: 'sign-1', text: 'A first sign' }],
      bands: [{ id: 'result', min: 0, max: 100, label: 'Your result', takeaway: 'What this result means.' }],
    });
    expect(el.valid).to.equal(true);
    expect(JSON.parse(area(el).value)).to.deep.equal(el.definition);
    expect(text(el, '#issues-summary')).to.equal('No problems: the definition is valid.');
    expect(preview(el).definition).to.equal(el.definition);
    // A checklist has a form editor: the form and the JSON are two tabs, the form first.
    expect($$(el, '[role=tab]').map((t) => squash(t.textContent))).to.deep.equal(['Form', 'JSON']);
    expect($(el, '#panel-form').hidden).to.equal(false);
  });

  it('edits a stepper as JSON only, saying why', async () => {
    const el = await builder(html`<recipro-builder kind="stepper"></recipro-builder>`);
    expect($$(el, '[role=tab]').map((t) => squash(t.textContent))).to.deep.equal(['JSON']);
    expect(text(el, '#no-form')).to.equal('There is no form for this kind of definition yet: edit it as JSON.');
  });

  it('starts a blank quiz and a blank stepper, each valid, with its own element in the preview', async () => {
    for (const kind of ['quiz', 'stepper'] as const) {
      const el = await builder(html`<recipro-builder kind=${kind}></recipro-builder>`);
      expect(el.valid, kind).to.equal(true);
      expect(el.definition.kind).to.equal(kind);
      expect(preview(el, `recipro-${kind}`).definition).to.equal(el.definition);
    }
  });

  describe('the JSON tab', () => {
    // These tests speak of the JSON alone: the checklist's form editor is put aside meanwhile.
    const form = forms.checklist;
    beforeEach(() => delete forms.checklist);
    afterEach(() => (forms.checklist = form));

    it('takes an edit into the draft at once and into the preview a moment later', async () => {
      const el = await builder();
      const timers = holdTimers(el);
      const before = preview(el).definition;
      const changed = oneEvent(el, 'recipro-builder-change');
      await typeJSON(el, { ...smallChecklist, title: 'Edited' });
      const { detail } = await changed;
      expect(detail.valid).to.equal(true);
      expect(detail.definition.title).to.equal('Edited');
      expect(el.definition.title).to.equal('Edited');
      expect(preview(el).definition, 'not yet: the author is typing').to.equal(before);
      timers.run();
      await settle(el);
      expect((preview(el).definition as Draft).title).to.equal('Edited');
      await settle(preview(el));
      expect(text(preview(el), '[part=title]')).to.equal('Edited');
    });

    it('lists the issues of an invalid definition, and the preview shows the element’s own error', async () => {
      const el = await builder();
      holdTimers(el).run();
      await typeJSON(el, { ...smallChecklist, items: [] });
      expect(text(el, '#issues-summary')).to.equal('1 problem');
      expect($$(el, '.issues li').map((li) => squash(li.textContent))).to.deep.equal([
        'items must list at least one entry',
      ]);
      expect(el.valid).to.equal(false);
    });

    it('says where the JSON is broken and keeps the last valid draft for the form and the preview', async () => {
      const el = await builder();
      const draft = el.definition;
      await typeJSON(el, '{\n  "kind": "checklist",\n  "title": }');
      expect(text(el, '#json-problem')).to.equal(
        'Not valid JSON at line 3, column 12. The form and the preview keep the last valid version.',
      );
      expect(area(el).getAttribute('aria-invalid')).to.equal('true');
      expect(area(el).value, 'the author’s text stays').to.equal('{\n  "kind": "checklist",\n  "title": }');
      expect(el.definition).to.equal(draft);
      expect(preview(el).definition).to.equal(draft);
      await typeJSON(el, '[1, 2]');
      expect(text(el, '#json-problem')).to.equal(
        'A definition is a JSON object, between { and }. The form and the preview keep the last valid version.',
      );
      await typeJSON(el, smallChecklist);
      expect($(el, '#json-problem').hidden).to.equal(true);
      expect(el.definition.id).to.equal('small');
    });

    it('links each issue to its place: the JSON text, caret at the value, when there is no form field', async () => {
      const el = await builder();
      await typeJSON(el, {
        ...smallChecklist,
        items: [
          { id: 'a', text: 'A' },
          { id: 'a', text: 'B' },
        ],
      });
      const link = $<HTMLButtonElement>(el, '.issues button');
      expect(squash(link.textContent)).to.equal('items[1].id');
      link.click();
      await settle(el);
      expect(deepActiveElement()).to.equal(area(el));
      const at = area(el).selectionStart;
      expect(area(el).value.slice(at, at + 3)).to.equal('"a"');
      expect(area(el).value.slice(0, at).split('"id"').length - 1, 'the second item id').to.equal(3);
    });

    it('leaves Ctrl+Z to the text area itself', async () => {
      const el = await builder();
      await typeJSON(el, smallChecklist);
      area(el).focus();
      await chord('Control', 'z');
      await settle(el);
      expect(el.definition.id, 'the builder did not undo').to.equal('small');
    });
  });

  describe('with a form editor for the kind', () => {
    const form = forms.checklist;
    beforeEach(() => {
      forms.checklist = (context) =>
        html`<label for=${fieldId('title')}>Title</label
          ><input
            id=${fieldId('title')}
            .value=${String(context.draft.title ?? '')}
            @input=${(e: Event) =>
              context.edit(
                { ...context.draft, title: (e.target as HTMLInputElement).value },
                'Edit the title',
                fieldId('title'),
              )}
          /><label for=${fieldId('items')}>Items</label><input id=${fieldId('items')} />`;
    });
    afterEach(() => (forms.checklist = form));

    it('shows the form and the JSON as two tabs (arrow keys move between them)', async () => {
      const el = await builder();
      expect($$(el, '[role=tab]').map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false']);
      expect($(el, '#panel-json').hidden).to.equal(true);
      $(el, '#tab-form').focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(deepActiveElement()?.id).to.equal('tab-json');
      expect($(el, '#panel-json').hidden).to.equal(false);
      expect($(el, '#panel-form').hidden).to.equal(true);
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(deepActiveElement()?.id).to.equal('tab-form');
      await expectAccessible(el);
    });

    it('merges typing in one field into one undo step and keeps the JSON in step', async () => {
      const el = await builder();
      const timers = holdTimers(el);
      const input = $<HTMLInputElement>(el, `#${fieldId('title')}`);
      for (const value of ['M', 'My', 'My list']) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
        await settle(el);
      }
      expect(JSON.parse(area(el).value).title).to.equal('My list');
      expect(timers.pending(), 'the preview waits for the typing to stop').to.be.greaterThan(0);
      expect(squash($(el, '#undo').textContent)).to.equal('Undo: Edit the title');
      el.undo();
      await settle(el);
      expect(el.definition.title).to.equal('My checklist');
      expect($(el, '#undo').getAttribute('aria-disabled')).to.equal('true');
    });

    it('takes an issue link to its field, or to its nearest parent’s', async () => {
      const el = await builder();
      await el.goTo('title');
      expect(deepActiveElement()?.id).to.equal(fieldId('title'));
      await el.goTo('items[3].text');
      expect(deepActiveElement()?.id).to.equal(fieldId('items'));
      await el.goTo('bands[0].min');
      expect(deepActiveElement(), 'no field: the JSON text').to.equal(area(el));
    });
  });

  describe('undo and redo', () => {
    it('steps back and forth with the buttons and the keyboard, naming each step', async () => {
      const el = await builder();
      await typeJSON(el, smallChecklist);
      $<HTMLSelectElement>(el, '#kind').value = 'stepper';
      $(el, '#kind').dispatchEvent(new Event('change'));
      await settle(el);
      $(el, '#start').click();
      await settle(el);
      expect(el.kind).to.equal('stepper');
      expect(squash($(el, '#undo').textContent)).to.equal('Undo: Start a new stepper');
      $(el, '#undo').click();
      await settle(el);
      expect(el.definition.id).to.equal('small');
      expect(el.kind).to.equal('checklist');
      expect(text(el, '[role=status]')).to.equal('Undone: Start a new stepper');
      $(el, '#undo').focus();
      await chord('Control', 'z');
      await settle(el);
      expect(el.definition.id).to.equal('my-checklist');
      await chord('Control', 'Shift', 'z');
      await settle(el);
      expect(el.definition.id).to.equal('small');
      await chord('Control', 'y');
      await settle(el);
      expect(el.definition.id).to.equal('my-stepper');
      expect(squash($(el, '#redo').textContent)).to.equal('Redo');
      el.redo(); // nothing to redo: nothing changes
      expect(el.definition.id).to.equal('my-stepper');
    });

    it('keeps at most 100 steps, merging runs with the same key', () => {
      const history = new History(0, 3);
      for (const n of [1, 2, 3, 4]) history.commit(n, `set ${n}`);
      history.commit(5, 'typing', 'field');
      history.commit(6, 'typing', 'field');
      expect(history.undo()).to.equal('typing');
      expect(history.present).to.equal(4);
      expect(history.undo()).to.equal('set 4');
      expect(history.undo()).to.equal('set 3');
      expect(history.undo(), 'the oldest steps were dropped').to.equal(undefined);
      expect(history.present).to.equal(2);
      expect(history.redo()).to.equal('set 3');
      history.commit(9, 'other');
      expect(history.redoLabel, 'a new change clears redo').to.equal(undefined);
    });
  });

  describe('starting from a pack', () => {
    it('loads the chosen pack as the draft, with the quiz’s switches in the preview', async () => {
      const el = await builder();
      const kind = $<HTMLSelectElement>(el, '#kind');
      kind.value = 'quiz';
      kind.dispatchEvent(new Event('change'));
      await settle(el);
      const from = $<HTMLSelectElement>(el, '#from');
      expect([...from.options].map((o) => o.textContent)).to.deep.equal(['Blank', 'Reciprocity balance']);
      from.value = 'reciprocity-balance';
      from.dispatchEvent(new Event('change'));
      $(el, '#start').click();
      await settle(el);
      expect(el.definition.id).to.equal('reciprocity-balance');
      expect(el.valid).to.equal(true);
      expect(preview(el, 'recipro-quiz').definition).to.equal(el.definition);
      const relationship = $<HTMLSelectElement>(el, '#preview-relationship');
      relationship.value = 'family';
      relationship.dispatchEvent(new Event('change'));
      await settle(el);
      expect((preview(el, 'recipro-quiz') as HTMLElement & { relationship?: string }).relationship).to.equal('family');
      expect($$(el, '.switches select').map((s) => s.id)).to.deep.equal([
        'preview-locale',
        'preview-relationship',
        'preview-culture',
        'preview-layout',
      ]);
    });
  });

  describe('export', () => {
    it('builds the snippet: inline JSON (with </script escaped) for the CDN, or src= a file, self-hosted', () => {
      const definition = { kind: 'checklist', id: 'x', items: [{ text: 'a </Script> b <!-- c' }] };
      expect(embedSnippet({ kind: 'checklist', definition, script: 'cdn', embed: 'inline', url: '' })).to.equal(
        '<script type="module" src="https://cdn.jsdelivr.net/npm/recipro-widgets@0.1.0/dist/cdn/autoloader.js">' +
          '</script>\n' +
          '<recipro-checklist>\n' +
          '<script type="application/json">\n' +
          '{\n  "kind": "checklist",\n  "id": "x",\n  "items": [\n' +
          '    {\n      "text": "a <\\/Script> b \\u003c!-- c"\n    }\n  ]\n}\n' +
          '</script>\n' +
          '</recipro-checklist>\n',
      );
      expect(
        embedSnippet({ kind: 'quiz', definition, script: 'self', embed: 'src', url: '/defs/my "quiz".json' }),
      ).to.equal(
        '<script type="module" src="/path/to/recipro.js"></script>\n' +
          '<recipro-quiz src="/defs/my &quot;quiz&quot;.json"></recipro-quiz>\n',
      );
    });

    it('copies the snippet, says "Copied" and fires recipro-builder-export', async () => {
      const el = await builder();
      await typeJSON(el, smallChecklist);
      $<HTMLInputElement>(el, 'input[name=embed][value=src]').click();
      $<HTMLInputElement>(el, 'input[name=script][value=self]').click();
      await settle(el);
      expect($<HTMLInputElement>(el, '#url').value).to.equal('small.json');
      const url = $<HTMLInputElement>(el, '#url');
      url.value = 'https://example.org/small.json';
      url.dispatchEvent(new Event('input'));
      await settle(el);
      const expected =
        '<script type="module" src="/path/to/recipro.js"></script>\n' +
        '<recipro-checklist src="https://example.org/small.json"></recipro-checklist>\n';
      expect(area(el, 'snippet').value).to.equal(expected);
      const clipboard = captureClipboard();
      try {
        const exported = oneEvent(el, 'recipro-builder-export');
        $(el, '#copy').click();
        const { detail } = await exported;
        await settle(el);
        expect(clipboard.copied).to.deep.equal([expected]);
        expect(detail).to.deep.include({ format: 'snippet', valid: true, snippet: expected });
        expect(text(el, '[role=status]')).to.equal('Copied');
        expect(text(el, '#copy')).to.equal('Copied');
      } finally {
        clipboard.restore();
      }
    });

    it('downloads the JSON from a Blob URL named after the id, and revokes it after', async () => {
      const el = await builder();
      const timers = holdTimers(el);
      await typeJSON(el, smallChecklist);
      const clicked: HTMLAnchorElement[] = [];
      const click = HTMLAnchorElement.prototype.click;
      const revoke = URL.revokeObjectURL;
      const revoked: string[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      URL.revokeObjectURL = (url) => void revoked.push(url);
      try {
        const exported = oneEvent(el, 'recipro-builder-export');
        $(el, '#download').click();
        expect((await exported).detail.format).to.equal('json');
        expect(clicked.map((a) => a.download)).to.deep.equal(['small.json']);
        const body = await (await fetch(clicked[0]!.href)).text();
        expect(JSON.parse(body)).to.deep.equal(smallChecklist);
        expect(revoked, 'not before the download started').to.deep.equal([]);
        timers.run();
        expect(revoked).to.deep.equal([clicked[0]!.href]);
      } finally {
        HTMLAnchorElement.prototype.click = click;
        URL.revokeObjectURL = revoke;
      }
    });
  });

  describe('import', () => {
    async function paste(el: ReciproBuilder, value: string) {
      area(el, 'paste').value = value;
      $(el, '#import').click();
      await settle(el);
    }

    it('says why invalid JSON or an unknown kind cannot be imported, and keeps the draft', async () => {
      const el = await builder();
      const draft = el.definition;
      await paste(el, '{ "kind": "checklist",, }');
      expect(text(el, '.import [role=alert]')).to.equal(
        'This is not valid JSON (line 1, column 23). Your draft is unchanged.',
      );
      await paste(el, '{ "kind": "survey" }');
      expect(text(el, '.import [role=alert]')).to.equal(
        'This is not a checklist, quiz or stepper: its "kind" is missing or unknown. Your draft is unchanged.',
      );
      await paste(el, '"text"');
      expect(text(el, '.import [role=alert]')).to.equal(
        'This is not a definition: a definition is a JSON object. Your draft is unchanged.',
      );
      expect(el.definition).to.equal(draft);
    });

    it('imports pasted JSON or a file as one undo step', async () => {
      const el = await builder();
      await paste(el, JSON.stringify(smallChecklist));
      expect(el.definition).to.deep.equal(smallChecklist);
      expect(text(el, '.import [role=alert]')).to.equal('');
      expect(text(el, '[role=status]')).to.equal('Imported.');
      const input = $<HTMLInputElement>(el, '#file');
      const files = new DataTransfer();
      files.items.add(new File([JSON.stringify({ ...smallChecklist, id: 'from-file' })], 'x.json'));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await settle(el);
      expect(el.definition.id).to.equal('from-file');
      el.undo();
      await settle(el);
      expect(el.definition.id).to.equal('small');
    });
  });

  describe('the kept draft', () => {
    it('stores nothing until the author ticks "Keep a draft", then restores it on the next load', async () => {
      const el = await builder();
      await typeJSON(el, smallChecklist);
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
      expect(localStorage.length).to.equal(0);
      $<HTMLInputElement>(el, '#keep').click();
      await settle(el);
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!)).to.deep.equal(smallChecklist);
      await typeJSON(el, { ...smallChecklist, title: 'Later' });
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).title).to.equal('Later');

      const again = await builder();
      expect(again.definition.title).to.equal('Later');
      expect($<HTMLInputElement>(again, '#keep').checked).to.equal(true);
      expect(text(again, '.draft .notice')).to.equal('Your kept draft was restored.');
      $<HTMLInputElement>(again, '#keep').click();
      await settle(again);
      expect(localStorage.getItem(DRAFT_KEY), 'unticking forgets it').to.equal(null);
    });

    it('starts afresh, saying so, from a kept draft that cannot be read', async () => {
      localStorage.setItem(DRAFT_KEY, '{ not json');
      const el = await builder();
      expect(el.definition.id).to.equal('my-checklist');
      expect(text(el, '.draft .notice')).to.equal('The kept draft could not be read, so the builder started afresh.');
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    });

    it('says so when the browser blocks storage, and keeps working', async () => {
      const restore = failStorage('setItem', () => new DOMException('blocked', 'SecurityError'));
      try {
        const el = await builder();
        $<HTMLInputElement>(el, '#keep').click();
        await settle(el);
        expect($<HTMLInputElement>(el, '#keep').checked).to.equal(false);
        expect(text(el, '.draft .notice')).to.equal(
          'This browser does not let the builder keep a draft. Download the JSON to keep your work.',
        );
        await typeJSON(el, smallChecklist);
        expect(el.definition.id).to.equal('small');
      } finally {
        restore();
      }
    });
  });

  describe('in other languages', () => {
    it('speaks French, and lists zod’s shape errors in French', async () => {
      const el = await builder(html`<recipro-builder locale="fr"></recipro-builder>`);
      expect(text(el, 'h2')).to.equal('Éditeur de définitions');
      expect(el.definition.title).to.equal('Ma liste');
      await typeJSON(el, { ...el.definition, version: 3 });
      expect(text(el, '#issues-summary')).to.equal('1 problème');
      expect(text(el, '.issues li span')).to.match(/^Entrée invalide/);
    });

    it('mirrors for Arabic, keeping the JSON left to right', async () => {
      const el = await builder(html`<recipro-builder locale="ar"></recipro-builder>`);
      expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
      expect(area(el).getAttribute('dir')).to.equal('ltr');
      expect(text(el, '#start')).to.equal('ابدأ');
      await expectAccessible(el);
    });
  });

  it('can be used with the keyboard only: choose a kind, edit the JSON, copy the snippet', async () => {
    const el = await builder();
    $(el, '#kind').focus();
    await sendKeys({ press: 'ArrowDown' }); // Checklist → Quiz
    await sendKeys({ press: 'Tab' }); // Start from
    await sendKeys({ press: 'Tab' }); // Start
    expect(deepActiveElement()?.id).to.equal('start');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.kind).to.equal('quiz');
    // A quiz opens on its form: the JSON is the next tab.
    $(el, '#tab-form').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect($(el, '#panel-json').hidden).to.equal(false);
    area(el).focus();
    await chord('Control', 'End');
    await sendKeys({ press: 'ArrowUp' }); // the closing brace's line
    await sendKeys({ press: 'ArrowUp' }); // the last property's line
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ',\n  "estimatedMinutes": 2' });
    await settle(el);
    expect(el.definition.estimatedMinutes).to.equal(2);
    $(el, '#copy').focus();
    const clipboard = captureClipboard();
    try {
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(clipboard.copied[0]).to.contain('"estimatedMinutes": 2');
      expect(clipboard.copied[0]).to.contain('<recipro-quiz>');
    } finally {
      clipboard.restore();
    }
  });

  it('keeps the preview’s events inside the builder', async () => {
    const el = await builder();
    let leaked = 0;
    el.addEventListener('recipro-change', () => leaked++);
    await settle(preview(el));
    preview(el).shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await settle(el);
    expect(leaked).to.equal(0);
  });
});

describe('json-text', () => {
  it('finds the offset of a path in the author’s own layout, or of its nearest parent', () => {
    const source = '{"a": {"b": [1, {"c": "x"}]}, "d": true}';
    expect(source.slice(offsetOfPath(source, 'a.b[1].c'))).to.match(/^"x"/);
    expect(source.slice(offsetOfPath(source, 'd'))).to.match(/^true/);
    expect(source.slice(offsetOfPath(source, 'a.b[7]'))).to.match(/^\[1/);
    expect(offsetOfPath(source, '')).to.equal(0);
  });

  it('reads line and column from the browser’s position', () => {
    expect(readJSONText('{\n "a": }')).to.deep.include({ ok: false, line: 2, column: 7 });
  });
});
