import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { OpenResult } from '../crypto/open.js';
import { baseStyles } from '../components/shared/base.styles.js';
import { ApiError, DashboardApi } from './api.js';
import { toCsv } from './csv.js';
import { detailView } from './detail-view.js';
import { keyView } from './key-view.js';
import { listView } from './list-view.js';
import { isPrivateKey, NOT_A_KEY, open } from './open-lazy.js';
import { recalled, remember } from './secrets.js';
import { signInView } from './sign-in-view.js';
import { dashboardStyles } from './dashboard.styles.js';
import { NO_FILTERS, type Filters, type RecordDetail } from './types.js';
import { csvRows, type Row } from './words.js';

type View =
  | { name: 'sign-in' }
  | { name: 'list' }
  | { name: 'detail'; id: string; record?: RecordDetail; opened?: OpenResult; confirming?: 'delete' | 'erase' };

const MESSAGES = {
  unauthorized: 'That token is not right. Sign in again with the token the receiver printed.',
  network: 'The receiver could not be reached. Check that it is running and your connection, then retry.',
  'not-found': 'That result is no longer stored.',
};

/**
 * The counsellor's dashboard: signs in with the receiver's token, lists the results newest first
 * (filters, "Load more"), shows one in words with its raw JSON, deletes one or erases a key, and
 * downloads the loaded rows as CSV. Encrypted results are opened in this browser with the private
 * key the counsellor pastes; the key is never sent (only the token travels, in `Authorization`).
 * English only: a tool for the practice, not for its readers. Dates are shown in UTC.
 *
 * @summary The receiver's dashboard (served by `recipro-receiver` at `/`).
 * @tagname recipro-dashboard
 */
export class ReciproDashboard extends LitElement {
  static override styles = [baseStyles, dashboardStyles];

  static override properties: PropertyDeclarations = {
    api: {},
    view: { state: true },
    rows: { state: true },
    next: { state: true },
    busy: { state: true },
    loaded: { state: true },
    status: { state: true },
    error: { state: true },
    keyInUse: { state: true },
  };

  /** Where the dashboard API lives, relative to the page (the receiver serves it at `/api`). */
  api = 'api';

  declare private view: View;
  declare private rows: Row[];
  declare private next: string | null;
  declare private busy: boolean;
  declare private loaded: boolean;
  declare private status: string;
  declare private error: string;
  declare private keyInUse: boolean;

  private token?: string;
  private privateKey?: string;
  private keyRemembered = false;
  private filters: Filters = NO_FILTERS;
  private retry?: () => void;
  /** Encrypted results fetched whole to be opened, by id: each is fetched once. */
  private details = new Map<string, RecordDetail>();

  constructor() {
    super();
    this.view = { name: 'sign-in' };
    this.rows = [];
    this.next = null;
    this.busy = false;
    this.loaded = false;
    this.status = '';
    this.error = '';
    this.keyInUse = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const key = recalled('key');
    if (key) [this.privateKey, this.keyRemembered, this.keyInUse] = [key, true, true];
    const token = recalled('token');
    if (token && !this.token) {
      this.token = token;
      void this.enter();
    }
  }

  protected override render(): TemplateResult {
    const signedIn = this.view.name !== 'sign-in';
    return html`<div part="base" class="dashboard">
      <header class="top">
        <h1>Results received</h1>
        ${signedIn ? html`<button type="button" @click=${this.signOut}>Sign out</button>` : nothing}
      </header>
      <p class="status" role="status">${this.status}</p>
      <div class=${this.error ? 'alert shown' : 'alert'} role="alert">
        ${
          this.error
            ? html`<p class="error">${this.error}</p>
              ${this.retry ? html`<button type="button" @click=${this.retry}>Retry</button>` : nothing}`
            : nothing
        }
      </div>
      ${this.viewTemplate()}
      ${
        signedIn
          ? keyView({
              inUse: this.keyInUse,
              remembered: this.keyRemembered,
              busy: this.busy,
              onUse: this.useKey,
              onForget: this.forgetKey,
            })
          : nothing
      }
    </div>`;
  }

  private viewTemplate(): TemplateResult {
    const { view } = this;
    switch (view.name) {
      case 'sign-in':
        return signInView(this.busy, this.signIn);
      case 'list':
        return listView({
          rows: this.rows,
          filters: this.filters,
          more: this.next !== null,
          busy: this.busy,
          loaded: this.loaded,
          onFilter: this.applyFilters,
          onClear: () => this.filter(NO_FILTERS),
          onMore: () => void this.attempt(() => this.load(true)),
          onOpen: (id) => void this.openDetail(id),
          onExport: this.exportCsv,
        });
      case 'detail':
        return detailView({
          ...view,
          hasKey: this.keyInUse,
          busy: this.busy,
          onBack: () => void this.back(view.id),
          onAsk: (what) => void this.ask(what),
          onConfirm: () => void this.attempt(() => this.confirmDetail()),
          onCancel: () => void this.ask(undefined),
        });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Signing in and out

  private signIn = (event: SubmitEvent): void => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.token = String(data.get('token') ?? '').trim();
    remember('token', this.token, data.get('remember') === 'on');
    void this.enter();
  };

  /** Checks the token, then shows the list. */
  private async enter(): Promise<void> {
    const ok = await this.attempt(async () => {
      await this.apiClient().session();
      this.view = { name: 'list' };
      this.status = 'Signed in.';
      await this.focusHeading();
      await this.load(false);
    });
    if (!ok && this.view.name === 'sign-in') this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
  }

  private signOut = (): void => {
    this.token = undefined;
    remember('token', undefined, false);
    this.forgetKey();
    this.reset();
    this.status = 'Signed out.';
    void this.focusHeading();
  };

  private reset(): void {
    this.view = { name: 'sign-in' };
    this.rows = [];
    this.next = null;
    this.loaded = false;
    this.details.clear();
    this.filters = NO_FILTERS;
  }

  private apiClient(): DashboardApi {
    return new DashboardApi(this.api, this.token ?? '');
  }

  /**
   * Runs a step that calls the receiver, with the page busy meanwhile. A refused token returns to
   * sign-in; a network error offers to retry the step. Answers whether the step succeeded.
   */
  private async attempt(step: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    this.error = '';
    this.retry = undefined;
    try {
      await step();
      return true;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const { failure } = error;
      if (failure.kind === 'unauthorized') {
        this.token = undefined;
        remember('token', undefined, false);
        const wasSignedIn = this.view.name !== 'sign-in';
        this.reset();
        this.error = MESSAGES.unauthorized;
        if (wasSignedIn) await this.focusHeading();
      } else {
        this.error =
          failure.kind === 'http'
            ? `The receiver answered ${failure.status}: ${failure.message}`
            : MESSAGES[failure.kind];
        if (failure.kind !== 'not-found') this.retry = () => void this.attempt(step);
      }
      return false;
    } finally {
      this.busy = false;
    }
  }

  // -------------------------------------------------------------------------------------------
  // The list

  private async load(more: boolean): Promise<void> {
    const page = await this.apiClient().list(this.filters, more ? (this.next ?? undefined) : undefined);
    const rows: Row[] = page.results.map((record) => ({ record }));
    this.rows = more ? [...this.rows, ...rows] : rows;
    this.next = page.next;
    this.loaded = true;
    const count = this.rows.length;
    this.status = `${count === 1 ? '1 result' : `${count} results`} shown${this.next ? '; more can be loaded' : ''}.`;
    await this.openRows(rows);
  }

  private applyFilters = (event: SubmitEvent): void => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: keyof Filters) => String(data.get(name) ?? '');
    this.filter({
      definition: value('definition'),
      band: value('band'),
      language: value('language'),
      since: value('since'),
      until: value('until'),
    });
  };

  private filter(filters: Filters): void {
    this.filters = filters;
    void this.attempt(() => this.load(false));
  }

  /** Opens the encrypted rows among these with the pasted key, one by one (each needs its envelope). */
  private async openRows(rows: readonly Row[]): Promise<void> {
    const key = this.privateKey;
    if (!key) return;
    for (const row of rows) {
      if (!row.record.encrypted || row.opened?.ok) continue;
      const detail = this.details.get(row.record.id) ?? (await this.apiClient().get(row.record.id));
      this.details.set(row.record.id, detail);
      if (key !== this.privateKey) return; // the key changed meanwhile: its own pass opens them
      row.opened = detail.envelope
        ? await open(detail.envelope, key)
        : { ok: false, reason: 'corrupt', message: 'The receiver sent no envelope.' };
      this.requestUpdate();
    }
  }

  private exportCsv = (): void => {
    const blob = new Blob([toCsv(csvRows(this.rows))], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `recipro-results-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.status = `CSV of ${this.rows.length === 1 ? '1 result' : `${this.rows.length} results`} downloaded.`;
  };

  // -------------------------------------------------------------------------------------------
  // One result

  private async openDetail(id: string): Promise<void> {
    await this.attempt(async () => {
      this.view = { name: 'detail', id };
      await this.focusHeading();
      const record = await this.apiClient().get(id);
      if (record.encrypted) this.details.set(id, record);
      this.view = { name: 'detail', id, record };
      await this.openShown();
      await this.focusHeading();
    });
  }

  /** Opens the result shown, when it is encrypted and a key is in use. */
  private async openShown(): Promise<void> {
    const { view, privateKey } = this;
    if (view.name !== 'detail' || !view.record?.envelope || !privateKey) return;
    const opened = await open(view.record.envelope, privateKey);
    if (this.view === view) this.view = { ...view, opened };
    if (!opened.ok) this.status = opened.message;
  }

  private async back(id: string): Promise<void> {
    this.view = { name: 'list' };
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(id)}"]`);
    if (button) button.focus();
    else await this.focusHeading();
  }

  private async ask(what: 'delete' | 'erase' | undefined): Promise<void> {
    if (this.view.name !== 'detail') return;
    this.view = { ...this.view, confirming: what };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(what ? '#confirm-question' : '#detail-heading')?.focus();
  }

  private async confirmDetail(): Promise<void> {
    const { view } = this;
    if (view.name !== 'detail' || !view.record || !view.confirming) return;
    const { record } = view;
    if (view.confirming === 'delete') {
      await this.apiClient().remove(record.id);
      this.rows = this.rows.filter((row) => row.record.id !== record.id);
      this.view = { name: 'list' };
      this.status = 'The result was deleted.';
    } else {
      const deleted = await this.apiClient().eraseKey(record.key);
      this.view = { name: 'list' };
      await this.load(false);
      this.status = `Erased ${deleted === 1 ? '1 result' : `${deleted} results`} stored under the key ${record.key}.`;
    }
    this.details.delete(record.id);
    await this.focusHeading();
  }

  // -------------------------------------------------------------------------------------------
  // The private key: in memory, or in this tab's storage when asked; never in a request.

  private useKey = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = String(data.get('key') ?? '').trim();
    const inTab = data.get('remember') === 'on';
    void this.attempt(async () => {
      if (!(await isPrivateKey(text))) {
        this.error = NOT_A_KEY;
        form.querySelector('textarea')?.focus();
        return;
      }
      [this.privateKey, this.keyRemembered, this.keyInUse] = [text, inTab, true];
      remember('key', text, inTab);
      this.status = 'Private key in use: encrypted results are opened in this browser.';
      for (const row of this.rows) if (row.opened && !row.opened.ok) row.opened = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#key-heading')?.focus();
      await this.openShown();
      await this.openRows(this.rows);
    });
  };

  private forgetKey = (): void => {
    const hadKey = this.keyInUse;
    [this.privateKey, this.keyRemembered, this.keyInUse] = [undefined, false, false];
    remember('key', undefined, false);
    this.rows = this.rows.map(({ record }) => ({ record }));
    if (this.view.name === 'detail') this.view = { ...this.view, opened: undefined };
    if (!hadKey) return;
    this.status = 'The private key was forgotten.';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#private-key')?.focus());
  };

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-view-heading]')?.focus();
  }
}
