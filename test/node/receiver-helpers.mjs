// Shared by the receiver's Node tests: payloads made with the core from real presets, and requests.
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
