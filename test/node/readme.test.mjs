// The README's core example runs as written, and prints what its comments say.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';

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
});
