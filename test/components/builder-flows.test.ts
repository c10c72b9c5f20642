import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/builder/builder.js';
import '../../src/components/checklist/checklist.js';
import type { ReciproBuilder } from '../../src/components/builder/builder.component.js';
import {
  $,
  $$,
  captureClipboard,
  deepActiveElement,
  settle,
  squash,
  text,
  until,
  pressKeys,
  typeKeys,
} from '../helpers.js';

// The builder's whole flows, as an author does them: with the real form editors, the real
// preview and the real export (see builder.test.ts for each part alone).

type Preview = HTMLElement & { definition?: unknown; updateComplete: Promise<boolean> };

async function builder(): Promise<ReciproBuilder> {
  const el = await fixture<ReciproBuilder>(html`<recipro-builder></recipro-builder>`);
  await settle(el);
  return el;
}

const press = pressKeys;
const type = typeKeys;
const focusedId = () => deepActiveElement()?.id;

/** What a checklist shows a reader: its heading, intro and the text of each sign, in order. */
async function shown(checklist: Preview): Promise<string[]> {
  await settle(checklist);
  const root = checklist.shadowRoot!;
  return [
    squash(root.querySelector('h2')?.textContent),
    ...[...root.querySelectorAll('label')].map((label) => squash(label.textContent)),
  ];
}

describe('<recipro-builder>, whole flows', () => {
  afterEach(() => localStorage.clear());

  it('builds a five-sign checklist from blank with the keyboard only, previews and exports it', async () => {
    const el = await builder();
    // The blank checklist has one sign: rename it, then add four more.
    $(el, '#field-items-0-text').focus();
    await press(el, 'Control+A');
    await type(el, 'Both of us feel heard');
    await press(el, 'Tab', 'Tab', 'Tab', 'Tab', 'Tab');
    expect(focusedId()).to.equal('field-items--add');
    const signs = ['We both make plans', 'Thanks go one way only', 'We share the chores', 'Either of us asks for help'];
    for (const [index, sign] of signs.entries()) {
      await press(el, 'Enter');
      expect(focusedId()).to.equal(`field-items-${index + 1}-text`);
      await type(el, sign);
      if (index === signs.length - 1) break;
      // "Thanks go one way only" is a warning sign: its polarity select follows its text.
      if (index === 1) await press(el, 'Tab', 'ArrowDown', 'ArrowDown', 'Tab', 'Tab', 'Tab', 'Tab');
      else await press(el, 'Tab', 'Tab', 'Tab', 'Tab', 'Tab');
      expect(focusedId()).to.equal('field-items--add');
    }
    expect(el.valid).to.equal(true);
    expect(el.definition.items).to.deep.equal([
      { id: 'sign-1', text: 'Both of us feel heard' },
      { id: 'sign-2', text: 'We both make plans' },
      { id: 'sign-3', text: 'Thanks go one way only', polarity: 'warning' },
      { id: 'sign-4', text: 'We share the chores' },
      { id: 'sign-5', text: 'Either of us asks for help' },
    ]);

    // The preview shows the five signs.
    const preview = $<Preview>(el, 'recipro-checklist');
    await until(() => preview.definition === el.definition);
    const inPreview = await shown(preview);
    expect(inPreview).to.deep.equal([
      'My checklist',
      'Both of us feel heard',
      'We both make plans',
      'Thanks go one way only',
      'We share the chores',
      'Either of us asks for help',
    ]);

    // Export: the snippet (inline JSON, for the CDN) copied with the keyboard.
    $(el, '#copy').focus();
    const clipboard = captureClipboard();
    let snippet: string;
    try {
      await press(el, 'Enter');
      await until(() => clipboard.copied.length > 0);
      snippet = clipboard.copied[0]!;
    } finally {
      clipboard.restore();
    }
    expect(snippet.split('\n')[0]).to.equal(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/recipro-widgets@0.1.0/dist/cdn/autoloader.js"></script>',
    );

    // Pasted into a page, the snippet's element renders the same checklist as the preview.
    const page = new DOMParser().parseFromString(snippet, 'text/html');
    const pasted = page.body.querySelector('recipro-checklist')!;
    expect(JSON.parse(pasted.querySelector('script[type="application/json"]')!.textContent!)).to.deep.equal(
      el.definition,
    );
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(document.importNode(pasted, true));
    const plain = host.querySelector<Preview>('recipro-checklist')!;
    await until(() => !!plain.shadowRoot?.querySelector('label'));
    expect(await shown(plain)).to.deep.equal(inPreview);
  });

  it('shows a gap between the default quiz’s bands on the band field and in the preview', async () => {
    const el = await builder();
    const kind = $<HTMLSelectElement>(el, '#kind');
    kind.value = 'quiz';
    kind.dispatchEvent(new Event('change'));
    await settle(el);
    const from = $<HTMLSelectElement>(el, '#from');
    from.value = 'reciprocity-balance';
    from.dispatchEvent(new Event('change'));
    $(el, '#start').click();
    await until(() => el.definition.id === 'reciprocity-balance');
    await settle(el);

    const max = $<HTMLInputElement>(el, '#field-bandings-0-bands-0-max');
    expect(max.value).to.equal('-20');
    max.focus();
    await press(el, 'Control+A');
    await type(el, '-30');

    expect(el.valid).to.equal(false);
    const message = 'gap between bands "receive-more" and "balanced": nothing covers -30 to -20';
    expect(text(el, '#field-bandings-0-bands--issues')).to.equal(message);
    expect($$(el, '#field-bandings-0-bands--bar rect.gap')).to.have.length(1);
    // The preview is the quiz's own error view for the same problem.
    const preview = $<Preview>(el, 'recipro-quiz');
    await until(() => !!preview.shadowRoot?.querySelector('[part=error]'));
    expect(squash(preview.shadowRoot!.querySelector('[part=error]')!.textContent)).to.contain(message);

    // Undo puts the band back, and the quiz with it.
    await press(el, 'Escape');
    $(el, '#undo').click();
    await settle(el);
    expect(el.valid).to.equal(true);
    expect($<HTMLInputElement>(el, '#field-bandings-0-bands-0-max').value).to.equal('-20');
    await until(() => !preview.shadowRoot?.querySelector('[part=error]'));
  });
});
