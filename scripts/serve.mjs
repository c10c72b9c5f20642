#!/usr/bin/env node
// `npm start`: serves the examples and the built library on 127.0.0.1 under a strict
// Content-Security-Policy, beside the real result receiver (`recipro-receiver`: SQLite in a
// temporary folder, its dashboard and a fresh key pair), which the counselling example sends its
// encrypted results to.
import { createServer } from 'node:http';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main as receiver } from '../dist/npm/server/cli.js';
import { runKeygen } from '../dist/npm/server/keygen.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const receiverPort = Number(process.env.RECEIVER_PORT ?? 8787);
const host = '127.0.0.1';
const receiverOrigin = `http://${host}:${receiverPort}`;

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'";
/** The examples' policy: the strict one, plus sending results to the receiver. */
const csp = `${STRICT_CSP}; connect-src 'self' ${receiverOrigin}`;

// The receiver: results in a temporary SQLite file; the dashboard token is printed at its start.
const folder = await mkdtemp(join(tmpdir(), 'recipro-start-'));
const quiet = { log: () => {}, error: (line) => console.error(line) };
if ((await runKeygen(['--out', folder], quiet)) !== 0) process.exit(1);
const publicKey = (await readFile(join(folder, 'recipro-public-key.txt'), 'utf8')).trim();
void receiver([
  '--db',
  join(folder, 'results.sqlite'),
  '--origin',
  `http://${host}:${port}`,
  '--port',
  String(receiverPort),
]).then((code) => process.exit(code));

/** The counselling example carries a placeholder for the key made above. */
const counsellingPage = join(root, 'examples', 'counselling-site.html');
const PLACEHOLDER = 'submit-key="filled-in-by-npm-start"';
const withDemoKey = async (file) =>
  (await readFile(file, 'utf8'))
    .replace(PLACEHOLDER, `submit-key="${publicKey}"`)
    .replace('submit-url="http://127.0.0.1:8787/results"', `submit-url="${receiverOrigin}/results"`);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}:${port}`);
  response.setHeader('Content-Security-Policy', csp);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');

  let path = decodeURIComponent(url.pathname);
  if (path === '/' || path === '/examples') {
    response.writeHead(302, { location: '/examples/' }).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  const allowed = ['examples', 'dist'].some((dir) => file.startsWith(join(root, dir)));
  if (!allowed) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const body = file === counsellingPage ? await withDemoKey(file) : await readFile(file);
    response
      .writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, host, () => {
  console.log(`\nrecipro-widgets examples: http://${host}:${port}/examples/`);
  console.log(`  builder:   http://${host}:${port}/examples/builder.html`);
  console.log(`Served with: Content-Security-Policy: ${csp}`);
  console.log(`The counselling example sends encrypted results to the receiver above (data in ${folder}).`);
  console.log(
    `To read them in the dashboard, paste the private key from ${join(folder, 'recipro-private-key.jwk.json')}`,
  );
  console.log('Press Ctrl+C to stop.');
});
process.on('SIGINT', () => server.close());
process.on('SIGTERM', () => server.close());
