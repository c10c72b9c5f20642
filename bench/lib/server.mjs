// A tiny static server on 127.0.0.1 (as scripts/check-stories.mjs): files under the repo root,
// plus generated pages held in memory at /bench/<name>.html. Compressed as a real server or CDN
// sends them: gzip (level 9) when the request accepts it, or brotli (quality 11) when the bench asks
// for it (an `x-bench-encoding` header on every request of the page), each file compressed once and
// kept. No caching headers (every run is a fresh browser context).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const compressors = {
  gzip: (body) => gzipSync(body, { level: 9 }),
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
};

/**
 * The encoding for a request: the one the bench asks for in `x-bench-encoding` (`br`, `gzip` or
 * `identity`, set on every request of a page), else gzip when accepted, else none.
 */
function encodingFor(req) {
  const asked = req.headers['x-bench-encoding'];
  if (asked) return asked === 'identity' ? undefined : asked;
  return /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? 'gzip' : undefined;
}

export async function startServer(root, pages) {
  const cache = new Map(); // `${encoding} ${path}` → compressed bytes
  const compressed = (key, encoding, body) => {
    if (!encoding) return body;
    if (!cache.has(`${encoding} ${key}`)) cache.set(`${encoding} ${key}`, compressors[encoding](body));
    return cache.get(`${encoding} ${key}`);
  };
  const send = (req, res, key, headers, body) => {
    const encoding = encodingFor(req);
    res
      .writeHead(200, {
        ...headers,
        vary: 'accept-encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      })
      .end(compressed(key, encoding, body));
  };
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pathname.endsWith('favicon.ico')) return res.writeHead(204).end();
    const page = /^\/bench\/([\w-]+)\.html$/.exec(pathname);
    if (page && pages.has(page[1]))
      return send(
        req,
        res,
        `page ${page[1]}`,
        { 'content-type': types['.html'], 'cache-control': 'no-store' },
        Buffer.from(pages.get(page[1])),
      );
    const path = normalize(join(root, pathname));
    if (!path.startsWith(root) || !/^\/(dist|node_modules)\//.test(pathname)) return res.writeHead(404).end();
    try {
      const body = await readFile(path);
      send(req, res, path, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }, body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
