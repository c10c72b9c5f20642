// `npm run bench:core`: how long the core takes to parse a large definition and to score a
// 10,000-item quiz in Node. A benchmark, not a test: it prints figures and never fails on time.
// `runCoreBench()` returns the same rows for `npm run bench` (bench/run.mjs).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseDefinition, scoreChecklist, scoreQuiz } from 'recipro-widgets/core';
import { largeQuiz } from './lib/fixtures.mjs';

const RUNS = 21;
const ITEMS = 10_000;

function measure(fn) {
  const times = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const start = performance.now();
    fn();
    const elapsed = performance.now() - start;
    if (run > 0) times.push(elapsed); // the first run warms up and is discarded
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return { median, min: times[0], max: times[times.length - 1] };
}

/** [name, { median, min, max, items }] rows; `items` is what one run processes (for throughput). */
export function runCoreBench() {
  const definition = largeQuiz(ITEMS);
  const json = JSON.stringify(definition);
  const parsed = parseDefinition(definition);
  if (!parsed.ok) throw new Error(`benchmark definition is invalid: ${JSON.stringify(parsed.issues)}`);
  const answers = Object.fromEntries(definition.items.map((item, i) => [item.id, 1 + (i % 5)]));
  const LIST_ITEMS = 5_000; // the schema's maximum for a checklist
  const checklist = parseDefinition({
    kind: 'checklist',
    id: 'bench-list',
    version: '1',
    title: 'Benchmark list',
    disclaimer: 'x',
    items: Array.from({ length: LIST_ITEMS }, (_, i) => ({ id: `c${i}`, text: `Sign ${i}`, weight: 1 + (i % 4) })),
    bands: [
      { id: 'a', min: 0, max: 50, label: 'A', takeaway: 'a' },
      { id: 'b', min: 50, max: 100, label: 'B', takeaway: 'b' },
    ],
  });
  if (!checklist.ok) throw new Error(`benchmark checklist is invalid: ${JSON.stringify(checklist.issues)}`);
  const checked = Array.from({ length: LIST_ITEMS / 2 }, (_, i) => `c${i * 2}`);

  const rows = [
    [
      `parse a ${ITEMS.toLocaleString('en')}-item quiz definition ` +
        `(object, ${(json.length / 1024).toFixed(0)} KB as JSON)`,
      measure(() => parseDefinition(definition)),
    ],
    [`parse the same definition from JSON text`, measure(() => parseDefinition(json))],
    [`score a ${ITEMS.toLocaleString('en')}-item quiz`, measure(() => scoreQuiz(parsed.definition, answers))],
    [
      `score a ${LIST_ITEMS.toLocaleString('en')}-item checklist`,
      measure(() => scoreChecklist(checklist.definition, checked)),
    ],
  ];
  rows[0][1].items = ITEMS;
  rows[1][1].items = ITEMS;
  rows[2][1].items = ITEMS;
  rows[3][1].items = LIST_ITEMS;
  return rows;
}

const fmt = (ms) => `${ms.toFixed(2)} ms`;
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = runCoreBench();
  console.log(`recipro-widgets core benchmark — Node ${process.version}, median of ${RUNS} runs (min–max)`);
  for (const [name, { median, min, max }] of rows) {
    console.log(`  ${name.padEnd(72)} ${fmt(median).padStart(10)}  (${fmt(min)}–${fmt(max)})`);
  }
}
