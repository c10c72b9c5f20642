// A tiny static server on 127.0.0.1 (as scripts/check-stories.mjs): files under the repo root,
// plus generated pages held in memory at /bench/<name>.html. No compression, no caching headers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export async function startServer(root, pages) {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pathname.endsWith('favicon.ico')) return res.writeHead(204).end();
    const page = /^\/bench\/([\w-]+)\.html$/.exec(pathname);
    if (page && pages.has(page[1]))
      return res
        .writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' })
        .end(pages.get(page[1]));
    const path = normalize(join(root, pathname));
    if (!path.startsWith(root) || !/^\/(dist|node_modules)\//.test(pathname)) return res.writeHead(404).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
