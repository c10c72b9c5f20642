import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { regionOf, type Region } from '../../core/index.js';
import { isLocaleLoaded } from '../../locales/registry.js';
import { loadLanguage, supportedLanguage } from '../../locales/load.js';
import { resolveLocale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement & { locale?: string };

/**
 * The language an element speaks: its `locale`, else the nearest `lang`, else the browser's,
 * else English; a regional locale (`fr-CA`) falls back to its language. A language other than
 * English is loaded on demand; until it arrives the element shows its loading state.
 */
export class LocaleController implements ReactiveController {
  /** The language in use now (always loaded). */
  get language(): string {
    // The server renderer skips `hostUpdate`: there, the `locale` attribute's language if the server registered it.
    if (isServer) return this.serverLanguage[1];
    return this.current;
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
    if (isServer) return this.serverLanguage[0] !== this.serverLanguage[1];
    return this.pending;
  }

  /** On the server: the wanted language and the one in use (never loaded there: the server registers it or not). */
  private get serverLanguage(): [string, string] {
    const wanted = supportedLanguage(this.host.locale);
    return [wanted, isLocaleLoaded(wanted) ? wanted : 'en'];
  }

  /** The reader's region, from the full locale (`en-GB` → `uk`): whose helplines come first. */
  region: Region | null = null;

  /** The locale the last update resolved, when it named a language in use: the same again changes nothing. */
  private known?: string;

  hostUpdate(): void {
    const locale = resolveLocale(this.host, this.host.locale);
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
