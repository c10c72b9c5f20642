#!/usr/bin/env node
// Opens every story of the static Storybook build (storybook-static/) in headless Chromium and
// fails on any console error, uncaught exception or axe violation (WCAG 2.2 AA tags). It lists
// the story ids it visited, so a story cannot silently drop out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { serveStorybook, storybookRoot } from './storybook-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { base, close } = await serveStorybook();

const index = JSON.parse(await readFile(join(storybookRoot, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});
let passed = 0;
let failed = 0;
for (const story of stories) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('favicon.ico'))
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, {
      waitUntil: 'networkidle0',
      timeout: 20_000,
    });
    // Wait for the story to render and its play function to finish.
    await page.waitForFunction(
      () => {
        const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return phase === 'finished' || phase === 'completed' || phase === 'errored' || phase === 'aborted';
      },
      { timeout: 10_000 },
    );
    const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
    if (phase !== 'finished' && phase !== 'completed') problems.push(`story ${phase}`);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      const result = await window.axe.run(document.querySelector('#storybook-root'), {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }, WCAG_TAGS);
    problems.push(...violations.map((v) => `axe ${v}`));
  } catch (error) {
    problems.push(`could not check: ${error.message}`);
  }
  await page.close();
  if (problems.length) {
    failed++;
    console.log(`✗ ${story.id}`);
    for (const problem of problems) console.log(`    ${problem}`);
  } else {
    passed++;
    console.log(`✓ ${story.id}`);
  }
}
await browser.close();
close();
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
