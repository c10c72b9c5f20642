#!/usr/bin/env node
// Screenshots of Storybook states at phone width (390 px), for review and for docs/screenshots/.
// Reads the static build (storybook-static/, from `npm run build-storybook`). Usage:
//   node scripts/screenshots.mjs [story-id …]   (default: the reader-experience states below)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { serveStorybook } from './storybook-server.mjs';

const DEFAULT_STORIES = [
  'elements-quiz--question-with-number-keys',
  'elements-quiz--result-family-carry-more',
  'elements-quiz--result-mixed',
  'elements-quiz--result-with-call-to-action',
  'reader-experience-safety-and-support--quiz-safety-uk',
  'reader-experience-safety-and-support--checklist-safety-sign',
  'reader-experience-safety-and-support--arabic-on-english-page',
  'elements-checklist--while-ticking',
  'elements-checklist--takeaway-with-questions',
  'elements-checklist--warning-sign-counted-apart',
  'elements-stepper--phone',
  'elements-stepper--phone-summary',
  'elements-stepper--observe-with-question',
  'theming--light-page-on-dark-device',
  'theming--dark-page',
];

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
const { base, close } = await serveStorybook();
await mkdir(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const ids = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_STORIES;
for (const id of ids) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle0', timeout: 20_000 });
  await page.waitForFunction(
    () => ['finished', 'completed'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
    { timeout: 10_000 },
  );
  await page.screenshot({ path: join(out, `${id}.png`), fullPage: true });
  await page.close();
  console.log(`docs/screenshots/${id}.png`);
}
await browser.close();
close();
