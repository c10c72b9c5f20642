import {
  createRecordId,
  pageSize,
  summaryOf,
  type ListPage,
  type ListQuery,
  type NewRecord,
  type RecordDetail,
  type ResultStore,
} from './store.js';

/**
 * A store in memory: for tests and demos (everything is lost when the process ends). Each method
 * runs synchronously inside its promise, so concurrent `put`s of one key store it once.
 */
export function createMemoryStore(): ResultStore {
  const byId = new Map<string, RecordDetail>();
  const idByKey = new Map<string, string>();
  const meta = new Map<string, string>();
  let closed = false;
  const open = () => {
    if (closed) throw new Error('the store is closed');
  };
  const copy = <T>(value: T): T => structuredClone(value);

  return {
    async put(record: NewRecord) {
      open();
      const existing = idByKey.get(record.key);
      if (existing !== undefined) return { id: existing, created: false };
      const id = createRecordId(new Date(record.receivedAt));
      byId.set(id, { id, ...copy(record) });
      idByKey.set(record.key, id);
      return { id, created: true };
    },
    async list(query: ListQuery = {}): Promise<ListPage> {
      open();
      const limit = pageSize(query);
      const matches = [...byId.values()]
        .filter(
          (r) =>
            (query.definition === undefined || r.definitionId === query.definition) &&
            (query.band === undefined || r.band?.id === query.band) &&
            (query.language === undefined || r.language === query.language) &&
            (query.since === undefined || Date.parse(r.receivedAt) >= Date.parse(query.since)) &&
            (query.until === undefined || Date.parse(r.receivedAt) < Date.parse(query.until)) &&
            (query.before === undefined || r.id < query.before),
        )
        .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
      const page = matches.slice(0, limit);
      return {
        results: page.map((r) => copy(summaryOf(r))),
        next: matches.length > limit ? page[page.length - 1]!.id : null,
      };
    },
    async get(id: string) {
      open();
      const record = byId.get(id);
      return record ? copy(record) : null;
    },
    async delete(id: string) {
      open();
      const record = byId.get(id);
      if (!record) return false;
      byId.delete(id);
      idByKey.delete(record.key);
      return true;
    },
    async eraseByKey(key: string) {
      open();
      const id = idByKey.get(key);
      if (id === undefined) return 0;
      byId.delete(id);
      idByKey.delete(key);
      return 1;
    },
    async deleteOlderThan(date: Date) {
      open();
      let deleted = 0;
      for (const record of [...byId.values()]) {
        if (Date.parse(record.receivedAt) < date.getTime()) {
          byId.delete(record.id);
          idByKey.delete(record.key);
          deleted += 1;
        }
      }
      return deleted;
    },
    async getMeta(name: string) {
      open();
      return meta.get(name) ?? null;
    },
    async setMeta(name: string, value: string) {
      open();
      meta.set(name, value);
    },
    async close() {
      closed = true;
    },
  };
}
