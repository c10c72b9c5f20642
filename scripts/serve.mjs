#!/usr/bin/env node
// `npm start`: serves the examples and the built library on 127.0.0.1 under a strict
// Content-Security-Policy, with a tiny receiver that logs submitted result payloads.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const host = '127.0.0.1';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const received = [];

async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > 1_000_000) throw new Error('payload too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}:${port}`);
  response.setHeader('Content-Security-Policy', STRICT_CSP);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');

  if (url.pathname === '/api/results') {
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    try {
      const payload = JSON.parse(await readBody(request));
      const key = request.headers['idempotency-key'] ?? payload.key;
      const duplicate = received.includes(key);
      if (!duplicate) received.push(key);
      console.log(
        `[receiver] ${duplicate ? 'duplicate' : 'received'} ${payload.definition?.id ?? '?'} result, key ${key}:`,
      );
      console.log(JSON.stringify(payload, null, 2));
      response
        .writeHead(duplicate ? 200 : 201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true }));
    } catch (error) {
      response
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: false, error: String(error) }));
    }
    return;
  }

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
    const body = await readFile(file);
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
  console.log(`recipro-widgets examples: http://${host}:${port}/examples/`);
  console.log(`  receiver:  POST http://${host}:${port}/api/results (payloads are logged here)`);
  console.log(`Served with: Content-Security-Policy: ${STRICT_CSP}`);
  console.log('Press Ctrl+C to stop.');
});
