import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { regionOf, type Region } from '../../core/index.js';
import { isLocaleLoaded } from '../../locales/registry.js';
import { loadLanguage, supportedLanguage } from '../../locales/load.js';
import { resolveLocale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement & { locale?: string };

/**
 * On the server, where the renderer skips `hostUpdate`: the language the `locale` attribute asks
 * for, and the one in use (it, if the server registered it, else English; nothing loads there).
 */
function onServer(host: Host): [wanted: string, used: string] {
  const wanted = supportedLanguage(host.locale);
  return [wanted, isLocaleLoaded(wanted) ? wanted : 'en'];
}

/** The connected elements' controllers, which follow the page's `lang` attributes. */
const following = new Set<LocaleController>();
let observing = false;

/**
 * One observer for the whole document, however many elements, started by the first: a change of
 * any `lang` attribute updates only the elements whose resolved locale it changed (an element with
 * its own `locale` never changes). `lang` changes inside other shadow roots are not seen.
 */
function follow(controller: LocaleController): void {
  following.add(controller);
  if (observing) return;
  observing = true;
  new MutationObserver(() => {
    for (const each of following) each.recheck();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The language an element speaks: its `locale`, else the nearest `lang`, else the browser's,
 * else English; a regional locale (`fr-CA`) falls back to its language. A language other than
 * English is loaded on demand; until it arrives the element shows its loading state. Without a
 * `locale`, the element follows later changes of the page's `lang` attributes.
 */
export class LocaleController implements ReactiveController {
  /** The language in use now (always loaded). */
  get language(): string {
    return isServer ? onServer(this.host)[1] : this.current;
  }
  private current = 'en';
  /** Resolves once the wanted language is loaded (or has failed, leaving English). */
  settled: Promise<void> = Promise.resolve();
  private wanted = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  private pending = false;

  /** True while the wanted language is still loading. */
  get loading(): boolean {
    if (!isServer) return this.pending;
    const [wanted, used] = onServer(this.host);
    return wanted !== used;
  }

  /** The reader's region, from the full locale (`en-GB` → `uk`): whose helplines come first. */
  region: Region | null = null;

  /** The locale the last update resolved, when it named a language in use: the same again changes nothing. */
  private known?: string;
  /** The locale the last update resolved. */
  private resolved?: string;

  hostConnected(): void {
    follow(this);
  }

  hostDisconnected(): void {
    following.delete(this);
  }

  /** A `lang` attribute changed somewhere in the page: update if it changes this element's locale. */
  recheck(): void {
    if (resolveLocale(this.host, this.host.locale) !== this.resolved) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const locale = (this.resolved = resolveLocale(this.host, this.host.locale));
    if (locale === this.known) return;
    this.region = regionOf(locale);
    const wanted = supportedLanguage(locale);
    // An unknown language (English for now) is looked at again: the page may register it later.
    this.known = locale.toLowerCase().split(/[-_]/)[0] === wanted ? locale : undefined;
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    if (isLocaleLoaded(wanted)) {
      this.current = wanted;
      this.pending = false;
      return;
    }
    this.pending = true;
    this.settled = loadLanguage(wanted).then((ok) => {
      if (this.wanted !== wanted) return;
      this.pending = false;
      this.current = ok ? wanted : 'en';
      this.host.requestUpdate();
    });
  }
}
