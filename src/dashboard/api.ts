import type { Filters, RecordDetail, RecordSummary } from './types.js';

/** How many results one page of the list asks for. */
export const PAGE_SIZE = 50;

/** Why a call to the receiver failed: each asks the page for a different answer. */
export type ApiFailure =
  | { kind: 'unauthorized' }
  | { kind: 'network' }
  | { kind: 'not-found' }
  | { kind: 'http'; status: number; message: string };

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.kind);
  }
}

/**
 * The query string of `GET /api/results` for the filters and a page (`before`: the last id
 * shown). A day filter covers whole UTC days: `since` from its first millisecond, `until` to its last.
 */
export function resultsQuery(filters: Filters, before?: string, limit = PAGE_SIZE): string {
  const query = new URLSearchParams();
  const add = (name: string, value: string) => {
    if (value.trim()) query.set(name, value.trim());
  };
  add('definition', filters.definition);
  add('band', filters.band);
  add('language', filters.language);
  if (filters.since) query.set('since', `${filters.since}T00:00:00.000Z`);
  if (filters.until) query.set('until', `${filters.until}T23:59:59.999Z`);
  query.set('limit', String(limit));
  if (before) query.set('before', before);
  return query.toString();
}

/**
 * The receiver's dashboard API (see issue 20's contract), called with the counsellor's token.
 * Only the token travels: the private key is never given to this class.
 */
export class DashboardApi {
  constructor(
    /** Where the API lives, relative to the page: `api` beside the dashboard's `/`. */
    private readonly base: string,
    private readonly token: string,
  ) {}

  /** Resolves when the token is accepted. */
  async session(): Promise<void> {
    await this.call('session');
  }

  async list(filters: Filters, before?: string): Promise<{ results: RecordSummary[]; next: string | null }> {
    return (await this.call(`results?${resultsQuery(filters, before)}`)) as {
      results: RecordSummary[];
      next: string | null;
    };
  }

  async get(id: string): Promise<RecordDetail> {
    return ((await this.call(`results/${encodeURIComponent(id)}`)) as { record: RecordDetail }).record;
  }

  async remove(id: string): Promise<void> {
    await this.call(`results/${encodeURIComponent(id)}`, 'DELETE');
  }

  /** Erases every result stored under a payload key; answers how many. */
  async eraseKey(key: string): Promise<number> {
    return ((await this.call(`results?${new URLSearchParams({ key })}`, 'DELETE')) as { deleted: number }).deleted;
  }

  private async call(path: string, method = 'GET'): Promise<unknown> {
    const url = new URL(`${this.base.replace(/\/?$/, '/')}${path}`, document.baseURI);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/json' },
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
    } catch {
      throw new ApiError({ kind: 'network' });
    }
    if (response.status === 401) throw new ApiError({ kind: 'unauthorized' });
    if (response.status === 404) throw new ApiError({ kind: 'not-found' });
    if (response.status === 204) return undefined;
    const body = (await response.json().catch(() => undefined)) as { error?: unknown } | undefined;
    if (!response.ok) {
      const message = typeof body?.error === 'string' ? body.error : response.statusText;
      throw new ApiError({ kind: 'http', status: response.status, message });
    }
    return body;
  }
}
