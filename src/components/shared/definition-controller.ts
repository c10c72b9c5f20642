import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { commonMessages, type DefinitionByKind, type DefinitionKind, type Issue } from '../../core/index.js';
import type { parseDefinitionIn } from '../../core/parse.js';
import { emit } from '../../events.js';
import { loadLocalizedPack, localizedPack } from '../../locales/registry.js';

/** Where a definition came from, in order of precedence. */
export type DefinitionSource =
  | {
      from: 'property' | 'script' | 'list';
      value: unknown;
      /** Built by our own code and valid by construction: skip the validator. */ valid?: boolean;
    }
  | { from: 'src'; url: string }
  | { from: 'preset'; id: string; language?: string };

export type DefinitionState<K extends DefinitionKind> =
  | { status: 'loading' }
  | { status: 'ready'; definition: DefinitionByKind[K]; source: DefinitionSource['from'] }
  | { status: 'error'; issues: Issue[] };

type Host = ReactiveControllerHost & HTMLElement;

export interface DefinitionOptions<K extends DefinitionKind> {
  kind: K;
  presets: Readonly<Record<string, DefinitionByKind[K]>>;
  /** Every built-in id, when `presets` holds only the packs loaded so far. */
  presetIds?: readonly string[];
  /** Loads a built-in pack into `presets`; undefined when there is nothing to load. */
  loadPreset?: (id: string) => Promise<void> | undefined;
  /** The source to use now; called before each update. */
  source: () => DefinitionSource;
  /** Called once per newly accepted definition, before the host renders it. */
  onReady?: (definition: DefinitionByKind[K]) => void;
  /** Called before `onReady`; a promise keeps the state `loading` until it settles (e.g. storage code loading). */
  prepare?: (definition: DefinitionByKind[K]) => Promise<void> | undefined;
  /** The element's language: built-in packs are shown in it; nothing resolves while it loads. */
  locale?: { language: string; loading: boolean };
  /**
   * Imports the validator module. Default: the validator chunk's `import()`. Tests pass one that
   * rejects, as that import does on a page gone offline.
   */
  loadValidator?: () => Promise<{ parseDefinitionIn: typeof parseDefinitionIn }>;
}

/**
 * The validator (zod and the meaning checks), a chunk of its own. No promise is kept, so there is
 * no failure to forget (as `onceEach` does for the packs): the browser shares one fetch among the
 * elements that ask at once and keeps the module once loaded, and an import after a failure tries
 * again. (Browsers that still cache a failed `import()` fail again at once; those that follow the
 * current HTML standard fetch the chunk anew.)
 */
const importValidator = () => import('../../core/parse.js');

/** The first `<script type="application/json">` child's text, if any. */
export function inlineScriptJSON(host: HTMLElement): string | undefined {
  if (isServer) return undefined; // the server renderer does not give an element its children
  for (const child of host.children) {
    if (child.localName === 'script' && (child as HTMLScriptElement).type === 'application/json')
      return child.textContent ?? '';
  }
  return undefined;
}

/** Property, then a child JSON script, then `src`, then `preset`, then the default preset. */
export function standardSource(
  host: HTMLElement,
  values: { definition?: unknown; src?: string | null; preset?: string | null },
  fallback: string,
): DefinitionSource {
  if (values.definition !== undefined && values.definition !== null)
    return { from: 'property', value: values.definition };
  const script = inlineScriptJSON(host);
  if (script !== undefined) return { from: 'script', value: script };
  if (values.src) return { from: 'src', url: values.src };
  return { from: 'preset', id: values.preset || fallback };
}

/**
 * Resolves, loads and validates an element's definition. Invalid input never throws into the
 * page: the state becomes `error` with readable issues, and `recipro-error` is fired.
 */
export class DefinitionController<K extends DefinitionKind> implements ReactiveController {
  state: DefinitionState<K> = { status: 'loading' };
  /** Resolves once the current source has been loaded and checked (ready or error). */
  settled: Promise<void> = Promise.resolve();
  private readonly host: Host;
  private current?: DefinitionSource;
  private abort?: AbortController;
  private observer?: MutationObserver;

  constructor(
    host: Host,
    private readonly options: DefinitionOptions<K>,
  ) {
    (this.host = host).addController(this);
  }

  hostConnected(): void {
    // Editing the inline JSON script after upgrade is picked up.
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.abort?.abort();
    // Reconnecting resolves again.
    this.current = undefined;
  }

  hostUpdate(): void {
    if (this.options.locale?.loading) {
      this.state = { status: 'loading' };
      this.current = undefined;
      return;
    }
    const source = this.options.source();
    const next = source.from === 'preset' ? { ...source, language: this.options.locale?.language ?? 'en' } : source;
    if (this.current && sameSource(this.current, next)) return;
    this.current = next;
    this.abort?.abort();
    switch (next.from) {
      case 'src':
        this.state = { status: 'loading' };
        this.settled = this.fetch(next.url);
        break;
      case 'preset':
        this.settled = this.showPreset(next);
        break;
      default:
        if (next.valid) {
          this.settled = this.accept(next.value as DefinitionByKind[K], next.from);
          break;
        }
        this.state = { status: 'loading' };
        this.settled = this.validate(next.value, next.from);
    }
  }

  /**
   * A built-in pack: its translation in the element's language, else English. Either may be a
   * chunk of its own: the state is `loading` until it is here (and English is fetched only when
   * there is no translation to show, e.g. offline). With nothing to load, this runs at once.
   */
  private async showPreset(source: Extract<DefinitionSource, { from: 'preset' }>): Promise<void> {
    const { id, language = 'en' } = source;
    let waited = false;
    // No `await` unless something loads: a pack at hand is shown within this update.
    const translation = loadLocalizedPack(id, language);
    if (translation) {
      this.state = { status: 'loading' };
      await translation;
      if (this.current !== source) return; // superseded while loading
      waited = true;
    }
    const translated = localizedPack(id, language);
    const english = translated?.kind === this.options.kind ? undefined : this.options.loadPreset?.(id);
    if (english) {
      this.state = { status: 'loading' };
      await english;
      if (this.current !== source) return;
      waited = true;
    }
    if (waited) this.host.requestUpdate();
    // Own properties only: a preset named `constructor` or `__proto__` is simply unknown.
    const preset =
      translated?.kind === this.options.kind
        ? (translated as DefinitionByKind[K])
        : Object.hasOwn(this.options.presets, id)
          ? this.options.presets[id]
          : undefined;
    if (preset) return this.accept(preset, 'preset');
    this.fail([{ path: 'preset', message: this.unknownPreset(id) }]);
  }

  private unknownPreset(id: string): string {
    const known = this.options.presetIds ?? Object.keys(this.options.presets);
    return known.includes(id)
      ? `the built-in ${this.options.kind} "${id}" could not be loaded (is the page offline?)`
      : `"${id}" is not a built-in ${this.options.kind} (known: ${known.join(', ')})`;
  }

  /**
   * Validates a definition from outside: every one goes through `parseDefinitionIn`. The validator
   * is loaded on demand: built-in packs are validated by the test suite, so a page that only shows
   * them never downloads it. When it cannot be loaded (offline), the element shows why instead of
   * loading forever, and the next time it resolves a source (a new definition, or any update after
   * it was connected again) it tries the load again.
   */
  private async validate(input: unknown, from: DefinitionSource['from']): Promise<void> {
    const source = this.current;
    const validator = await (this.options.loadValidator ?? importValidator)().catch(() => undefined); // offline
    if (source !== this.current) return; // superseded while loading
    if (!validator) return this.fail([{ path: '', message: commonMessages.validatorFailed }]);
    // Shape errors in the element's language (zod's messages for it load only for input that fails).
    const parsed = await validator.parseDefinitionIn(input, this.options.kind, this.options.locale?.language ?? 'en');
    if (source !== this.current) return;
    if (!parsed.ok) return this.fail(parsed.issues);
    await this.accept(parsed.definition, from);
    this.host.requestUpdate();
  }

  /** Shows a definition, once what `prepare` waits for is there; resolves when it is shown. */
  private async accept(definition: DefinitionByKind[K], from: DefinitionSource['from']): Promise<void> {
    const waiting = this.options.prepare?.(definition);
    if (waiting) {
      const source = this.current;
      this.state = { status: 'loading' };
      await waiting;
      if (source !== this.current) return; // superseded while waiting
      this.host.requestUpdate();
    }
    this.state = { status: 'ready', definition, source: from };
    this.options.onReady?.(definition);
  }

  /** Shows what is wrong and fires `recipro-error`. Renders again: this may come after an await. */
  private fail(issues: Issue[]): void {
    this.state = { status: 'error', issues };
    emit(this.host, 'recipro-error', { issues });
    this.host.requestUpdate();
  }

  private async fetch(url: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    let text: string;
    try {
      const response = await fetch(url, {
        credentials: 'omit',
        signal: abort.signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) {
        if (!abort.signal.aborted)
          this.fail([{ path: 'src', message: commonMessages.fetchFailed(`HTTP ${response.status} from ${url}`) }]);
        return;
      }
      text = await response.text();
    } catch {
      if (!abort.signal.aborted) this.fail([{ path: 'src', message: commonMessages.networkFailed }]);
      return;
    }
    if (abort.signal.aborted) return;
    await this.validate(text, 'src');
  }
}

function sameSource(a: DefinitionSource, b: DefinitionSource): boolean {
  if (a.from !== b.from) return false;
  if (a.from === 'src') return a.url === (b as { url: string }).url;
  if (a.from === 'preset')
    return a.id === (b as { id: string }).id && a.language === (b as { language?: string }).language;
  return a.value === (b as { value: unknown }).value;
}
