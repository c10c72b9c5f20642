#!/usr/bin/env node
// Fails unless at least 90 % of the lines in src/core are covered (reads coverage/lcov.info,
// written by `web-test-runner --coverage`).
import { readFileSync } from 'node:fs';

const THRESHOLD = 90;
let file = '';
let found = 0;
let hit = 0;
for (const line of readFileSync(new URL('../coverage/lcov.info', import.meta.url), 'utf8').split('\n')) {
  if (line.startsWith('SF:')) file = line.slice(3);
  else if (file.includes('src/core/') && line.startsWith('LF:')) found += Number(line.slice(3));
  else if (file.includes('src/core/') && line.startsWith('LH:')) hit += Number(line.slice(3));
}
const share = found ? (100 * hit) / found : 0;
console.log(`src/core line coverage: ${share.toFixed(2)} % (${hit} of ${found} lines; threshold ${THRESHOLD} %)`);
process.exit(share >= THRESHOLD ? 0 : 1);
