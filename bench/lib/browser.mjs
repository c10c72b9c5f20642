// Browser measurements: one headless Chromium, every run in a fresh browser context (cold: no
// HTTP cache, no code cache, no storage) and a fresh page, the configurations of a section
// interleaved run by run so drift on a shared machine hits every library alike; run 0 of each
// configuration is a warm-up and is discarded.
/* global requestAnimationFrame */ // interactInPage runs in the page
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { FIRST } from './pages.mjs';

export async function launch() {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_FLAGS,
      '--disable-extensions',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--js-flags=--expose-gc',
      // Only 127.0.0.1 resolves: the Typeform iframe (typeform.com) fails at once instead of hanging.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

async function withPage(browser, fn) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on(
      'console',
      (m) =>
        m.type() === 'error' &&
        !/ERR_NAME_NOT_RESOLVED|Failed to load resource/.test(m.text()) &&
        errors.push(m.text()),
    );
    return await fn(page, errors);
  } finally {
    await context.close();
  }
}

export async function open(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  await page.waitForFunction(() => window.__result, { timeout: 30_000, polling: 'raf' });
  const result = await page.evaluate(() => window.__result);
  if (result.error) throw new Error(result.error);
  return result;
}

/** Runs `measure(config, run)` for every config, `runs` + 1 times, interleaved; returns samples per config. */
async function interleave(configs, runs, measure, log) {
  const samples = Object.fromEntries(configs.map((c) => [c.id, []]));
  const failures = {};
  for (let run = 0; run <= runs; run++) {
    for (const config of configs) {
      if (failures[config.id]) continue;
      try {
        const value = await measure(config, run);
        if (run > 0) samples[config.id].push(value);
      } catch (error) {
        failures[config.id] = error.message.split('\n')[0];
        log(`  ! ${config.id}: ${failures[config.id]}`);
      }
    }
  }
  return { samples, failures };
}

// 2. Time to first render.
export async function firstRender(browser, base, runs, log) {
  const configs = [
    ...['quiz', 'checklist', 'stepper'].flatMap((el) => [
      { id: `first-auto-${el}`, lib: 'recipro-widgets', label: `<recipro-${el}> via autoloader` },
      { id: `first-all-${el}`, lib: 'recipro-widgets', label: `<recipro-${el}> via recipro.js` },
      { id: `first-plain-${el}`, lib: 'plain lit', label: `plain-${el} (plain lit)` },
    ]),
    { id: 'first-survey-quiz', lib: 'SurveyJS', label: 'SurveyJS, same quiz (start page)' },
    { id: 'first-typeform', lib: 'Typeform', label: 'Typeform loader: iframe inserted (form itself not loaded)' },
  ];
  const errors = [];
  const result = await interleave(
    configs,
    runs,
    (config) =>
      withPage(browser, async (page, pageErrors) => {
        const r = await open(page, `${base}/bench/${config.id}.html`);
        if (pageErrors.length) errors.push(`${config.id}: ${pageErrors[0]}`);
        return r;
      }),
    log,
  );
  return { configs, ...result, errors: [...new Set(errors)] };
}

/** A slow mobile link, emulated through CDP: every request waits this long before its first byte. */
export const SLOW_NETWORK = { latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 };

/**
 * Records a page's requests from CDP Network events, to tell what a first render waited for.
 * `summary(before)` covers the requests sent before `before` (ms since navigation start): their
 * compressed bytes on the wire (encodedDataLength, headers included) and the depth of their chain
 * of round trips — a request sent once another's response had fully arrived is one level deeper
 * than it (the page itself is level 1). Timing decides, not CDP's `initiator`: Chromium reports
 * a script-inserted `<link rel="modulepreload">` as initiated by "about:client".
 */
async function recordRequests(page) {
  const client = await page.createCDPSession();
  await client.send('Network.enable');
  const requests = new Map();
  client.on('Network.requestWillBeSent', (e) => {
    if (!/favicon\.ico$/.test(e.request.url)) requests.set(e.requestId, { url: e.request.url, sent: e.timestamp });
  });
  client.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { done: e.timestamp, bytes: e.encodedDataLength });
  });
  return {
    summary(before) {
      const all = [...requests.values()].sort((a, b) => a.sent - b.sent);
      if (!all.length) return { roundTrips: NaN, bytes: NaN, requests: 0 };
      const origin = all[0].sent; // the page's request: navigation start, near enough
      const used = all.filter((r) => (r.sent - origin) * 1000 < before && r.done !== undefined);
      for (const r of used)
        r.depth = 1 + Math.max(0, ...used.filter((q) => q !== r && q.done <= r.sent).map((q) => q.depth ?? 0));
      return {
        roundTrips: Math.max(...used.map((r) => r.depth)),
        bytes: used.reduce((n, r) => n + r.bytes, 0),
        requests: used.length,
      };
    },
    detach: () => client.detach(),
  };
}

// 2b. Time to first render on that slow link: each round trip of chunk loading costs 150 ms, so
// this shows how many the loading order takes (the same pages as above), with what each waited for.
// Served gzip like the rest; the `-br` rows ask the server for brotli.
export async function firstRenderSlow(browser, base, runs, log) {
  const configs = [
    ...['quiz', 'checklist', 'stepper'].flatMap((el) => [
      { id: `first-auto-${el}`, lib: 'recipro-widgets', label: `<recipro-${el}> via autoloader, 150 ms RTT` },
      { id: `first-all-${el}`, lib: 'recipro-widgets', label: `<recipro-${el}> via recipro.js, 150 ms RTT` },
      { id: `first-plain-${el}`, lib: 'plain lit', label: `plain-${el} (plain lit), 150 ms RTT` },
    ]),
    ...[
      ['auto', 'recipro-widgets', '<recipro-quiz> via autoloader'],
      ['all', 'recipro-widgets', '<recipro-quiz> via recipro.js'],
      ['plain', 'plain lit', 'plain-quiz (plain lit)'],
    ].map(([how, lib, label]) => ({
      id: `first-${how}-quiz-br`,
      page: `first-${how}-quiz`,
      encoding: 'br',
      lib,
      label: `${label}, 150 ms RTT, brotli`,
    })),
  ];
  const errors = [];
  const result = await interleave(
    configs,
    runs,
    (config) =>
      withPage(browser, async (page, pageErrors) => {
        if (config.encoding) await page.setExtraHTTPHeaders({ 'x-bench-encoding': config.encoding });
        await page.emulateNetworkConditions(SLOW_NETWORK);
        const requests = await recordRequests(page);
        const r = await open(page, `${base}/bench/${config.page ?? config.id}.html`);
        if (pageErrors.length) errors.push(`${config.id}: ${pageErrors[0]}`);
        const summary = requests.summary(r.rendered);
        await requests.detach();
        return { ...r, ...summary };
      }),
    log,
  );
  return { configs, ...result, errors: [...new Set(errors)] };
}

// 3. Interaction to next paint: the action runs at the start of a frame (in a requestAnimationFrame
// callback's microtask), the time is taken when a task posted right after it runs, i.e. once that
// frame's script, style, layout and paint are done on the main thread.
async function interactInPage({ scenario, host, count }) {
  const el = document.querySelector(host);
  const q = (s) => el.shadowRoot.querySelector(s);
  const qa = (s) => [...el.shadowRoot.querySelectorAll(s)];
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const waitFor = async (s) => {
    for (let i = 0; i < 600 && !q(s); i++) await frame();
    if (!q(s)) throw new Error(`${host}: ${s} never appeared`);
  };
  const measure = async (action) => {
    await frame();
    const t0 = performance.now();
    action();
    if (el.updateComplete) await el.updateComplete;
    const t1 = await new Promise((r) => {
      const c = new MessageChannel();
      c.port1.onmessage = () => r(performance.now());
      c.port2.postMessage(0);
    });
    return t1 - t0;
  };
  const out = {};
  const push = (k, v) => (out[k] ??= []).push(v);
  if (scenario.startsWith('quiz')) {
    q('section[part=intro] button').click();
    await waitFor('fieldset.question input');
  }
  if (scenario === 'quiz-paged') {
    for (let i = 0; i < count; i++) {
      const before = q('fieldset.question legend').textContent;
      push('answer', await measure(() => qa('fieldset.question input[type=radio]')[i % 5].click()));
      push('next', await measure(() => q('form.paged .actions button.primary').click()));
      if (q('fieldset.question legend').textContent === before) throw new Error('paged quiz did not move on');
    }
  } else if (scenario === 'quiz-list') {
    const total = qa('fieldset.question').length;
    for (let i = 0; i < count; i++) {
      const input = qa(`#item-${Math.floor((i * total) / count)} input[type=radio]`)[i % 5];
      push('answer', await measure(() => input.click()));
      if (!input.checked) throw new Error('list answer not checked');
    }
  } else if (scenario === 'checklist') {
    await waitFor('ul.items li.item input');
    const inputs = qa('ul.items li.item input');
    for (let i = 0; i < count; i++) {
      const input = inputs[Math.floor((i * inputs.length) / count)];
      push('check', await measure(() => input.click()));
    }
  } else if (scenario === 'stepper') {
    await waitFor('.step-list button.step-link');
    for (let i = 1; i <= count; i++) {
      push('switch', await measure(() => qa('.step-list button.step-link')[i % 7].click()));
    }
  }
  return out;
}

export async function interaction(browser, base, runs, log) {
  const scenarios = [
    { key: 'quiz-paged', page: 'quiz-paged', host: 'quiz', count: 10, label: 'quiz, paged, 200 items' },
    { key: 'quiz-list', page: 'quiz-list', host: 'quiz', count: 20, label: 'quiz, list, 200 items' },
    { key: 'checklist', page: 'checklist', host: 'checklist', count: 20, label: 'checklist, 100 items' },
    { key: 'stepper', page: 'stepper', host: 'stepper', count: 7, label: 'stepper, 7 steps' },
  ];
  const configs = scenarios.flatMap((s) => [
    {
      id: `ix-rq-${s.page}`,
      lib: 'recipro-widgets',
      scenario: s.key,
      host: `recipro-${s.host}`,
      count: s.count,
      label: s.label,
    },
    {
      id: `ix-plain-${s.page}`,
      lib: 'plain lit',
      scenario: s.key,
      host: `plain-${s.host}`,
      count: s.count,
      label: s.label,
    },
  ]);
  return {
    configs,
    ...(await interleave(
      configs,
      runs,
      (config) =>
        withPage(browser, async (page) => {
          await open(page, `${base}/bench/${config.id}.html`);
          return page.evaluate(interactInPage, { scenario: config.scenario, host: config.host, count: config.count });
        }),
      log,
    )),
  };
}

/** Collects garbage three times (CDP HeapProfiler.collectGarbage), then reads the JS heap and the DOM counters. */
export async function gcAndCount(client) {
  for (let i = 0; i < 3; i++) await client.send('HeapProfiler.collectGarbage');
  const heap = await client.send('Runtime.getHeapUsage');
  const counters = await client.send('Memory.getDOMCounters');
  return {
    heap: heap.usedSize,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
    documents: counters.documents,
  };
}

/**
 * On a scale page already rendered (`n` elements): counts, removes every element and counts again,
 * then — when `n` — mounts `n` again, waits for their render, removes them and counts a third time.
 * What the second cycle adds (`again.heap - removed.heap`) grows with every cycle: a leak.
 */
export async function mountCycles(page, n) {
  const client = await page.createCDPSession();
  await client.send('HeapProfiler.enable');
  const rendered = await gcAndCount(client);
  const unmount = () =>
    page.evaluate(async () => {
      window.__unmount();
      // Three frames, each ending with a task: what removal schedules has run (no sleep).
      for (let i = 0; i < 3; i++) await window.__bench.afterPaint();
    });
  await unmount();
  const removed = await gcAndCount(client);
  let again = removed;
  if (n) {
    await page.evaluate(async (n) => {
      window.__mount(n);
      await window.__bench.whenRendered(window.__bench.specs);
      await window.__bench.afterPaint();
    }, n);
    await unmount();
    again = await gcAndCount(client);
  }
  await client.detach();
  return { rendered, removed, again };
}

// 4. Scale: render 50, heap and DOM counters after render; remove all, collect garbage, again.
export async function scale(browser, base, runs, log) {
  const libs = [
    { lib: 'recipro-widgets', key: 'rq', label: 'recipro-widgets (17 quiz + 17 checklist + 16 stepper, recipro.js)' },
    { lib: 'plain lit', key: 'plain', label: 'plain lit (same mix)' },
    { lib: 'SurveyJS', key: 'survey', label: 'SurveyJS (50 surveys of the same quiz)' },
  ];
  const configs = libs.flatMap((l) => [0, 50].map((n) => ({ id: `scale-${l.key}-${n}`, ...l, n })));
  return {
    configs,
    ...(await interleave(
      configs,
      runs,
      (config) =>
        withPage(browser, async (page) => {
          const r = await open(page, `${base}/bench/${config.id}.html`);
          return { time: r.painted, ...(await mountCycles(page, config.n)) };
        }),
      log,
    )),
  };
}

export { FIRST };
