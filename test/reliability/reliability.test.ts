// Reliability and security suite (issue 11): hostile definitions, markup injection, broken
// storage, hostile pages, lifecycle abuse and a clean console. Seeded and bounded; it ends with
// one summary line of counts (see README-section.md).
import { expect } from '@open-wc/testing';
import { messagesFor, parseDefinition, serializeProgress, type DefinitionKind } from '../../src/core/index.js';
import { presets } from '../../src/content/index.js';
import '../../src/define.js';
import { ATTACKS } from './corpus.js';
import {
  buttonNamed,
  completeChecklist,
  completeQuiz,
  completeStepper,
  dangerousMarkup,
  openPage,
  until,
  type Lit,
  type PageWindow,
} from '../helpers.js';
import fc from 'fast-check';
import { fuzzCases, packsOf, SEED } from './fuzz.js';

const FUZZ_PER_KIND = 300;
const MAX_BLOCK_MS = 100;
const KINDS: DefinitionKind[] = ['quiz', 'checklist', 'stepper'];
const TAG = { quiz: 'recipro-quiz', checklist: 'recipro-checklist', stepper: 'recipro-stepper' } as const;
const t = messagesFor('en');

const counts = {
  definitionsFuzzed: 0,
  attributesFuzzed: 0,
  injectionsTried: 0,
  storageFaults: 0,
  lifecycleCycles: 0,
  hostilePages: 0,
  failures: 0,
};
const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandledrejection: ${String(event.reason)}`);

type Any = Lit & { definition?: unknown; quiz?: unknown; stepper?: unknown; checklist?: unknown };
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const win = window as unknown as { __xss?: unknown };

let container: HTMLDivElement;
before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(function () {
  if (this.currentTest?.state === 'failed') counts.failures++;
});
after(async () => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  container.remove();
  const summary = [
    `definitions fuzzed: ${counts.definitionsFuzzed}`,
    `attribute values tried: ${counts.attributesFuzzed}`,
    `injections tried: ${counts.injectionsTried}`,
    `storage faults: ${counts.storageFaults}`,
    `lifecycle cycles: ${counts.lifecycleCycles}`,
    `hostile pages: ${counts.hostilePages}`,
    `failures: ${counts.failures}`,
  ];
  console.log(`reliability: ${summary.join(', ')}`);
});

function create(kind: DefinitionKind, attrs: Record<string, string> = {}): Any {
  const el = document.createElement(TAG[kind]) as Any;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** An element given a fuzz case as its property, a child JSON script or a `src` data URL. */
function mount(kind: DefinitionKind, c: { delivery: string; value: unknown }): Any {
  const el = create(kind);
  if (c.delivery === 'property') el.definition = c.value;
  else if (c.delivery === 'script') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = c.value as string;
    el.append(script);
  } else el.setAttribute('src', `data:application/json,${encodeURIComponent(c.value as string)}`);
  return el;
}

const alertOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role=alert]');
const visibleText = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('reliability: definition fuzz', function () {
  this.timeout(120_000);

  for (const kind of KINDS) {
    it(`${kind}: ${FUZZ_PER_KIND} seeded bad definitions each show an alert and fire an error, or render`, async () => {
      const cases = fuzzCases(kind, FUZZ_PER_KIND);
      // Warm up: the validator chunk loads once.
      const warm = create(kind);
      warm.definition = { kind };
      container.append(warm);
      await warm.updateComplete;
      warm.remove();

      let slowest = 0;
      let valid = 0;
      const problems: string[] = [];
      for (const [i, c] of cases.entries()) {
        const el = mount(kind, c);
        let errors = 0;
        el.addEventListener('recipro-error', () => errors++);
        const start = performance.now();
        container.append(el);
        await el.updateComplete;
        const took = performance.now() - start;
        if (c.delivery !== 'src') slowest = Math.max(slowest, took);
        // A null or undefined `definition` means "none": the element falls back to its default pack.
        const unset = c.delivery === 'property' && (c.value === null || c.value === undefined);
        const expected = unset
          ? { ok: true }
          : parseDefinition(c.delivery === 'property' ? c.value : (c.value as string), kind);
        const alert = alertOf(el);
        const where = `case ${i} (${c.delivery}, ${c.label})`;
        if (expected.ok) {
          valid++;
          if (alert || errors) problems.push(`${where}: valid but showed an error`);
          else {
            // A definition that stays valid must also complete: scoring and the result screen too.
            try {
              if (kind === 'quiz') await completeQuiz(el as never);
              else if (kind === 'checklist') await completeChecklist(el);
              else await completeStepper(el as never);
              if (!el.shadowRoot!.querySelector(kind === 'stepper' ? '[part~=summary]' : '[part~=result]'))
                problems.push(`${where}: valid but did not complete`);
            } catch (error) {
              problems.push(`${where}: valid but completing threw ${String(error)}`);
            }
          }
        } else {
          if (!alert || !alert.textContent!.trim()) problems.push(`${where}: no alert`);
          else if (alert.getBoundingClientRect().height === 0) problems.push(`${where}: alert not visible`);
          if (errors !== 1) problems.push(`${where}: recipro-error fired ${errors} times`);
        }
        if (!visibleText(el)) problems.push(`${where}: blank`);
        if (took > MAX_BLOCK_MS && c.delivery !== 'src') {
          // Once more, to tell a real hang from a garbage collection.
          el.remove();
          const again = mount(kind, c);
          const s2 = performance.now();
          container.append(again);
          await again.updateComplete;
          const retook = performance.now() - s2;
          again.remove();
          if (retook > MAX_BLOCK_MS)
            problems.push(`${where}: render took ${Math.round(took)} ms and ${Math.round(retook)} ms`);
        }
        el.remove();
        counts.definitionsFuzzed++;
      }
      expect(({} as { polluted?: unknown }).polluted, 'Object.prototype polluted').to.equal(undefined);
      expect(problems.slice(0, 10), problems.join('\n').slice(0, 4000)).to.deep.equal([]);
      expect(pageErrors).to.deep.equal([]);
      console.log(
        `reliability: ${kind}: ${cases.length} fuzzed (${valid} stayed valid), ` +
          `slowest render ${Math.round(slowest)} ms`,
      );
    });
  }
});

describe('reliability: writer’s list fuzz (checklist light DOM)', function () {
  this.timeout(60_000);

  it('150 seeded random lists each render or show an alert, and never throw', async () => {
    const attr = fc.option(
      fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom('warning', 'healthy', '0', '101', '5', 'NaN', 'Infinity', '1e999', '-1', ' ', 'ok-id', 'ok-id'),
      ),
      { nil: undefined },
    );
    const li = fc.record({
      text: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('same text', 'same text', ' ', '')),
      id: attr,
      weight: attr,
      polarity: attr,
      nested: fc.boolean(),
    });
    const lists = fc.sample(
      fc.record({
        items: fc.array(li, { maxLength: 12 }),
        ordered: fc.boolean(),
        heading: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      }),
      { seed: SEED, numRuns: 150 },
    );
    const problems: string[] = [];
    for (const [i, spec] of lists.entries()) {
      const el = create('checklist');
      if (spec.heading !== undefined)
        el.append(Object.assign(document.createElement('h3'), { textContent: spec.heading }));
      const list = document.createElement(spec.ordered ? 'ol' : 'ul');
      for (const item of spec.items) {
        const node = document.createElement('li');
        node.textContent = item.text;
        if (item.id !== undefined) node.dataset.id = item.id;
        if (item.weight !== undefined) node.dataset.weight = item.weight;
        if (item.polarity !== undefined) node.dataset.polarity = item.polarity;
        if (item.nested) node.append(Object.assign(document.createElement('ul'), { textContent: 'nested' }));
        list.append(node);
      }
      el.append(list);
      let errors = 0;
      el.addEventListener('recipro-error', () => errors++);
      container.append(el);
      await el.updateComplete;
      const alert = alertOf(el);
      if (!visibleText(el)) problems.push(`list ${i}: blank`);
      if (alert && errors !== 1) problems.push(`list ${i}: alert but ${errors} recipro-error`);
      if (!alert) {
        if (errors) problems.push(`list ${i}: recipro-error without an alert`);
        else
          await completeChecklist(el).catch((error) => problems.push(`list ${i}: completing threw ${String(error)}`));
      }
      el.remove();
      counts.definitionsFuzzed++;
    }
    expect(problems, problems.join('\n').slice(0, 3000)).to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Markup injection

const ID_KEYS = new Set([
  'kind',
  'id',
  'version',
  'scale',
  'dimension',
  'step',
  'steps',
  'policy',
  'polarity',
  'region',
  'defaultRelationship',
  'of',
  'method',
  'dimensions',
]);

/** String leaves of a pack, split into text (any string accepted) and URLs (scheme-checked). */
function stringPaths(
  pack: unknown,
  kind: DefinitionKind,
): { text: (string | number)[][]; urls: (string | number)[][] } {
  const text: (string | number)[][] = [];
  const urls: (string | number)[][] = [];
  const walk = (node: unknown, at: (string | number)[]) => {
    if (typeof node === 'string') {
      const key = [...at].reverse().find((k) => typeof k === 'string') as string;
      if (/^(https?:|tel:|mailto:)/.test(node) && key === 'url') urls.push(at);
      else if (!ID_KEYS.has(key)) {
        const probe = setAt(clone(pack), at, '<b onclick="x">probe</b>');
        if (parseDefinition(probe, kind).ok) text.push(at);
      }
    } else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, [...at, Array.isArray(node) ? Number(k) : k]);
  };
  walk(pack, []);
  return { text, urls };
}

function setAt<T>(root: T, path: (string | number)[], value: unknown): T {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return root;
}

/**
 * Resolves once an inline handler added to the page now has run: a canary image with a broken
 * source and an onerror handler. An injected handler on a broken image, added earlier, would
 * have had its turn too, so `window.__xss` is then safe to check.
 */
async function injectedHandlersHadTheirChance(): Promise<void> {
  // As the attacks: an inline handler on an image whose request fails.
  const canary = document.createElement('img');
  canary.setAttribute('onerror', 'window.__canary = true');
  canary.src = 'x';
  document.body.append(canary);
  try {
    await until(() => (window as unknown as { __canary?: boolean }).__canary === true);
  } finally {
    canary.remove();
    delete (window as unknown as { __canary?: boolean }).__canary;
  }
}

/** Stubs clipboard, print and object URLs; returns what was copied and exported. */
function stubOutputs(): { copied: string[]; blobs: Blob[]; printed: number; restore: () => void } {
  const out = { copied: [] as string[], blobs: [] as Blob[], printed: 0, restore: () => {} };
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  const createObjectURL = URL.createObjectURL;
  const print = window.print;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void out.copied.push(text) },
  });
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    out.blobs.push(blob as Blob);
    return 'blob:stub';
  };
  window.print = () => void out.printed++;
  // Downloads are clicked links: keep the stub URL from navigating anywhere.
  const stopClick = (e: Event) =>
    (e.composedPath()[0] as Element)?.localName === 'a' &&
    (e.composedPath()[0] as HTMLAnchorElement).download &&
    e.preventDefault();
  document.addEventListener('click', stopClick, true);
  out.restore = () => {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
    Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    URL.createObjectURL = createObjectURL;
    window.print = print;
    document.removeEventListener('click', stopClick, true);
  };
  return out;
}

describe('reliability: attribute values', function () {
  this.timeout(120_000);
  // Names of object properties (a lookup by attribute value must not reach Object.prototype),
  // attack strings, and odd text. `src` and `submit-url` make requests and are covered elsewhere.
  const VALUES = [
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'prototype',
    ...ATTACKS.slice(0, 8),
    '',
    ' ',
    'x'.repeat(5000),
    '\u202e\u0000 \ud83d\ude00',
    'EN',
    'fr-xx-yy-zz',
  ];
  const ATTRIBUTES: Record<DefinitionKind, string[]> = {
    quiz: ['preset', 'locale', 'persist', 'persist-key', 'submit-include', 'relationship', 'culture', 'layout', 'name'],
    checklist: ['preset', 'locale', 'persist', 'persist-key', 'submit-include', 'name', 'structured-data'],
    stepper: ['preset', 'locale', 'persist', 'persist-key', 'submit-include', 'start-step'],
  };

  for (const kind of KINDS) {
    const name =
      `${kind}: every attribute set to names of object properties, attacks and odd text ` +
      'renders or shows an alert, and never throws';
    it(name, async () => {
      const problems: string[] = [];
      const warn = console.warn;
      console.warn = () => {}; // an unknown start-step is worth a warning, not a failure here
      try {
        for (const attribute of ATTRIBUTES[kind]) {
          for (const value of VALUES) {
            const el = create(kind, { [attribute]: value });
            container.append(el);
            await el.updateComplete;
            await el.updateComplete;
            counts.attributesFuzzed++;
            const shown = alertOf(el) ?? el.shadowRoot?.querySelector('h2, [part~=title], [part~=list]');
            if (!shown) problems.push(`${attribute}=${JSON.stringify(value.slice(0, 40))}: nothing readable rendered`);
            if (win.__xss !== undefined)
              problems.push(`${attribute}=${JSON.stringify(value.slice(0, 40))}: markup ran`);
            el.remove();
          }
        }
      } finally {
        console.warn = warn;
        sessionStorage.clear();
        localStorage.clear();
      }
      expect(problems).to.deep.equal([]);
      expect(pageErrors).to.deep.equal([]);
    });
  }
});

describe('reliability: markup injection', function () {
  this.timeout(120_000);
  let outputs: ReturnType<typeof stubOutputs>;
  beforeEach(() => {
    outputs = stubOutputs();
    delete win.__xss;
  });
  afterEach(() => outputs.restore());

  it(`the corpus has at least 50 attack strings`, () => {
    expect(ATTACKS.length).to.be.at.least(50);
  });

  for (const kind of KINDS) {
    it(`${kind}: every attack in every string and answer is shown as text, printed, copied and exported`, async () => {
      const pack = packsOf(kind)[0]!;
      const { text } = stringPaths(pack, kind);
      expect(text.length).to.be.greaterThan(10);
      const problems: string[] = [];
      for (const [n, attack] of ATTACKS.entries()) {
        const definition = clone(pack);
        text.forEach((path, i) => setAt(definition, path, `${attack} ${i}`));
        // Links too: an https URL carrying the attack in its query.
        const link = `https://example.org/?q=${attack.slice(0, 200)}`;
        if (kind === 'quiz') (definition as Record<string, unknown>).callToAction = { label: attack, url: link };
        (definition as Record<string, unknown>).attribution = { text: attack, url: link };
        const parsed = parseDefinition(definition, kind);
        const el = create(kind, {
          relationship: attack,
          culture: attack,
          layout: attack,
          'persist-key': attack,
          'submit-include': attack,
          name: attack,
          title: attack,
        });
        el.definition = definition;
        container.append(el);
        await el.updateComplete;
        if (!parsed.ok)
          problems.push(
            `attack ${n}: the definition became invalid: ${parsed.issues[0]!.path}: ${parsed.issues[0]!.message}`,
          );
        else if (kind === 'quiz') {
          expect(await completeQuiz(el as never)).to.equal(t.resultTitle);
        } else if (kind === 'checklist') {
          await completeChecklist(el);
        } else {
          await completeStepper(el as never, (s, f) => `${attack} note ${s}.${f}`);
          buttonNamed(el.shadowRoot!, t.summary)?.click();
          await el.updateComplete;
          // Every note is shown back as text in the summary.
          if (!el.shadowRoot!.textContent!.includes(`${attack} note 0.0`.trim()))
            problems.push(`attack ${n}: note missing from the summary`);
          buttonNamed(el.shadowRoot!, t.downloadNotes)!.click();
          el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-describedby^=summary-reminder]')?.click();
        }
        if (parsed.ok) {
          buttonNamed(el.shadowRoot!, t.copy)!.click();
          buttonNamed(el.shadowRoot!, t.print)!.click();
          await el.updateComplete;
          await new Promise((r) => setTimeout(r, 0));
        }
        problems.push(...dangerousMarkup(el).map((p) => `attack ${n}: ${p}`));
        el.remove();
        counts.injectionsTried++;
      }
      // The attack in `kind` itself: the error view shows it as text.
      for (const attack of ATTACKS) {
        const el = create(kind);
        el.definition = { kind: attack, title: attack };
        container.append(el);
        await el.updateComplete;
        if (!alertOf(el)) problems.push(`kind ${attack}: no alert`);
        problems.push(...dangerousMarkup(el).map((p) => `error view: ${p}`));
        el.remove();
        counts.injectionsTried++;
      }
      await injectedHandlersHadTheirChance();
      expect(win.__xss, 'a script ran').to.equal(undefined);
      expect(problems, problems.join('\n').slice(0, 3000)).to.deep.equal([]);
      expect(outputs.copied.length).to.be.greaterThan(0);
      if (kind === 'stepper') {
        expect(outputs.blobs.length).to.be.at.least(ATTACKS.length);
        const exported = await outputs.blobs[0]!.text();
        // Markdown escapes markup characters; the note itself is all there.
        expect(exported).to.include('note 6.1');
      }
      expect(outputs.printed).to.be.greaterThan(0);
      expect(pageErrors).to.deep.equal([]);
    });
  }

  it('checklist: attacks in a writer’s list (light DOM) stay text; the JSON-LD cannot close its script', async () => {
    for (const attack of ATTACKS) {
      const el = create('checklist', { 'structured-data': '' });
      const list = document.createElement('ul');
      for (let i = 0; i < 3; i++) {
        const li = document.createElement('li');
        li.textContent = `${attack} ${i}`;
        if (i === 2) li.dataset.polarity = 'warning';
        li.title = attack;
        list.append(li);
      }
      const heading = document.createElement('h3');
      heading.textContent = attack;
      el.append(heading, list);
      container.append(el);
      await el.updateComplete;
      expect(alertOf(el) === null, `${attack}: ${visibleText(el).slice(0, 300)}`).to.equal(true);
      await completeChecklist(el);
      const ld = el.querySelector('script[type="application/ld+json"]');
      if (ld) {
        expect(ld.textContent).to.not.match(/<\//);
        expect(JSON.parse(ld.textContent!)['@type']).to.equal('ItemList');
      }
      expect(dangerousMarkup(el)).to.deep.equal([]);
      el.remove();
      counts.injectionsTried++;
    }
    expect(win.__xss).to.equal(undefined);
  });

  for (const kind of ['quiz', 'stepper'] as const) {
    it(`${kind}: links in the definition accept only https, http, tel and mailto`, async () => {
      const pack = clone(packsOf(kind)[0]!) as Record<string, unknown>;
      pack.attribution = { text: 'Source', url: 'https://example.org/' };
      if (kind === 'quiz') {
        pack.callToAction = { label: 'Book a session', url: 'https://example.org/book' };
        ((pack.resources as { items: { contacts: object[] }[] }).items[0]!.contacts[0] as Record<string, unknown>).url =
          'https://example.org/help';
      }
      const { urls } = stringPaths(pack, kind);
      expect(urls.length, 'the pack has links').to.be.greaterThan(kind === 'quiz' ? 2 : 0);
      const bad = [
        'javascript:alert(1)',
        ' javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        'data:text/html,x',
        'vbscript:x',
        'file:///etc/passwd',
        '//evil.example',
        'ftp://x.example',
        'blob:x',
      ];
      for (const url of bad) {
        for (const path of urls) {
          const el = create(kind);
          el.definition = setAt(clone(pack), path, url);
          container.append(el);
          await el.updateComplete;
          const alert = alertOf(el);
          expect(!!alert, url).to.equal(true);
          expect(alert!.textContent).to.include(path.join('.').replace(/\.(\d+)/g, '[$1]'));
          el.remove();
          counts.injectionsTried++;
        }
      }
      for (const url of ['https://ok.example/x', 'http://ok.example', 'tel:+15551234', 'mailto:help@ok.example']) {
        for (const path of urls) expect(parseDefinition(setAt(clone(pack), path, url), kind).ok, url).to.equal(true);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Storage faults

type Fault = 'read-throws' | 'quota' | 'quota-after-probe' | 'absent' | 'corrupt' | 'tampered' | 'v1' | 'newer';
const FAULTS: Fault[] = ['read-throws', 'quota', 'quota-after-probe', 'absent', 'corrupt', 'tampered', 'v1', 'newer'];
/** Faults after which the element cannot save: the quiet notice is expected. */
const UNSAVED: Fault[] = ['read-throws', 'quota', 'quota-after-probe', 'absent'];
const DEFAULT_ID = { quiz: 'reciprocity-balance', checklist: 'one-sided-signs', stepper: 'recipro-steps' } as const;

/** Breaks Web Storage in one way; returns the undo. */
function breakStorage(fault: Fault, kind: DefinitionKind, area: Storage = localStorage): () => void {
  const proto = Storage.prototype;
  const saved = { getItem: proto.getItem, setItem: proto.setItem, key: proto.key };
  const local = Object.getOwnPropertyDescriptor(window, 'localStorage');
  const session = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
  const key = `recipro:${kind}:${DEFAULT_ID[kind]}`;
  switch (fault) {
    case 'read-throws':
      proto.getItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      proto.key = () => {
        throw new Error('read failed');
      };
      break;
    case 'quota':
      proto.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
      break;
    case 'quota-after-probe':
      proto.setItem = function (this: Storage, k: string, v: string) {
        if (k.startsWith('recipro:')) throw new DOMException('quota', 'QuotaExceededError');
        saved.setItem.call(this, k, v);
      };
      break;
    case 'absent':
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      }
      break;
    case 'corrupt':
      area.setItem(key, '{"format":"recipro-progress","version":2,"data":{"answers":');
      break;
    case 'tampered': {
      // Well-formed, but not from this definition's world: out-of-scale answers, a position past the end, unknown ids.
      const quiz = presets['reciprocity-balance'];
      const data =
        kind === 'quiz'
          ? {
              answers: Object.fromEntries(quiz.items.map((item, i) => [item.id, i % 2 ? 999 : -5])),
              position: 1e9,
              started: true,
            }
          : kind === 'checklist'
            ? {
                checked: [
                  'no-such-item',
                  '__proto__',
                  presets['one-sided-signs'].items[0]!.id,
                  presets['one-sided-signs'].items[0]!.id,
                ],
                revealed: true,
              }
            : { current: 'no-such-step', steps: { 'no-such-step': { done: true }, __proto__: { done: true } } };
      area.setItem(key, serializeProgress(kind, { id: DEFAULT_ID[kind], version: 'x' }, data as never));
      break;
    }
    case 'v1': {
      const data =
        kind === 'quiz'
          ? { answers: { [(presets['reciprocity-balance'].items[0] as { id: string }).id]: 2 } }
          : kind === 'checklist'
            ? { checked: [presets['one-sided-signs'].items[0]!.id] }
            : {
                current: presets['recipro-steps'].steps[1]!.id,
                steps: {
                  [presets['recipro-steps'].steps[0]!.id]: {
                    done: true,
                    notes: { [presets['recipro-steps'].steps[0]!.prompts[0]!.id]: 'an old note' },
                  },
                },
              };
      area.setItem(key, JSON.stringify({ v: 1, id: DEFAULT_ID[kind], t: Date.now() - 1000, ...data }));
      break;
    }
    case 'newer':
      area.setItem(
        key,
        serializeProgress(kind, { id: DEFAULT_ID[kind], version: '9' }, {} as never).replace(
          '"version":2',
          '"version":99',
        ),
      );
      break;
  }
  return () => {
    Object.assign(proto, saved);
    if (local) Object.defineProperty(window, 'localStorage', local);
    else delete (window as unknown as Record<string, unknown>).localStorage;
    if (session) Object.defineProperty(window, 'sessionStorage', session);
    else delete (window as unknown as Record<string, unknown>).sessionStorage;
    localStorage.clear();
    sessionStorage.clear();
  };
}

describe('reliability: storage faults', function () {
  this.timeout(60_000);
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  for (const [kind, mode] of [
    ...KINDS.map((k) => [k, 'local'] as const),
    ...KINDS.map((k) => [k, 'session'] as const),
  ]) {
    for (const fault of FAULTS) {
      it(`${kind} (persist=${mode}): storage ${fault}: still completes, says so quietly, loses nothing`, async () => {
        const undo = breakStorage(fault, kind, mode === 'local' ? localStorage : sessionStorage);
        try {
          const el = create(kind, { persist: mode, preset: DEFAULT_ID[kind] });
          let completed = 0;
          el.addEventListener('recipro-complete', () => completed++);
          container.append(el);
          await el.updateComplete;
          const root = el.shadowRoot!;
          expect(alertOf(el)).to.equal(null);
          const notice = () =>
            [...root.querySelectorAll('[part~=notice]')].some((n) => n.textContent!.includes(t.notSaved));
          if (fault === 'v1' && kind === 'checklist')
            expect(root.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked, 'v1 ticks migrated').to.equal(
              true,
            );
          if (fault === 'v1' && kind === 'stepper')
            expect((el as unknown as { progress: { done: number } }).progress.done, 'v1 steps migrated').to.equal(1);
          if (kind === 'quiz') {
            // A tampered record resumes at its first gap: no result is shown from answers the quiz cannot have given.
            if (fault === 'tampered')
              expect(root.querySelector('[part~=result]'), 'no result from tampered answers').to.equal(null);
            buttonNamed(root, t.start)?.click();
            await el.updateComplete;
            const q = el as unknown as { quiz: { items: { id: string; dimension?: string }[] } };
            // Answer the first two, go back, and the first answer is still there.
            for (let i = 0; i < 2; i++) {
              root.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
              await el.updateComplete;
              root.querySelector<HTMLButtonElement>('.actions .primary')!.click();
              await el.updateComplete;
            }
            if (UNSAVED.includes(fault)) expect(notice(), 'not-saved notice').to.equal(true);
            buttonNamed(root, t.back)!.click();
            await el.updateComplete;
            expect(root.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value).to.equal(
              root.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.value,
            );
            expect(await completeQuiz(el as never)).to.equal(t.resultTitle);
            expect(q.quiz.items.length).to.be.greaterThan(2);
          } else if (kind === 'checklist') {
            await completeChecklist(el);
            if (UNSAVED.includes(fault)) expect(notice(), 'not-saved notice').to.equal(true);
            const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
            expect(
              boxes.every((b) => b.checked),
              'every tick kept',
            ).to.equal(true);
          } else {
            const note = (s: number, f: number) => `typed in step ${s} field ${f}`;
            expect(await completeStepper(el as never, note)).to.equal(1);
            if (UNSAVED.includes(fault)) expect(notice(), 'not-saved notice').to.equal(true);
            buttonNamed(root, t.summary)!.click();
            await el.updateComplete;
            const summary = root.querySelector('[part~=summary]')!.textContent!;
            const steps = (el as unknown as { stepper: { steps: { prompts: unknown[] }[] } }).stepper.steps;
            steps.forEach((step, s) =>
              step.prompts.forEach((_, f) => expect(summary, `note ${s}.${f}`).to.include(note(s, f))),
            );
          }
          if (kind !== 'stepper') expect(completed).to.equal(1);
          expect(pageErrors).to.deep.equal([]);
          el.remove();
          counts.storageFaults++;
        } finally {
          undo();
        }
      });
    }
  }

  it('stepper: a reader who opts in to keep notes while storage is full is told, and keeps typing', async () => {
    const undo = breakStorage('quota', 'stepper');
    try {
      const el = create('stepper');
      container.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      root.querySelector<HTMLInputElement>('#keep')!.click();
      await el.updateComplete;
      expect(root.textContent).to.include(t.notSaved);
      const field = root.querySelector<HTMLTextAreaElement>('textarea')!;
      field.value = 'still here';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      buttonNamed(root, t.doneNext)!.click();
      await el.updateComplete;
      buttonNamed(root, t.back)!.click();
      await el.updateComplete;
      expect(root.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('still here');
      el.remove();
      counts.storageFaults++;
    } finally {
      undo();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Lifecycle

/** Counts listeners added and not removed on window and document, timers pending, and console errors. */
function track() {
  const listeners = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (fn: unknown) => {
    if (!fn || (typeof fn !== 'function' && typeof fn !== 'object')) return String(fn);
    if (!ids.has(fn as object)) ids.set(fn as object, ++next);
    return String(ids.get(fn as object));
  };
  const captureOf = (options: unknown) =>
    typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture;
  const restores: (() => void)[] = [];
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (
      this: unknown,
      type: string,
      fn: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      if (!(typeof options === 'object' && options?.once))
        listeners.add(`${name} ${type} ${idOf(fn)} ${captureOf(options)}`);
      return add.call(this as typeof target, type, fn as EventListenerOrEventListenerObject, options);
    } as typeof add;
    target.removeEventListener = function (
      this: unknown,
      type: string,
      fn: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) {
      listeners.delete(`${name} ${type} ${idOf(fn)} ${captureOf(options)}`);
      return remove.call(this as typeof target, type, fn as EventListenerOrEventListenerObject, options);
    } as typeof remove;
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const timers = new Set<number>();
  const { setTimeout: set, clearTimeout: clear, setInterval: setI, clearInterval: clearI } = window;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = set(
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof fn === 'function') fn(...a);
      },
      ms,
      ...args,
    );
    timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clear(id);
  }) as typeof clearTimeout;
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = setI(fn, ms, ...args);
    timers.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearI(id);
  }) as typeof clearInterval;
  const consoleCalls: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void consoleCalls.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => void consoleCalls.push(`warn: ${args.map(String).join(' ')}`);
  return {
    listeners,
    timers,
    consoleCalls,
    restore() {
      restores.forEach((r) => r());
      Object.assign(window, { setTimeout: set, clearTimeout: clear, setInterval: setI, clearInterval: clearI });
      Object.assign(console, { error, warn });
    },
  };
}

const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('reliability: lifecycle', function () {
  this.timeout(60_000);
  let tracker: ReturnType<typeof track>;
  beforeEach(() => {
    container.replaceChildren();
    tracker = track();
  });
  afterEach(() => tracker.restore());

  it('removed and re-added mid-way, each element keeps its place', async () => {
    for (const kind of KINDS) {
      const el = create(kind, { preset: DEFAULT_ID[kind] });
      container.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      if (kind === 'quiz') {
        buttonNamed(root, t.start)!.click();
        await el.updateComplete;
        root.querySelectorAll<HTMLInputElement>('input[type=radio]')[2]!.click();
        await el.updateComplete;
        root.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      } else if (kind === 'checklist') root.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      else {
        const field = root.querySelector<HTMLTextAreaElement>('textarea')!;
        field.value = 'kept across a move';
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await el.updateComplete;
      const before = visibleText(el);
      for (let i = 0; i < 5; i++) {
        el.remove();
        await tick();
        container.append(el);
        await el.updateComplete;
        counts.lifecycleCycles++;
      }
      expect(visibleText(el)).to.equal(before);
      if (kind === 'stepper') expect(root.querySelector('textarea')!.value).to.equal('kept across a move');
      el.remove();
    }
    await tick();
    expect([...tracker.listeners]).to.deep.equal([]);
    expect(tracker.consoleCalls).to.deep.equal([]);
  });

  it('moved into an iframe’s document (adoptNode) and back, each element still renders and completes', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentDocument!;
    other.open();
    other.write('<!doctype html><html lang="en"><body></body></html>');
    other.close();
    for (const kind of KINDS) {
      const el = create(kind, { preset: DEFAULT_ID[kind] });
      container.append(el);
      await el.updateComplete;
      other.body.append(other.adoptNode(el));
      await el.updateComplete;
      expect(visibleText(el), `${kind} in the iframe`).to.not.equal('');
      // Still styled in the other document: the host is a block with its padding.
      expect(el.shadowRoot!.adoptedStyleSheets.length, `${kind} styled in the iframe`).to.be.greaterThan(0);
      expect(frame.contentWindow!.getComputedStyle(el).display, `${kind} :host style in the iframe`).to.equal('block');
      expect(el.ownerDocument).to.equal(other);
      container.append(document.adoptNode(el));
      await el.updateComplete;
      if (kind === 'quiz') expect(await completeQuiz(el as never)).to.equal(t.resultTitle);
      else if (kind === 'checklist') expect(await completeChecklist(el)).to.not.equal('');
      else expect(await completeStepper(el as never)).to.equal(1);
      // Styles survive the trip: the shadow root still has its stylesheets.
      expect(getComputedStyle(el).display, `${kind} :host style back home`).to.equal('block');
      el.remove();
      counts.lifecycleCycles++;
    }
    frame.remove();
    expect(tracker.consoleCalls).to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });

  it('attributes changed mid-quiz: the quiz carries on and completes', async () => {
    const el = create('quiz');
    container.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    buttonNamed(root, t.start)!.click();
    await el.updateComplete;
    const changes: [string, string | null][] = [
      ['relationship', 'friend'],
      ['layout', 'list'],
      ['culture', 'in'],
      ['layout', 'paged'],
      ['persist', 'session'],
      ['persist-key', 'other'],
      ['relationship', 'nonsense'],
      ['submit-include', 'answers'],
      ['name', 'result'],
      ['persist', null],
    ];
    for (const [name, value] of changes) {
      const radios = root.querySelectorAll<HTMLInputElement>('input[type=radio]');
      if (radios.length && ![...radios].some((r) => r.checked)) radios[1]!.click();
      await el.updateComplete;
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
      await el.updateComplete;
      expect(alertOf(el), name).to.equal(null);
      expect(visibleText(el)).to.not.equal('');
      counts.lifecycleCycles++;
    }
    expect(await completeQuiz(el as never)).to.equal(t.resultTitle);
    el.remove();
    expect(tracker.consoleCalls).to.deep.equal([]);
  });

  it('definition replaced mid-quiz: a clean restart with a notice', async () => {
    const el = create('quiz');
    container.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    buttonNamed(root, t.start)!.click();
    await el.updateComplete;
    root.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
    await el.updateComplete;
    const replacement = clone(presets['reciprocity-balance']) as { id: string; title: string };
    replacement.id = 'another-quiz';
    replacement.title = 'Another quiz';
    el.definition = replacement;
    await el.updateComplete;
    expect(root.querySelector('h2')!.textContent).to.equal('Another quiz');
    expect(root.querySelector('[part~=notice]')?.textContent).to.equal(t.restarted);
    expect(root.querySelectorAll('input[type=radio]:checked').length).to.equal(0);
    expect(await completeQuiz(el as never)).to.equal(t.resultTitle);
    // Replaced by an invalid one: the error, then a valid one again.
    el.definition = { kind: 'quiz' };
    await el.updateComplete;
    expect(alertOf(el)).to.not.equal(null);
    el.definition = undefined;
    await el.updateComplete;
    expect(alertOf(el)).to.equal(null);
    el.remove();
    counts.lifecycleCycles++;
    expect(tracker.consoleCalls).to.deep.equal([]);
  });

  it('definition replaced mid-quiz by one of the same id and version, fewer questions: a clean restart', async () => {
    const el = create('quiz');
    container.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    buttonNamed(root, t.start)!.click();
    await el.updateComplete;
    for (let i = 0; i < 16; i++) {
      root.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      await el.updateComplete;
    }
    const shorter = clone(presets['reciprocity-balance']) as unknown as { items: { dimension?: string }[] };
    const seen = new Set<string | undefined>();
    // One question per dimension, and the safety question.
    shorter.items = shorter.items.filter((item) => !seen.has(item.dimension) && (seen.add(item.dimension), true));
    const parsed = parseDefinition(shorter, 'quiz');
    expect(parsed.ok, JSON.stringify(parsed.ok ? '' : parsed.issues.slice(0, 3))).to.equal(true);
    expect(shorter.items.length).to.be.lessThan(16);
    el.definition = shorter;
    await el.updateComplete;
    expect(pageErrors).to.deep.equal([]);
    expect(alertOf(el)).to.equal(null);
    expect(visibleText(el)).to.not.equal('');
    expect(root.querySelector('[part~=notice]')?.textContent).to.equal(t.restarted);
    expect(await completeQuiz(el as never)).to.equal(t.resultTitle);
    el.remove();
    counts.lifecycleCycles++;
    expect(tracker.consoleCalls).to.deep.equal([]);
  });

  for (const kind of ['checklist', 'stepper'] as const) {
    it(`${kind}: definition replaced mid-way by another: a clean start for the new one`, async () => {
      const el = create(kind, { preset: DEFAULT_ID[kind] });
      container.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      if (kind === 'checklist') root.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      else {
        const field = root.querySelector<HTMLTextAreaElement>('textarea')!;
        field.value = 'a note for the old steps';
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await el.updateComplete;
      const replacement = clone(packsOf(kind)[0]) as { id: string; title: string };
      replacement.id = `another-${kind}`;
      replacement.title = `Another ${kind}`;
      el.definition = replacement;
      await el.updateComplete;
      expect(root.textContent).to.include(`Another ${kind}`);
      if (kind === 'checklist') expect(root.querySelectorAll('input[type=checkbox]:checked').length).to.equal(0);
      else expect([...root.querySelectorAll('textarea')].map((f) => f.value).join('')).to.equal('');
      el.remove();
      counts.lifecycleCycles++;
      expect(tracker.consoleCalls).to.deep.equal([]);
      expect(pageErrors).to.deep.equal([]);
    });
  }

  for (const kind of ['checklist', 'stepper'] as const) {
    it(`${kind}: definition replaced mid-way by a shorter one with the same id and version`, async () => {
      const el = create(kind, { preset: DEFAULT_ID[kind] });
      container.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      if (kind === 'checklist')
        root.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((box) => box.click());
      else root.querySelectorAll<HTMLButtonElement>('.step-link')[5]!.click();
      await el.updateComplete;
      const shorter = clone(packsOf(kind).find((p) => (p as { id: string }).id === DEFAULT_ID[kind])) as {
        items?: unknown[];
        steps?: unknown[];
      };
      if (shorter.items) shorter.items = shorter.items.slice(0, 2);
      if (shorter.steps) shorter.steps = shorter.steps.slice(0, 2);
      const parsed = parseDefinition(shorter, kind);
      expect(parsed.ok, JSON.stringify(parsed.ok ? '' : parsed.issues.slice(0, 3))).to.equal(true);
      el.definition = shorter;
      await el.updateComplete;
      expect(pageErrors).to.deep.equal([]);
      expect(alertOf(el)).to.equal(null);
      if (kind === 'checklist') expect(await completeChecklist(el)).to.not.equal('');
      else expect(await completeStepper(el as never)).to.equal(1);
      el.remove();
      counts.lifecycleCycles++;
      expect(tracker.consoleCalls).to.deep.equal([]);
    });
  }

  it('src: a failed fetch, a src changed mid-fetch, and removal mid-fetch', async () => {
    const json = (value: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;
    const other = clone(presets['friendship-balance']);
    const el = create('checklist', { src: '/test/reliability/no-such-definition.json' });
    let errors = 0;
    el.addEventListener('recipro-error', () => errors++);
    container.append(el);
    await el.updateComplete;
    expect(alertOf(el)?.textContent).to.include('404');
    expect(errors).to.equal(1);
    el.setAttribute('src', json({ kind: 'checklist' }));
    el.setAttribute('src', json(other));
    await el.updateComplete;
    await tick();
    await el.updateComplete;
    expect(alertOf(el)).to.equal(null);
    expect(el.shadowRoot!.textContent).to.include(other.title);
    expect(errors).to.equal(1);
    el.setAttribute('src', json(presets['work-reciprocity']));
    el.remove();
    await tick();
    container.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include(presets['work-reciprocity'].title);
    el.remove();
    counts.lifecycleCycles++;
    expect(tracker.consoleCalls).to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });

  it('100 rapid create/remove cycles leak no listeners, timers or console errors', async () => {
    const baseline = heap();
    const timersBefore = new Set(tracker.timers);
    for (let i = 0; i < 100; i++) {
      const kind = KINDS[i % 3]!;
      const el = create(kind, i % 2 ? { persist: 'session' } : {});
      if (i % 5 === 0) el.definition = { kind };
      container.append(el);
      if (i % 4 === 0) await el.updateComplete;
      el.remove();
      counts.lifecycleCycles++;
    }
    // Timers an element starts for itself may run out; any still pending a second later is left behind.
    const left = () => [...tracker.timers].filter((id) => !timersBefore.has(id));
    await until(() => left().length === 0, 1000).catch(() => undefined);
    expect([...tracker.listeners], 'listeners left on window/document').to.deep.equal([]);
    expect(left(), 'timers left pending').to.deep.equal([]);
    expect(tracker.consoleCalls).to.deep.equal([]);
    expect(container.children.length).to.equal(0);
    const after = heap();
    if (baseline && after)
      console.log(
        `reliability: heap ${(baseline / 1e6).toFixed(1)} MB before, ${(after / 1e6).toFixed(1)} MB after ` +
          '100 cycles (no GC forced; logged only)',
      );
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile pages and a clean console: the built bundle (`npm run build` first) in iframe pages
// under the strict CSP.

/** Opens a page of the built bundle and waits until it has defined the elements. */
async function openBuiltPage(path: string): Promise<{ win: PageWindow; doc: Document }> {
  const { win, doc } = await openPage(path);
  await until(() => !!win.customElements.get('recipro-stepper') && !!win.customElements.get('recipro-quiz'));
  return { win, doc };
}

/** Completes every recipro element in a page, checking each is visible and its buttons are shown. */
async function completeAll(doc: Document): Promise<void> {
  for (const el of doc.querySelectorAll<Lit>('recipro-quiz, recipro-checklist, recipro-stepper')) {
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(alertOf(el), el.localName).to.equal(null);
    const button = root.querySelector('button')!;
    expect(button.getBoundingClientRect().width, `${el.localName}: its buttons are shown`).to.be.greaterThan(0);
    if (el.localName === 'recipro-quiz') expect(await completeQuiz(el as never)).to.equal(t.resultTitle);
    else if (el.localName === 'recipro-checklist') expect(await completeChecklist(el)).to.not.equal('');
    else expect(await completeStepper(el as never)).to.equal(1);
  }
}

/** The host's own lit element renders and reacts to a click. */
async function expectHostElement(doc: Document, tag: string): Promise<void> {
  const host = doc.querySelector<Lit>(tag)!;
  await until(() => !!host.shadowRoot?.querySelector('button'));
  host.shadowRoot!.querySelector('button')!.click();
  await host.updateComplete;
  expect(host.shadowRoot!.querySelector('button')!.textContent).to.equal('clicked 1');
}

describe('reliability: hostile pages (built bundle)', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a page with its own lit before and after ours, its own Trusted Types policy and global CSS resets', async () => {
    const { win, doc } = await openBuiltPage('/test/pages/reliability-hostile.html');
    await until(() => (win.__hostLoaded ?? []).length === 2);
    await completeAll(doc);
    await expectHostElement(doc, 'host-before');
    await expectHostElement(doc, 'host-after');
    expect(doc.getElementById('host-html')!.textContent, 'the host’s own policy works').to.equal('host <b>markup</b>');
    expect(
      doc.querySelector('recipro-checklist script[type="application/ld+json"]'),
      'structured data through our policy',
    ).to.not.equal(null);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    counts.hostilePages++;
  });

  it('a page that freezes the built-in prototypes before loading', async () => {
    const { win, doc } = await openBuiltPage('/test/pages/reliability-frozen.html');
    expect(Object.isFrozen((win as unknown as { Object: ObjectConstructor }).Object.prototype)).to.equal(true);
    await completeAll(doc);
    await expectHostElement(doc, 'host-after');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    counts.hostilePages++;
  });

  it('the production build logs nothing during a complete run of each element', async () => {
    const { win, doc } = await openBuiltPage('/test/pages/reliability-console.html');
    await completeAll(doc);
    // And the ways out: copy (blocked clipboard in a background frame is fine: it must stay quiet), print stubbed.
    (win as unknown as { print: () => void }).print = () => {};
    const copying: Lit[] = [];
    for (const el of doc.querySelectorAll<Lit>('recipro-quiz, recipro-checklist, recipro-stepper')) {
      const copy = buttonNamed(el.shadowRoot!, t.copy);
      if (copy) copying.push(el);
      copy?.click();
      buttonNamed(el.shadowRoot!, t.print)?.click();
      await el.updateComplete;
    }
    // Each copy has ended once its element says how it went: copied, or blocked.
    const said = (el: Lit) => el.shadowRoot!.querySelector('[role=status]')?.textContent ?? '';
    await until(() => copying.every((el) => said(el) === t.copied || said(el) === t.copyFailed));
    expect(copying.length).to.equal(3);
    expect(win.__console).to.deep.equal([]);
    counts.hostilePages++;
  });
});
