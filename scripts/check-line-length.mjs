// Fails when a line of code is longer than 120 characters. Data (content packs, translations,
// generated fixtures) is exempt: its long lines are sentences, not code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const LIMIT = 120;
const DATA = [/^src\/content\//, /^src\/locales\/(fr|hi|ar)\//, /^test\/fixtures\//, /^bench\/results\//];
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts', '*.mjs', '*.js', '*.tsx'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file && !DATA.some((pattern) => pattern.test(file)));

const long = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // listed but deleted in the work tree
  }
  text.split('\n').forEach((line, index) => {
    const length = [...line].length;
    if (length > LIMIT) long.push(`${file}:${index + 1}: ${length} characters`);
  });
}
if (long.length) {
  console.error(`Lines over ${LIMIT} characters (outside data):\n${long.join('\n')}`);
  process.exit(1);
}
