// Real framework clients (test/frameworks/): a React 19, a Vue 3 and a Svelte 5 app, built with Vite from the packed
// tarball and type-checked by their frameworks' checkers (test/frameworks/apps.mjs), served here and driven in
// Chromium. Each app sets `definition` as a property, writes the `recipro-complete` detail it receives into its
// own DOM, and re-renders around the elements, which must keep their answers.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { APPS, CACHE, buildApps } from '../frameworks/apps.mjs';

const NAMES = { react: 'React 19', vue: 'Vue 3', svelte: 'Svelte 5' };
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

let browser;
let server;
let origin;

/** Serves CACHE/out/ (one folder per app) on a free port of 127.0.0.1. */
async function serve() {
  const out = join(CACHE, 'out');
  server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
}

before(
  async () => {
    const { timings, fresh } = await buildApps();
    const steps = Object.entries(timings).map(([step, ms]) => `${step} ${ms} ms`);
    console.log(`framework apps: ${steps.join(', ')}${fresh ? ' (tarball installed anew)' : ''}`);
    origin = await serve();
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  },
  { timeout: 180_000 },
);

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Waits until a selector (`>>>` pierces shadow roots) matches a visible node. `visible` also makes puppeteer poll
 * on animation frames: its default, a MutationObserver on the document, never sees a change inside a shadow root.
 */
const shown = (page, selector) => page.waitForSelector(selector, { visible: true });

/** The text of the first match of a selector (`>>>` pierces shadow roots), trimmed. */
const text = (page, selector) => page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ').trim());

/** Clicks, with the mouse, the match of `selector` whose text is `label`. */
async function clickText(page, selector, label) {
  for (const handle of await page.$$(selector)) {
    if ((await handle.evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim())) === label) return handle.click();
  }
  throw new Error(`no ${selector} reads "${label}"`);
}

/** Clicks the app's own "Re-render" button and waits until the app has rendered `count` times. */
async function rerender(page, count) {
  await page.click('#rerender');
  await page.waitForFunction((n) => document.querySelector('#renders').textContent === String(n), {}, count);
}

/** What the app wrote from the `recipro-complete` detail it received into `#<id>`. */
async function received(page, id) {
  await page.waitForFunction((sel) => document.querySelector(sel).textContent !== '', {}, `#${id}`);
  return JSON.parse(await text(page, `#${id}`));
}

for (const app of APPS) {
  describe(`${NAMES[app]} app on the packed package`, () => {
    let page;
    const errors = [];

    before(async () => {
      page = await browser.newPage();
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => ['error', 'warn'].includes(message.type()) && errors.push(message.text()));
      await page.goto(`${origin}/${app}/`);
    });

    after(() => page?.close());

    it('renders the three elements, the quiz and the checklist from the definitions it set as properties', async () => {
      await shown(page, 'recipro-quiz >>> [part=intro] button.primary');
      assert.match(await text(page, 'recipro-quiz >>> [part=intro]'), /^Team give and take Two questions about/);
      await shown(page, 'recipro-checklist >>> [part=item]');
      const items = await page.$$eval('recipro-checklist >>> [part=label]', (els) => els.map((el) => el.textContent));
      assert.deepEqual(items, ['Credit is shared.', 'We cover for each other.', 'Someone keeps score.']);
      await shown(page, 'recipro-stepper >>> [aria-current=step]');
      assert.match(
        await text(page, 'recipro-stepper >>> [aria-current=step]'),
        /Express/,
        'start-step was not applied',
      );
    });

    it('keeps the quiz answers through a parent re-render, then receives the payload', async () => {
      await page.click('recipro-quiz >>> [part=intro] button.primary');
      await shown(page, 'recipro-quiz >>> #item-1');
      await clickText(page, 'recipro-quiz >>> #item-0 [part=option]', 'Agree');
      // The second question by keyboard: Tab into its radio group, an arrow to its second option.
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => document.querySelector('#changes').textContent === '2');

      await rerender(page, 1);
      await page.waitForFunction(() => document.querySelector('recipro-quiz').getAttribute('theme') === 'dark');
      const checked = await page.$$eval('recipro-quiz >>> input:checked', (els) => els.map((el) => el.value));
      assert.deepEqual(checked, ['3', '2']);

      await clickText(page, 'recipro-quiz >>> [part=actions] button', 'See my result');
      const result = await received(page, 'quiz-result');
      assert.equal(result.kind, 'quiz');
      assert.deepEqual(result.band, { id: 'even', label: 'Even' });
      assert.deepEqual(result.scores, { share: 75 });
      assert.deepEqual(result.completeness, { answered: 2, total: 2, sufficient: true });

      await rerender(page, 2);
      const value = await page.$eval('recipro-quiz', (quiz) => quiz.value?.result.band?.id);
      assert.equal(value, 'even', 'the quiz lost its result on re-render');
      assert.match(await text(page, 'recipro-quiz >>> h2'), /^Your result/);
    });

    it('keeps the checklist ticks through a re-render, then receives the payload', async () => {
      await clickText(page, 'recipro-checklist >>> [part=item]', 'Credit is shared.');
      await clickText(page, 'recipro-checklist >>> [part=item]', 'We cover for each other.');
      await rerender(page, 3);
      await page.waitForFunction(() => document.querySelector('recipro-checklist').dataset.renders === '3');
      const ticked = await page.$$eval('recipro-checklist >>> [part=control]', (els) => els.map((el) => el.checked));
      assert.deepEqual(ticked, [true, true, false]);

      await clickText(page, 'recipro-checklist >>> [part=actions] button', 'See what this means');
      const result = await received(page, 'checklist-result');
      assert.equal(result.kind, 'checklist');
      assert.equal(result.count, 2);
      assert.equal(result.total, 3);
      assert.equal(result.band.id, 'many');
    });

    it('logs no errors or warnings', () => assert.deepEqual(errors, []));
  });
}
