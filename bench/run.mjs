#!/usr/bin/env node
// `npm run bench`: this library beside a plain lit element, SurveyJS and the Typeform embed loader,
// on this machine, in one headless Chromium, in one run. A benchmark, not a test: it prints tables
// and ratios, writes bench/results/latest.md, and exits 0 whatever the timings (it exits 1 only if
// it cannot run at all, e.g. dist/ is missing). Not run by CI.
//
// Environment: BENCH_RUNS (default 15 measured runs, plus 1 warm-up), CHROME_PATH (default /usr/bin/chromium).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildPeers } from './lib/build.mjs';
import { measureBytes } from './lib/bytes.mjs';
import { CONTENT_SOURCES } from '../scripts/pages.mjs';
import { buildPages } from './lib/pages.mjs';
import { startServer } from './lib/server.mjs';
import { firstRender, firstRenderSlow, interaction, launch, scale, SLOW_NETWORK } from './lib/browser.mjs';
import { runCoreBench } from './core.bench.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 15));
const started = performance.now();
const log = (...a) => console.error(...a);
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

if (!existsSync(join(root, 'dist/recipro.js')) || !existsSync(join(root, 'dist/cdn/manifest.json'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// ---- statistics and formatting
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
};
const stats = (xs) => ({
  n: xs.length,
  median: quantile(xs, 0.5),
  p10: quantile(xs, 0.1),
  p90: quantile(xs, 0.9),
  min: Math.min(...xs),
  max: Math.max(...xs),
});
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '—');
const kb = (n) => (n / 1024).toFixed(1);
const mb = (n) => (n / 1024 / 1024).toFixed(2);
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const cell = (c) => String(c).replace(/(<[a-z][\w-]*>)/g, '`$1`'); // tag names as code, not HTML
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');

const md = [];
const section = (title, text, tbl) => {
  md.push(`## ${title}`, '', ...(text ? [text, ''] : []), tbl, '');
  console.log(`\n## ${title}\n\n${tbl}`);
};

// ---- 0. build the peers, generate the pages, start the server and the browser
log(`[bench] bundling peers into dist/bench/ …`);
mkdirSync(join(root, 'dist/bench'), { recursive: true });
await buildPeers(root);
const { reciprocityBalance } = await import(join(root, 'dist/npm/content/quiz/reciprocity-balance.js'));
const pages = buildPages(reciprocityBalance);
const { server, base } = await startServer(root, pages);
const browser = await launch();
const browserVersion = await browser.version();
const machine =
  `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ` +
  `${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${osType()} ${release()}`;
log(`[bench] ${browserVersion} on ${machine}; ${RUNS} runs + 1 warm-up per measurement (${elapsed()})`);

const headline = [];
// The targets of issue 17, each against plain lit measured in the same run: [ratio, value, peer, verdict].
const targets = [];
/** A timing target: this library's median / plain lit's, met when the ratio is at most `limit`. */
const timeTarget = (label, a, p, limit) =>
  targets.push([
    `${label} / plain lit`,
    ratio(a, p),
    `${ms(a)} / ${ms(p)} ms`,
    Number.isFinite(a / p) ? `≤ ${limit.toFixed(1)}×: ${a / p <= limit ? 'met' : 'not met'}` : '—',
  ]);
try {
  // ---- 1. bytes
  const bytes = measureBytes(root);
  const b = (name) => bytes.find((r) => r.name.startsWith(name));
  section(
    '1. Bytes',
    'Minified as shipped (peers: bundled here with rollup + terser, same options as our builds); ' +
      'gzip level 9, brotli quality 11, summed per file. Code / content split the gzip bytes through ' +
      "each file's source map, in proportion to its minified bytes: content is " +
      `${CONTENT_SOURCES} (plain lit: the same packs from dist/npm/content/**), code the rest ` +
      '(SurveyJS and Typeform ship no content: the quiz is in the page).',
    table(
      ['what', 'files', 'min KB', 'gzip KB', 'brotli KB', 'code KB (gzip)', 'content KB (gzip)'],
      bytes.map((r) => [
        `${r.group === 'recipro-widgets' ? '' : `**${r.group}** · `}${r.name}`,
        r.files,
        kb(r.min),
        kb(r.gzip),
        kb(r.brotli),
        kb(r.code),
        kb(r.content),
      ]),
    ),
  );
  const all = b('recipro.js');
  const writersList = b("page with a writer's list");
  const quizFirst = b('page with only <recipro-quiz>, up to its first render');
  const quizPage = b('page with only <recipro-quiz> (autoloader');
  const allFirst = b('recipro.js + chunks up to the first render');
  const plainB = b('plain lit');
  const surveyB = b('SurveyJS JS + CSS');
  const typeformB = b('Typeform loader JS + widget.css');
  const kbTarget = (label, row, limit) =>
    targets.push([
      `bytes (gzip): ${label} / plain lit, 3 elements`,
      ratio(row.gzip, plainB.gzip),
      `${kb(row.gzip)} KB / ${kb(plainB.gzip)} KB`,
      `≤ ${limit} KB: ${row.gzip <= limit * 1024 ? 'met' : 'not met'}`,
    ]);
  kbTarget("a writer's list in <recipro-checklist> (autoloader)", writersList, 17.5);
  kbTarget('default quiz page, first load: up to its first render, the pack after (autoloader)', quizFirst, 23);
  kbTarget('recipro.js, all 3 elements, up to their first render (the quiz pack after)', allFirst, 36);
  headline.push(
    [
      'bytes (gzip): recipro.js, all 3 elements / plain lit, 3 elements',
      ratio(all.gzip, plainB.gzip),
      `${kb(all.gzip)} KB / ${kb(plainB.gzip)} KB`,
    ],
    [
      'bytes (gzip): quiz page with its pack (autoloader) / SurveyJS JS + CSS',
      ratio(quizPage.gzip, surveyB.gzip),
      `${kb(quizPage.gzip)} KB / ${kb(surveyB.gzip)} KB`,
    ],
    [
      'bytes (gzip): quiz page with its pack (autoloader) / Typeform loader JS + CSS',
      ratio(quizPage.gzip, typeformB.gzip),
      `${kb(quizPage.gzip)} KB / ${kb(typeformB.gzip)} KB`,
    ],
  );
  log(`[bench] bytes done (${elapsed()})`);

  // ---- 2. time to first render
  const first = await firstRender(browser, base, RUNS, log);
  /** A first-render result as a table: ms, median (p10–p90). */
  const firstTable = (result) => {
    const at = (id, k = 'rendered') => stats(result.samples[id].map((r) => r[k]));
    return table(
      ['page', 'rendered, median', 'p10–p90', 'min–max', 'painted, median'],
      result.configs.map((c) => {
        if (result.failures[c.id]) return [c.label, `failed: ${result.failures[c.id]}`, '', '', ''];
        const r = at(c.id);
        const p = at(c.id, 'painted');
        return [c.label, ms(r.median), `${ms(r.p10)}–${ms(r.p90)}`, `${ms(r.min)}–${ms(r.max)}`, ms(p.median)];
      }),
    );
  };
  const fs_ = (id, k = 'rendered') => stats(first.samples[id].map((r) => r[k]));
  section(
    '2. Time to first render',
    "Navigation start → the element's first complete render (quiz: intro with its Start button; " +
      'checklist: the list; stepper: the first step), marked by a MutationObserver on each shadow ' +
      'root; "painted" is the end of the frame that shows it. Each run in a fresh browser context ' +
      '(cold: no HTTP or code cache), served from 127.0.0.1 gzip-compressed (level 9, as a server or ' +
      'CDN sends it). ms, median ' +
      '(p10–p90).',
    firstTable(first),
  );
  const med = (id) => (first.samples[id]?.length ? fs_(id).median : NaN);
  for (const el of ['quiz', 'checklist', 'stepper']) {
    for (const [how, id] of [
      ['autoloader', `first-auto-${el}`],
      ['recipro.js', `first-all-${el}`],
    ]) {
      headline.push([
        `first render: <recipro-${el}> (${how}) / plain lit`,
        ratio(med(id), med(`first-plain-${el}`)),
        `${ms(med(id))} / ${ms(med(`first-plain-${el}`))} ms`,
      ]);
    }
  }
  headline.push([
    'first render: <recipro-quiz> (autoloader) / SurveyJS, same quiz',
    ratio(med('first-auto-quiz'), med('first-survey-quiz')),
    `${ms(med('first-auto-quiz'))} / ${ms(med('first-survey-quiz'))} ms`,
  ]);
  headline.push([
    'first render: <recipro-quiz> (autoloader) / Typeform loader to empty iframe (a lower bound for Typeform)',
    ratio(med('first-auto-quiz'), med('first-typeform')),
    `${ms(med('first-auto-quiz'))} / ${ms(med('first-typeform'))} ms`,
  ]);
  if (first.errors.length) md.push(`Page errors seen: ${first.errors.map((e) => `\`${e}\``).join('; ')}`, '');
  log(`[bench] first render done (${elapsed()})`);

  // ---- 2b. first render on a slow link, each figure against its estimate
  const slow = await firstRenderSlow(browser, base, RUNS, log);
  const bandwidth = SLOW_NETWORK.download; // bytes per second
  const slowRows = [];
  const slowMedian = {};
  const overEstimate = [];
  for (const c of slow.configs) {
    if (slow.failures[c.id]) {
      slowRows.push([c.label, `failed: ${slow.failures[c.id]}`, '', '', '', '', '', '', '']);
      continue;
    }
    const at = (k) => stats(slow.samples[c.id].map((r) => r[k])).median;
    const [rendered, defined, lastByte] = [at('rendered'), at('defined'), at('lastByte')];
    const trips = at('roundTrips');
    const bytes = at('bytes');
    const fast = med(c.page ?? c.id);
    const estimate = trips * SLOW_NETWORK.latency + (bytes / bandwidth) * 1000 + fast;
    const excess = rendered - estimate;
    slowMedian[c.id] = rendered;
    if (excess > 30) overEstimate.push(`${c.label.replace(', 150 ms RTT', '')} +${ms(excess)} ms`);
    slowRows.push([
      c.label,
      `${ms(rendered)} (${ms(stats(slow.samples[c.id].map((r) => r.rendered)).p10)}–` +
        `${ms(stats(slow.samples[c.id].map((r) => r.rendered)).p90)})`,
      ms(lastByte),
      ms(defined),
      `${trips} × ${SLOW_NETWORK.latency}`,
      `${kb(bytes)} KB → ${ms((bytes / bandwidth) * 1000)}`,
      ms(fast),
      ms(estimate),
      `${excess >= 0 ? '+' : ''}${ms(excess)}${excess > 30 ? ' **> 30**' : ''}`,
    ]);
  }
  section(
    '2b. Time to first render on a slow link',
    `The same pages with the network emulated through CDP: ${SLOW_NETWORK.latency} ms before ` +
      `each response, ${((SLOW_NETWORK.download * 8) / 1024 / 1024).toFixed(1)} Mbit/s down; served ` +
      'gzip (level 9) except the rows marked brotli (quality 11). Each figure is explained by an ' +
      "estimate = round trips × RTT + compressed bytes ÷ bandwidth + the same page's fast-link render " +
      '(section 2): round trips are the depth of the chain of requests before the first render, read ' +
      'from the CDP Network events of each run (a request sent once another had fully arrived is one ' +
      'level deeper; the page is 1), bytes are what crossed the wire before it (encodedDataLength, ' +
      'headers included). "Excess" is measured − estimate: a wait that is neither a byte nor a round ' +
      'trip (the issue allows 30 ms). Trace: "last byte" is when the last file used arrived ' +
      '(resource timing), "defined" when the elements were defined (customElements.whenDefined), ' +
      '"rendered" the first complete render. ms, medians.',
    table(
      [
        'page',
        'rendered (p10–p90)',
        'last byte',
        'defined',
        'round trips × ms',
        'bytes → ms',
        'fast render',
        'estimate',
        'excess',
      ],
      slowRows,
    ),
  );
  md.push(
    overEstimate.length
      ? `Beyond the estimate by more than 30 ms: ${cell(overEstimate.join('; '))}.`
      : 'No figure exceeds its estimate by more than 30 ms.',
    '',
  );
  if (slow.errors.length) md.push(`Page errors seen: ${slow.errors.map((e) => `\`${e}\``).join('; ')}`, '');
  const slowMed = (id) => slowMedian[id] ?? NaN;
  // (The quiz via either and the checklist via the autoloader are target rows.)
  for (const [el, how, id] of [
    ['checklist', 'recipro.js', 'first-all-checklist'],
    ['stepper', 'autoloader', 'first-auto-stepper'],
    ['stepper', 'recipro.js', 'first-all-stepper'],
  ])
    headline.push([
      `first render at 150 ms RTT (gzip): <recipro-${el}> (${how}) / plain lit`,
      ratio(slowMed(id), slowMed(`first-plain-${el}`)),
      `${ms(slowMed(id))} / ${ms(slowMed(`first-plain-${el}`))} ms`,
    ]);
  for (const [how, id] of [
    ['autoloader', 'first-auto-quiz-br'],
    ['recipro.js', 'first-all-quiz-br'],
  ]) {
    headline.push([
      `first render at 150 ms RTT (brotli): <recipro-quiz> (${how}) / plain lit`,
      ratio(slowMed(id), slowMed('first-plain-quiz-br')),
      `${ms(slowMed(id))} / ${ms(slowMed('first-plain-quiz-br'))} ms`,
    ]);
  }
  timeTarget(
    'first render at 150 ms RTT, gzip: <recipro-quiz> via recipro.js',
    slowMed('first-all-quiz'),
    slowMed('first-plain-quiz'),
    1.2,
  );
  for (const el of ['quiz', 'checklist'])
    timeTarget(
      `first render at 150 ms RTT, gzip: <recipro-${el}> via autoloader`,
      slowMed(`first-auto-${el}`),
      slowMed(`first-plain-${el}`),
      1.4,
    );
  targets.push([
    'first render at 150 ms RTT: no figure beyond its round-trips-plus-bytes estimate by more than 30 ms',
    '',
    overEstimate.length ? overEstimate.join('; ') : 'none beyond',
    overEstimate.length ? 'not met' : 'met',
  ]);
  log(`[bench] first render on a slow link done (${elapsed()})`);

  // ---- 3. interaction
  const ix = await interaction(browser, base, RUNS, log);
  const ixRows = [];
  const ixMedian = {};
  for (const c of ix.configs) {
    if (ix.failures[c.id]) {
      ixRows.push([c.label, c.lib, '', `failed: ${ix.failures[c.id]}`, '', '', '']);
      continue;
    }
    const kinds = Object.keys(ix.samples[c.id][0] ?? {});
    for (const kind of kinds) {
      const all = ix.samples[c.id].flatMap((s) => s[kind]);
      const s = stats(all);
      ixMedian[`${c.scenario}/${kind}/${c.lib}`] = s.median;
      ixRows.push([c.label, c.lib, kind, ms(s.median), ms(s.p90), ms(s.max), s.n]);
    }
  }
  section(
    '3. Interaction to next paint',
    `A click (HTMLElement.click()) dispatched at the start of a frame → the end of that frame's ` +
      `script, style, layout and paint on the main thread. Samples from all ${RUNS} runs pooled ` +
      `(fresh page each); the 200-item quiz and 100-item checklist are generated and set through ` +
      `the \`definition\` property. ms.`,
    table(['scenario', 'library', 'action', 'median', 'p90', 'worst', 'samples'], ixRows),
  );
  // (Next question, paged, and switch step are target rows.)
  for (const [scenario, kind, label] of [
    ['quiz-paged', 'answer', 'answer, paged 200-item quiz'],
    ['quiz-list', 'answer', 'answer, list 200-item quiz'],
    ['checklist', 'check', 'check, 100-item checklist'],
  ]) {
    const a = ixMedian[`${scenario}/${kind}/recipro-widgets`];
    const p = ixMedian[`${scenario}/${kind}/plain lit`];
    headline.push([`interaction (median): ${label} / plain lit`, ratio(a, p), `${ms(a)} / ${ms(p)} ms`]);
  }
  const ix_ = (scenario, kind, lib) => ixMedian[`${scenario}/${kind}/${lib}`];
  timeTarget(
    'stepper: switch step',
    ix_('stepper', 'switch', 'recipro-widgets'),
    ix_('stepper', 'switch', 'plain lit'),
    1.5,
  );
  timeTarget(
    'quiz, paged: next question',
    ix_('quiz-paged', 'next', 'recipro-widgets'),
    ix_('quiz-paged', 'next', 'plain lit'),
    1.3,
  );
  log(`[bench] interaction done (${elapsed()})`);

  // ---- 4. scale
  const sc = await scale(browser, base, RUNS, log);
  const scRows = [];
  const scTime = {};
  for (const lib of [...new Set(sc.configs.map((c) => c.key))]) {
    const c50 = sc.configs.find((c) => c.key === lib && c.n === 50);
    const c0 = sc.configs.find((c) => c.key === lib && c.n === 0);
    if (sc.failures[c50.id] || sc.failures[c0.id]) {
      scRows.push([c50.label, `failed: ${sc.failures[c50.id] ?? sc.failures[c0.id]}`, '', '', '', '', '', '', '']);
      continue;
    }
    const s50 = sc.samples[c50.id];
    const s0 = sc.samples[c0.id];
    const t = stats(s50.map((s) => s.time));
    scTime[c50.lib] = t.median;
    const m = (xs, f) => quantile(xs.map(f), 0.5);
    const baseline = m(s0, (s) => s.rendered.heap);
    const after = m(s50, (s) => s.rendered.heap);
    const removed = m(s50, (s) => s.removed.heap);
    const growth = m(s50, (s) => s.again.heap - s.removed.heap);
    scRows.push([
      c50.label,
      `${ms(t.median)} (${ms(t.p10)}–${ms(t.p90)})`,
      mb(baseline),
      mb(after),
      mb(removed),
      `${((removed - baseline) / 1024).toFixed(0)} KB`,
      `${(growth / 1024).toFixed(0)} KB`,
      `${m(s0, (s) => s.rendered.nodes)} / ${m(s50, (s) => s.rendered.nodes)} / ` +
        `${m(s50, (s) => s.removed.nodes)} / ${m(s50, (s) => s.again.nodes)}`,
      `${m(s0, (s) => s.rendered.listeners)} / ${m(s50, (s) => s.rendered.listeners)} / ` +
        `${m(s50, (s) => s.removed.listeners)} / ${m(s50, (s) => s.again.listeners)}`,
    ]);
  }
  section(
    '4. Scale: 50 elements on one page',
    'Time: navigation start → all 50 rendered and painted, ms median (p10–p90). Heap: used JS ' +
      'heap after three forced garbage collections (CDP HeapProfiler.collectGarbage, ' +
      'Runtime.getHeapUsage), medians; baseline is the same page with the library loaded and no ' +
      'element. Then every element is removed (SurveyJS: `unmountComponentAtNode` and ' +
      '`model.dispose()`, its documented teardown) and garbage collected again: "removed − ' +
      'baseline" is what stays (caches: lit\'s template cache, styles, loaded chunks — or leaks). ' +
      'To tell the two apart, 50 elements are then mounted again on the same page, rendered, ' +
      'removed and collected: "2nd cycle growth" is the heap added by that second cycle (≈ 0: ' +
      'nothing leaks per element). DOM nodes and JS event listeners from CDP Memory.getDOMCounters ' +
      '(baseline / rendered / removed / after the 2nd cycle).',
    table(
      [
        'library',
        'render 50, ms',
        'heap baseline MB',
        'heap rendered MB',
        'heap removed MB',
        'removed − baseline',
        '2nd cycle growth',
        'DOM nodes',
        'JS listeners',
      ],
      scRows,
    ),
  );
  timeTarget('50 elements: render', scTime['recipro-widgets'], scTime['plain lit'], 1.4);
  headline.push([
    '50 elements, render time / SurveyJS (50 quizzes)',
    ratio(scTime['recipro-widgets'], scTime.SurveyJS),
    `${ms(scTime['recipro-widgets'])} / ${ms(scTime.SurveyJS)} ms`,
  ]);
  log(`[bench] scale done (${elapsed()})`);
} finally {
  await browser.close();
  server.close();
}

// ---- 5. core in Node
const core = runCoreBench();
section(
  '5. Core in Node',
  `\`recipro-widgets/core\` (bench/core.bench.mjs), Node ${process.version}, median of 21 runs after a warm-up.`,
  table(
    ['operation', 'median ms', 'min–max ms', 'items / s'],
    core.map(([name, r]) => [
      name,
      r.median.toFixed(2),
      `${r.min.toFixed(2)}–${r.max.toFixed(2)}`,
      Math.round((r.items / r.median) * 1000).toLocaleString('en'),
    ]),
  ),
);

// ---- ratios and the results file
const ratios = table(
  ['ratio', 'value', 'this library / peer', 'target (issue 17)'],
  [...targets, ...headline.map((row) => [...row, ''])],
);
console.log(`\n## Ratios (below 1× means this library is smaller or faster)\n\n${ratios}`);
const total = ((performance.now() - started) / 1000).toFixed(0);
const header = [
  '# Benchmark results',
  '',
  `Generated by \`npm run bench\` (bench/run.mjs) on ` +
    `${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; took ${total} s.`,
  '',
  `- Machine: ${machine}`,
  `- Node ${process.version}; browser ${browserVersion}, headless, \`--no-sandbox --disable-gpu ` +
    `--disable-dev-shm-usage\`, viewport 1000×800`,
  `- ${RUNS} measured runs per browser measurement, fresh browser context and page each, one ` +
    `warm-up run discarded; configurations interleaved run by run`,
  '- Served from 127.0.0.1 gzip-compressed (level 9) unless a row says brotli (quality 11), as a ' +
    'server or CDN sends JavaScript.',
  '- A benchmark, not a test: these numbers depend on the machine and never fail a build.',
  '',
  '## Ratios (below 1× means this library is smaller or faster)',
  '',
  "The rows with a target are issue 17's, each against plain lit measured in the same run.",
  '',
  ratios,
  '',
];
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.md'), [...header, ...md].join('\n'));
log(`[bench] wrote bench/results/latest.md; total ${total} s`);
