// Memory: the bench's 50-element mount / unmount cycle as a test (run `npm run build` first; `npm
// test` does). 17 quizzes, 17 checklists and 16 steppers through dist/recipro.js render, are removed,
// mounted and removed again on the same page; after the second cycle the JS heap, measured after
// three forced collections (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage), has grown by
// less than 200 KB. An element kept alive after removal (a listener on window, a global registry)
// keeps its template instances, controllers and session: 50 of them are far more than that.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launch, mountCycles, open } from '../../bench/lib/browser.mjs';
import { buildPages } from '../../bench/lib/pages.mjs';
import { startServer } from '../../bench/lib/server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const LIMIT = 200 * 1024;

describe('memory', () => {
  let browser;
  let server;
  let base;

  before(async () => {
    assert.ok(existsSync(`${root}dist/recipro.js`), 'dist/ is missing: run `npm run build` first');
    const { reciprocityBalance } = await import(`${root}dist/npm/content/quiz/reciprocity-balance.js`);
    ({ server, base } = await startServer(root, buildPages(reciprocityBalance)));
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('a second mount / unmount cycle of 50 elements grows the JS heap by less than 200 KB', async (t) => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await open(page, `${base}/bench/scale-rq-50.html`);
      const { rendered, removed, again } = await mountCycles(page, 50);
      assert.deepEqual(errors, []);
      // The cycle really mounted the elements: thousands of nodes.
      assert.ok(rendered.nodes > 5000, `only ${rendered.nodes} DOM nodes with 50 elements rendered`);
      const growth = again.heap - removed.heap;
      t.diagnostic(`second cycle: ${(growth / 1024).toFixed(0)} KB of JS heap kept`);
      assert.ok(growth < LIMIT, `the second cycle kept ${(growth / 1024).toFixed(0)} KB of JS heap (limit 200 KB)`);
      assert.ok(again.nodes < 1000, `${again.nodes} DOM nodes left after the elements were removed`);
    } finally {
      await context.close();
    }
  });
});
