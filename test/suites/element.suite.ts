// What every recipro element does, whatever it shows: where its definition comes from and in
// which order, what it does with bad input and failed requests, how it keeps progress and
// copes with broken storage, how it survives being moved and reconfigured, and the shape of its
// events. Each element's test file calls `runElementSuite` with its own definition, words and
// reader actions, and keeps only what is its own.
import { aTimeout, expect } from '@open-wc/testing';
import {
  $,
  $$,
  expectAccessible,
  failStorage,
  jsonScript,
  setAttributes,
  settle,
  shadow,
  squash,
  until,
  type Lit,
} from '../helpers.js';

/** What the suite needs of an element: its public configuration properties. */
export type ReciproLike = Lit & { definition?: unknown; src?: string; preset?: string };

/** A valid definition small enough to drive in a test. */
export interface SmallDefinition {
  kind: string;
  id: string;
  version: string;
  title: string;
}

/** Input the element must refuse, and what the reader is told. */
export interface InvalidDefinition {
  /** Says what is wrong, in a test name: `a wrong shape`. */
  name: string;
  definition: unknown;
  /** Path of the first issue, as shown in the alert and in `recipro-error`'s detail. */
  path: string;
  message: RegExp;
}

export interface ElementSuiteOptions<E extends ReciproLike> {
  tag: 'recipro-quiz' | 'recipro-checklist' | 'recipro-stepper';
  kind: 'quiz' | 'checklist' | 'stepper';
  /** A small valid definition; the suite changes its `title` to tell sources apart. */
  definition: SmallDefinition;
  /** The title the element shows for its definition. */
  title(el: E): string;
  /** The definition shown, as the element's public getter (`quiz`, `checklist`, `stepper`) gives it. */
  shown(el: E): { id: string } | undefined;
  /** The built-in pack shown when nothing is configured. */
  defaultPack: { id: string; title: string };
  /** A built-in pack named with `preset` (the default one, for an element with a single pack). */
  preset: { id: string; title: string };
  /** The error for `preset="nope"`, which lists the known packs. */
  unknownPreset: RegExp;
  /** Definitions of the right kind that are still wrong: a wrong shape, an error of meaning. */
  invalid: InvalidDefinition[];
  /** A source of the element's own, between the child script and `src`: adds it and returns its removal. */
  ownSource?: { name: string; add(el: E): () => void; expect(el: E): void };
  /** What the page author wrote inside the element, which must stay readable beside an error. */
  fallback?: { add(el: E): void; expect(el: E): void };
  /** Part-way progress, as a reader makes it. */
  progress: {
    make(el: E): Promise<void>;
    /** Checks the progress is on screen (it may move the reader about, e.g. press Back). */
    expect(el: E): Promise<void>;
    /** The `data` of the record saved for that progress. */
    saved: unknown;
    /** Checks the element is at its start, with no progress. */
    atStart(el: E): void;
  };
  /** Drives the element to completion, as a reader would. */
  complete(el: E): Promise<void>;
  /** The names of the events a complete run fires. */
  events: string[];
  /** Attributes of the element's own to change mid-way (`null` removes one). */
  attributes: [string, string | null][];
  /** Properties of the element's own a host may set. */
  properties: Record<string, unknown>;
}

const NOT_SAVED = 'Your progress is not being saved on this device.';
const LIBRARY_EVENTS = [
  'recipro-start',
  'recipro-change',
  'recipro-step-change',
  'recipro-complete',
  'recipro-error',
  'recipro-submit',
  'recipro-submit-error',
];
const OTHER_KIND = { quiz: 'checklist', checklist: 'quiz', stepper: 'quiz' } as const;

/** Runs the shared behaviour tests for one element; call it inside the element's `describe`. */
export function runElementSuite<E extends ReciproLike>(options: ElementSuiteOptions<E>): void {
  const { tag, kind, definition, title, progress } = options;
  const key = `recipro:${kind}:${definition.id}`;
  const titled = (words: string) => ({ ...definition, title: words });
  const alertOf = (el: E) => shadow(el).querySelector<HTMLElement>('[role=alert]');

  const made: Element[] = [];
  /** Creates the element, lets `setup` configure it before it connects, connects it and waits. */
  async function make(setup: (el: E) => void = () => {}): Promise<E> {
    const el = document.createElement(tag) as unknown as E;
    setup(el);
    document.body.append(el);
    made.push(el);
    await settle(el);
    return el;
  }
  /** The small definition, with attributes. */
  const withDefinition = (attrs: Record<string, string> = {}) =>
    make((el) => {
      el.definition = definition;
      setAttributes(el, attrs);
    });
  /** Counts `recipro-complete` while the reader (`options.complete`) completes the element. */
  async function completions(el: E): Promise<number> {
    let completed = 0;
    const count = () => completed++;
    el.addEventListener('recipro-complete', count);
    await options.complete(el);
    await settle(el);
    el.removeEventListener('recipro-complete', count);
    return completed;
  }

  describe('like every recipro element', () => {
    afterEach(() => {
      made.splice(0).forEach((el) => el.remove());
      localStorage.clear();
      sessionStorage.clear();
    });

    describe('configuration sources', () => {
      it('shows its default pack when nothing is configured', async () => {
        const el = await make();
        expect(options.shown(el)?.id).to.equal(options.defaultPack.id);
        expect(title(el)).to.equal(options.defaultPack.title);
      });

      it('shows the built-in pack named by preset', async () => {
        const el = await make((e) => e.setAttribute('preset', options.preset.id));
        expect(options.shown(el)?.id).to.equal(options.preset.id);
        expect(title(el)).to.equal(options.preset.title);
      });

      const order = ['the definition property', 'a child JSON script', 'src', 'preset', 'its default'];
      if (options.ownSource) order.splice(2, 0, options.ownSource.name);
      it(`prefers ${order.join(', then ')}`, async () => {
        const url = URL.createObjectURL(new Blob([JSON.stringify(titled('src'))], { type: 'application/json' }));
        let removeOwn = () => {};
        const el = await make((e) => {
          e.setAttribute('src', url);
          e.setAttribute('preset', options.preset.id);
          e.append(jsonScript(titled('script')));
          if (options.ownSource) removeOwn = options.ownSource.add(e);
          e.definition = titled('property');
        });
        expect(title(el)).to.equal('property');
        el.definition = undefined;
        await settle(el);
        expect(title(el)).to.equal('script');
        el.querySelector('script[type="application/json"]')!.remove();
        await settle(el);
        if (options.ownSource) {
          options.ownSource.expect(el);
          removeOwn();
          await settle(el);
        }
        await until(() => title(el) === 'src');
        el.removeAttribute('src');
        await settle(el);
        expect(title(el)).to.equal(options.preset.title);
        el.removeAttribute('preset');
        await settle(el);
        expect(title(el)).to.equal(options.defaultPack.title);
        expect(options.shown(el)?.id).to.equal(options.defaultPack.id);
      });

      it('reads a child JSON script, and picks up edits to it', async () => {
        const child = jsonScript(titled('From script'));
        const el = await make((e) => e.append(child));
        expect(title(el)).to.equal('From script');
        child.textContent = JSON.stringify(titled('Edited'));
        await settle(el);
        await settle(el);
        expect(title(el)).to.equal('Edited');
      });

      it('fetches src without credentials', async () => {
        const url = URL.createObjectURL(new Blob([JSON.stringify(titled('From src'))], { type: 'application/json' }));
        const requests: { url: string; credentials?: RequestCredentials }[] = [];
        const original = window.fetch;
        window.fetch = (input, init) => {
          const request = input instanceof Request ? input : undefined;
          requests.push({
            url: request?.url ?? String(input),
            credentials: init?.credentials ?? request?.credentials,
          });
          return original(input, init);
        };
        try {
          const el = await make((e) => e.setAttribute('src', url));
          await until(() => title(el) === 'From src');
        } finally {
          window.fetch = original;
        }
        expect(requests.filter((r) => r.url === url)).to.deep.equal([{ url, credentials: 'omit' }]);
      });
    });

    describe('when the input is invalid', () => {
      const cases: { name: string; setup: (el: E) => void; path: string; message: RegExp }[] = [
        {
          name: 'bad JSON in a child script',
          setup: (el) => el.append(jsonScript(`{"kind": "${kind}",`)),
          path: '',
          message: /: the definition is not valid JSON \(/,
        },
        ...options.invalid.map((c) => ({ ...c, setup: (el: E) => void (el.definition = c.definition) })),
        {
          name: `a ${OTHER_KIND[kind]} definition`,
          setup: (el) => void (el.definition = { kind: OTHER_KIND[kind] }),
          path: 'kind',
          message: new RegExp(`kind: this element needs a ${kind} definition, but this one is a ${OTHER_KIND[kind]}`),
        },
        {
          name: 'src answered with HTTP 404',
          setup: (el) => void (el.src = '/test/fixtures/does-not-exist.json'),
          path: 'src',
          message: /src: The definition could not be loaded \(HTTP 404 from \/test\/fixtures\/does-not-exist\.json\)\./,
        },
        {
          name: 'src failing with a network error',
          setup: (el) => void (el.src = 'http://127.0.0.1:9/definition.json'),
          path: 'src',
          message: /src: The definition could not be loaded: the network request failed\./,
        },
        {
          name: 'an unknown preset',
          setup: (el) => void (el.preset = 'nope'),
          path: 'preset',
          message: options.unknownPreset,
        },
      ];
      for (const { name, setup, path, message } of cases) {
        it(`shows a readable alert with the path, and fires one recipro-error, for ${name}`, async () => {
          const errors: CustomEvent<{ issues: { path: string; message: string }[] }>[] = [];
          const el = await make((e) => {
            setup(e);
            options.fallback?.add(e);
            e.addEventListener('recipro-error', (event) => errors.push(event));
          });
          await until(() => !!alertOf(el));
          await settle(el);
          const alert = alertOf(el)!;
          expect(squash(alert.textContent)).to.match(message);
          expect(squash(alert.textContent)).to.contain(
            'This assessment could not be shown The page that embeds it has a problem with its configuration:',
          );
          expect(alert.querySelector('code')?.textContent ?? '').to.equal(path);
          expect(alert.getBoundingClientRect().height, 'the alert is on screen').to.be.greaterThan(0);
          expect($$(el, 'input, textarea, select'), 'no controls for a definition that is not there').to.have.length(0);
          expect(errors).to.have.length(1);
          expect(errors[0]!.detail.issues[0]!.path).to.equal(path);
          expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
          options.fallback?.expect(el);
        });
      }

      it('shows the definition once a valid one replaces the invalid one', async () => {
        const el = await make((e) => void (e.definition = { kind }));
        expect(alertOf(el)).to.not.equal(null);
        el.definition = titled('Fixed');
        await settle(el);
        expect(alertOf(el)).to.equal(null);
        expect(title(el)).to.equal('Fixed');
      });

      it('has no axe violations (WCAG 2.2 AA) in the error state', async () => {
        const el = await make((e) => void (e.definition = { kind }));
        expect(alertOf(el)).to.not.equal(null);
        await expectAccessible(el);
      });
    });

    describe('keeping progress (persist)', () => {
      it('stores nothing without persist', async () => {
        const el = await withDefinition();
        await progress.make(el);
        expect(await completions(el)).to.equal(1);
        expect(localStorage.length + sessionStorage.length).to.equal(0);
      });

      for (const mode of ['local', 'session'] as const) {
        it(`keeps progress across a reload with persist="${mode}"`, async () => {
          const [storage, other] = mode === 'local' ? [localStorage, sessionStorage] : [sessionStorage, localStorage];
          const first = await withDefinition({ persist: mode });
          await progress.make(first);
          first.remove();
          expect(Object.keys(storage)).to.deep.equal([key]);
          expect(JSON.parse(storage.getItem(key)!).data).to.deep.equal(progress.saved);
          expect(other.length).to.equal(0);
          const second = await withDefinition({ persist: mode });
          await progress.expect(second);
        });
      }

      it('keeps two elements with the same definition apart with persist-key', async () => {
        const a = await withDefinition({ persist: 'local', 'persist-key': 'a' });
        await progress.make(a);
        const b = await withDefinition({ persist: 'local', 'persist-key': 'b' });
        progress.atStart(b);
        expect(Object.keys(localStorage)).to.deep.equal([`recipro:${kind}:key:a`]);
      });

      it('starts quietly from a corrupt record, removes it, and saves the new progress', async () => {
        localStorage.setItem(key, '{"format":');
        const el = await withDefinition({ persist: 'local' });
        progress.atStart(el);
        expect(alertOf(el)).to.equal(null);
        expect($(el, '[part~=notice]')).to.equal(null);
        expect(localStorage.getItem(key)).to.equal(null);
        await progress.make(el);
        expect(JSON.parse(localStorage.getItem(key)!).data).to.deep.equal(progress.saved);
      });

      it('keeps working when storage refuses every write, and quietly says progress is not saved', async () => {
        const undo = failStorage('setItem');
        try {
          const el = await withDefinition({ persist: 'local' });
          expect(squash($(el, '[part~=notice]')?.textContent)).to.equal(NOT_SAVED);
          expect($(el, '[part~=notice]').getAttribute('role'), 'a notice, not an alert').to.equal(null);
          await progress.make(el);
          await progress.expect(el);
          expect(await completions(el)).to.equal(1);
          expect(alertOf(el)).to.equal(null);
        } finally {
          undo();
        }
        expect(localStorage.length).to.equal(0);
      });

      it('keeps working when reading storage throws, and quietly says progress is not saved', async () => {
        const undo = failStorage('getItem', () => new DOMException('The operation is insecure.', 'SecurityError'));
        try {
          const el = await withDefinition({ persist: 'local' });
          expect(alertOf(el)).to.equal(null);
          expect(squash($(el, '[part~=notice]')?.textContent)).to.equal(NOT_SAVED);
          await progress.make(el);
          await progress.expect(el);
          expect(await completions(el)).to.equal(1);
        } finally {
          undo();
        }
      });
    });

    describe('lifecycle', () => {
      it('keeps its place when removed and added again, five times', async () => {
        const el = await withDefinition();
        await progress.make(el);
        const before = squash(shadow(el).textContent);
        for (let i = 0; i < 5; i++) {
          el.remove();
          await aTimeout(0);
          document.body.append(el);
          await settle(el);
        }
        expect(squash(shadow(el).textContent)).to.equal(before);
        await progress.expect(el);
      });

      it('carries on and completes when attributes change mid-way', async () => {
        const el = await withDefinition();
        await progress.make(el);
        const changes: [string, string | null][] = [
          ['locale', 'en-GB'],
          ['persist', 'session'],
          ['persist-key', 'other'],
          ['submit-include', 'answers'],
          ...options.attributes,
          ['persist', null],
          ['locale', null],
        ];
        for (const [name, value] of changes) {
          if (value === null) el.removeAttribute(name);
          else el.setAttribute(name, value);
          await settle(el);
          expect(alertOf(el), `${name}=${value}`).to.equal(null);
          expect(squash(shadow(el).textContent), `${name}=${value}`).to.not.equal('');
        }
        expect(await completions(el)).to.equal(1);
      });
    });

    describe('events', () => {
      it('fires only recipro- events, which bubble out of the shadow roots around it (composed)', async () => {
        // Inside another component's shadow root: only a composed, bubbling event reaches the document.
        const outer = document.createElement('div');
        const el = document.createElement(tag) as unknown as E;
        el.definition = definition;
        outer.attachShadow({ mode: 'open' }).append(el);
        document.body.append(outer);
        made.push(outer);
        const seen: { type: string; bubbles: boolean; composed: boolean; fromElement: boolean }[] = [];
        const stray: string[] = [];
        // The path is read during dispatch: once an event is done, composedPath() is empty.
        const record = (event: Event) =>
          seen.push({
            type: event.type,
            bubbles: event.bubbles,
            composed: event.composed,
            fromElement: event.composedPath()[0] === el,
          });
        const unprefixed = ['start', 'change', 'step-change', 'complete', 'error', 'submit', 'submit-error'];
        const strayed = (event: Event) => stray.push(event.type);
        LIBRARY_EVENTS.forEach((name) => document.addEventListener(name, record));
        unprefixed.forEach((name) => document.addEventListener(name, strayed));
        try {
          await settle(el);
          await options.complete(el);
          await settle(el);
        } finally {
          LIBRARY_EVENTS.forEach((name) => document.removeEventListener(name, record));
          unprefixed.forEach((name) => document.removeEventListener(name, strayed));
        }
        expect([...new Set(seen.map((e) => e.type))].sort()).to.deep.equal([...options.events].sort());
        const unlike = seen.filter((e) => !e.bubbles || !e.composed || !e.fromElement);
        expect(unlike, 'events that do not bubble, are not composed, or come from inside').to.deep.equal([]);
        expect(stray).to.deep.equal([]);
      });

      it('fires nothing when the host sets properties', async () => {
        const el = await withDefinition();
        const seen: string[] = [];
        LIBRARY_EVENTS.forEach((name) => el.addEventListener(name, () => seen.push(name)));
        Object.assign(el, { locale: 'en-GB', persist: 'session', persistKey: 'other', ...options.properties });
        await settle(el);
        el.definition = { ...definition, version: '2' };
        await settle(el);
        el.definition = undefined;
        el.preset = options.preset.id;
        await settle(el);
        expect(seen).to.deep.equal([]);
        expect(title(el)).to.equal(options.preset.title);
      });
    });

    describe('accessibility', () => {
      it('keeps an empty, polite live region from the first render, while the definition loads', async () => {
        const original = window.fetch;
        window.fetch = () => new Promise<Response>(() => {});
        try {
          const el = document.createElement(tag) as unknown as E;
          el.src = '/never-answers.json';
          document.body.append(el);
          made.push(el);
          await until(() => !!el.shadowRoot?.querySelector('[role=status]'));
          const live = $(el, '[role=status]');
          expect(live.getAttribute('aria-live')).to.equal('polite');
          expect(squash(live.textContent)).to.equal('');
          expect(squash(shadow(el).textContent)).to.equal('Loading…');
        } finally {
          window.fetch = original;
        }
      });
    });
  });
}
