// The build as a CDN serves it: dist/ from a second origin (another local port, with CORS, under a
// jsDelivr-like path) into a page on a first origin whose Content-Security-Policy allows scripts
// only from that second origin. Headless Chromium through puppeteer-core; run `npm run build` first.
/* global HTMLScriptElement, customElements -- in page.evaluate: run in the page, not in Node */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url);
const PREFIX = '/npm/recipro-widgets@0.1.0/';
const TYPES = { js: 'text/javascript', json: 'application/json', map: 'application/json' };

/** Starts a server on a free port of 127.0.0.1; returns its origin and the requests it saw. */
async function serve(handle) {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url, origin: req.headers.origin });
    handle(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, requests, server };
}

/** The CDN: `dist/` under `/npm/recipro-widgets@0.1.0/dist/`, readable from any origin. */
const cdnHandler = (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = path.startsWith(`${PREFIX}dist/`) ? path.slice(PREFIX.length) : null;
  let body;
  try {
    if (!file || file.includes('..')) throw new Error('not served');
    body = readFileSync(new URL(file, root));
  } catch {
    res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
    return;
  }
  const type = TYPES[file.split('.').pop()] ?? 'application/octet-stream';
  res.writeHead(200, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' }).end(body);
};

describe('from a CDN on another origin, under a CSP that allows only that origin', () => {
  let browser, cdn, site;
  const pages = new Map();
  const csp = () =>
    [
      "default-src 'self'",
      `script-src ${cdn.origin}`,
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "require-trusted-types-for 'script'",
    ].join('; ');

  before(async () => {
    cdn = await serve(cdnHandler);
    site = await serve((req, res) => {
      const html = pages.get(new URL(req.url, 'http://x').pathname);
      if (!html) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp() }).end(html);
    });
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  });

  after(async () => {
    await browser?.close();
    cdn?.server.close();
    site?.server.close();
  });

  /** Opens a page of the site, recording CSP violations, errors, failed resources and completed results. */
  async function open(path, html) {
    pages.set(path, html);
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    await page.evaluateOnNewDocument(() => {
      Object.assign(window, { __violations: [], __errors: [], __failed: [], __completed: [] });
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      window.addEventListener(
        'error',
        (e) => {
          if (e.target instanceof HTMLScriptElement) window.__failed.push(e.target.src);
          else window.__errors.push(String(e.message));
        },
        true,
      );
      window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
      document.addEventListener('recipro-complete', (e) => window.__completed.push(e.detail.result.kind));
    });
    await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    return page;
  }

  it('the autoloader loads each element and its chunks from the CDN; the checklist and the quiz complete', async () => {
    const autoloader = `${cdn.origin}${PREFIX}dist/cdn/autoloader.js`;
    const page = await open(
      '/post.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
      <script type="module" src="${autoloader}"></script></head><body>
      <recipro-checklist><h2>Signs we share the load</h2><ul>
        <li data-id="heard">Both of us feel heard.</li><li data-id="plans">We both make plans.</li>
      </ul></recipro-checklist>
      <recipro-quiz></recipro-quiz>
      <script src="/local.js"></script>
      </body></html>`,
    );
    await page.waitForFunction(() => customElements.get('recipro-quiz') && customElements.get('recipro-checklist'));

    const checklist = await page.evaluate(async () => {
      const el = document.querySelector('recipro-checklist');
      await el.updateComplete;
      for (const box of el.shadowRoot.querySelectorAll('input[type=checkbox]')) {
        box.click();
        await el.updateComplete;
      }
      [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'See what this means').click();
      await el.updateComplete;
      const text = (selector) => el.shadowRoot.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim();
      return { count: text('[part~=count]'), result: text('[part~=result] h3') };
    });
    assert.deepEqual(checklist, { count: '2 of 2 checked', result: 'Many of these' });

    const quiz = await page.evaluate(async () => {
      const el = document.querySelector('recipro-quiz');
      await el.updateComplete;
      const r = el.shadowRoot;
      r.querySelector('[part=intro] button.primary').click();
      await el.updateComplete;
      for (let guard = 0; guard < 40 && !r.querySelector('[part~=result]'); guard++) {
        const radios = [...r.querySelectorAll('input[type=radio]')];
        const index = Number(r.querySelector('fieldset').id.replace('item-', ''));
        // "Often" on every form of reciprocity; "Never" on the safety questions.
        if (!radios.some((radio) => radio.checked)) radios[el.quiz.items[index].dimension ? 3 : 0].click();
        await el.updateComplete;
        r.querySelector('.actions .primary').click();
        await el.updateComplete;
      }
      return r.querySelector('h2').textContent.trim();
    });
    assert.equal(quiz, 'Your result');
    assert.deepEqual(await page.evaluate(() => window.__completed), ['checklist', 'quiz']);

    // Every script came from the CDN, as a CORS request from the page's origin, relative to the autoloader.
    const scripts = cdn.requests.filter((r) => r.path.endsWith('.js'));
    assert.ok(
      scripts.some((r) => /\/dist\/cdn\/chunks\/quiz-[\w-]{8}\.js$/.test(r.path)),
      'no quiz chunk',
    );
    assert.ok(
      scripts.some((r) => /\/dist\/cdn\/chunks\/checklist-[\w-]{8}\.js$/.test(r.path)),
      'no checklist chunk',
    );
    for (const r of scripts) {
      assert.ok(r.path.startsWith(`${PREFIX}dist/cdn/`), r.path);
      assert.equal(r.origin, site.origin, r.path);
    }
    assert.deepEqual(
      cdn.requests.filter((r) => !r.path.endsWith('.js')),
      [],
      'nothing but scripts was asked of the CDN',
    );
    // The page's own origin served the page only: no chunk URL resolved against the page.
    assert.deepEqual(
      site.requests.map((r) => r.path).filter((p) => p !== '/favicon.ico'),
      ['/post.html'],
    );
    // The policy is enforced: the page's own script was refused, and that is the only violation.
    assert.deepEqual(await page.evaluate(() => window.__violations), [`script-src-elem ${site.origin}/local.js`]);
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    await page.close();
  });

  it('the classic script runs with the integrity hash of dist/sri.json, and is refused with any other', async () => {
    const { 'recipro.iife.js': hash } = JSON.parse(readFileSync(new URL('dist/sri.json', root), 'utf8'));
    const src = `${cdn.origin}${PREFIX}dist/recipro.iife.js`;
    const page = await open(
      '/classic.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Classic</title>
      <script src="${src}" integrity="${hash}" crossorigin="anonymous"></script></head><body>
      <recipro-checklist preset="one-sided-signs"></recipro-checklist></body></html>`,
    );
    await page.waitForFunction(() => customElements.get('recipro-checklist'));
    const boxes = await page.evaluate(async () => {
      const el = document.querySelector('recipro-checklist');
      await el.updateComplete;
      return el.shadowRoot.querySelectorAll('input[type=checkbox]').length;
    });
    assert.ok(boxes > 0, 'the checklist has no items');
    assert.deepEqual(await page.evaluate(() => [window.__violations, window.__errors, window.__failed]), [[], [], []]);
    await page.close();

    // One character changed: the browser refuses the script (its error event) and defines nothing.
    const wrong = hash.slice(0, 10) + (hash[10] === 'A' ? 'B' : 'A') + hash.slice(11);
    const tampered = await open(
      '/tampered.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tampered</title>
      <script src="${src}" integrity="${wrong}" crossorigin="anonymous"></script></head><body>
      <recipro-checklist preset="one-sided-signs"></recipro-checklist></body></html>`,
    );
    await tampered.waitForFunction(() => window.__failed.length > 0);
    assert.deepEqual(await tampered.evaluate(() => window.__failed), [src]);
    assert.equal(await tampered.evaluate(() => customElements.get('recipro-checklist')), undefined);
    await tampered.close();
  });
});
