// Shared by the receiver's Node tests: payloads made with the core from real presets, and requests.
import assert from 'node:assert/strict';
import { createReceiver } from '../../dist/npm/server/index.js';
import { createResultPayload, scoreChecklist, scoreQuiz } from '../../dist/npm/core/index.js';
import { reciprocityBalance, romanticSigns } from '../../dist/npm/content/index.js';

export { reciprocityBalance, romanticSigns };

/** Answers for every item of the quiz: the second option, and "no concern" on safety items. */
export function quizAnswers(definition = reciprocityBalance) {
  const scales = new Map(definition.scales.map((s) => [s.id, s]));
  const answers = {};
  for (const item of definition.items) {
    const options = scales.get(item.scale).options;
    const values = options.map((o) => o.value).filter((v) => !item.safety?.values?.includes(v));
    answers[item.id] = values[1] ?? values[0];
  }
  return answers;
}

let counter = 0;
export const newKey = (prefix = 'key') => `${prefix}-${process.pid}-${Date.now()}-${(counter += 1)}`;

export function quizPayload({ key = newKey(), answers = quizAnswers(), include = ['answers'], ...rest } = {}) {
  return createResultPayload(scoreQuiz(reciprocityBalance, answers), { include, answers, key, ...rest });
}

export function checklistPayload({ key = newKey(), checked, include = ['answers'] } = {}) {
  const ids =
    checked ??
    romanticSigns.items
      .filter((i) => !i.safety)
      .slice(0, 3)
      .map((i) => i.id);
  return createResultPayload(scoreChecklist(romanticSigns, ids), { include, key });
}

export const ORIGIN = 'https://practice.example';

/** A POST of `body` (an object is sent as JSON text) to the receiver. */
export function post(
  body,
  { type = 'application/json', origin = ORIGIN, headers = {}, url = 'http://receiver.test/results' } = {},
) {
  const h = { ...headers };
  if (type) h['content-type'] = type;
  if (origin) h.origin = origin;
  return new Request(url, {
    method: 'POST',
    headers: h,
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let t = start;
  const clock = () => t;
  clock.advance = (ms) => (t += ms);
  clock.set = (ms) => (t = ms);
  return clock;
}

/**
 * What every store must do when the dashboard lists: five results received a second apart
 * (quizzes in English, then French last; checklists between) come back newest first, in pages,
 * and by definition, band, language and received time.
 */
export async function checkListing(store) {
  const clock = manualClock();
  const receiver = createReceiver({ store, log: false, origins: [ORIGIN], rateLimit: false, now: clock });
  const ids = [];
  for (let i = 0; i < 5; i++) {
    clock.advance(1000);
    const payload = i % 2 ? checklistPayload() : quizPayload({ locale: i === 4 ? 'fr' : 'en' });
    ids.push((await (await receiver(post(payload))).json()).id);
  }
  const listed = async (query) => (await store.list(query)).results.map((r) => r.id);
  const first = await store.list({ limit: 2 });
  assert.deepEqual(
    first.results.map((r) => r.id),
    [ids[4], ids[3]],
  );
  const second = await store.list({ limit: 2, before: first.next });
  assert.deepEqual(
    second.results.map((r) => r.id),
    [ids[2], ids[1]],
  );
  const last = await store.list({ limit: 2, before: second.next });
  assert.deepEqual(
    last.results.map((r) => r.id),
    [ids[0]],
  );
  assert.equal(last.next, null);
  assert.deepEqual(await listed({ definition: 'romantic-signs' }), [ids[3], ids[1]]);
  assert.deepEqual(await listed({ language: 'fr' }), [ids[4]]);
  const band = (await store.get(ids[1])).band.id;
  assert.ok((await store.list({ band })).results.every((r) => r.band.id === band));
  assert.ok((await listed({ band })).includes(ids[1]));
  const since = '2026-01-01T00:00:03.000Z';
  assert.deepEqual(await listed({ since }), [ids[4], ids[3], ids[2]]);
  assert.deepEqual(await listed({ until: since }), [ids[1], ids[0]]);
}
