// The README's core example runs as written, and prints what its comments say.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { pageRows, sizes } from '../../scripts/pages.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## The core'));
const example = /```js\n([\s\S]*?)```/.exec(section)[1];

describe('README', () => {
  it('the core example runs as written', async () => {
    // Inside the package, so `recipro-widgets/...` resolves through the exports map.
    const file = new URL('./readme-example.tmp.mjs', import.meta.url);
    writeFileSync(file, example);
    const printed = [];
    const log = console.log;
    console.log = (...args) => printed.push(args.join(' '));
    try {
      await import(file.href);
    } finally {
      console.log = log;
      rmSync(file, { force: true });
    }
    assert.deepEqual(printed, ['Fairly balanced', 'true']);
  });

  it('the page-weight table says what the build weighs today (gzip, to 0.1 KB)', () => {
    const dist = new URL('../../dist/', import.meta.url).pathname;
    const measured = Object.fromEntries(
      pageRows(dist).map(([name, files]) => [name, `${(sizes(dist, files).gzip / 1024).toFixed(1)} KB`]),
    );
    const rowFor = {
      'all three elements through `recipro.js`, with their default English packs':
        'recipro.js (all three elements, English packs)',
      'all three elements through `recipro.js`, up to their first render (the quiz pack just after)':
        'recipro.js, up to the first render of all three',
      'everything through `recipro.iife.js` (one classic script, English)': 'recipro.iife.js',
      "only a checklist that upgrades the writer's own list (autoloader)":
        "page with a writer's list in <recipro-checklist> (autoloader)",
      'only a checklist showing a built-in pack (autoloader)': 'page with only <recipro-checklist> (autoloader)',
      'only the quiz (autoloader)': 'page with only <recipro-quiz> (autoloader)',
      'only the quiz, up to its first render (autoloader; its pack just after)':
        'page with only <recipro-quiz>, up to its first render (autoloader)',
      'only the stepper (autoloader)': 'page with only <recipro-stepper> (autoloader)',
      'only a checklist, in French (autoloader)': 'page with only <recipro-checklist>, in French (autoloader)',
      'only the quiz, in French (autoloader)': 'page with only <recipro-quiz>, in French (autoloader)',
      'the autoloader itself': 'cdn/autoloader.js',
      'the builder (`builder.js`, the authoring tool)': 'builder.js (the authoring tool)',
      "the receiver's dashboard": 'dashboard/dashboard.js',
      "the receiver's dashboard, with the code that opens encrypted results":
        'dashboard, with the code that opens encrypted results',
    };
    const table = readme.slice(readme.indexOf('| a page with | downloads |'));
    const rows = [...table.slice(0, table.indexOf('\n\n')).matchAll(/^\| (.+?) \| ([\d.]+ KB) \|$/gm)];
    assert.equal(rows.length, Object.keys(rowFor).length);
    for (const [, label, said] of rows) {
      assert.ok(rowFor[label], `README row "${label}" has no measured counterpart`);
      assert.equal(said, measured[rowFor[label]], label);
    }
  });
});
