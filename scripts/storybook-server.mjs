// Serves the static Storybook build (storybook-static/) on a free local port, for the scripts that
// open its stories in Chromium (check-stories.mjs, screenshots.mjs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

export const storybookRoot = new URL('../storybook-static/', import.meta.url).pathname;

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Starts the server; exits with a hint when the build is missing. Returns its base URL and a close(). */
export async function serveStorybook() {
  if (!existsSync(join(storybookRoot, 'index.json'))) {
    console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
    process.exit(1);
  }
  const server = createServer(async (req, res) => {
    const path = normalize(join(storybookRoot, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (path.endsWith('favicon.ico')) return res.writeHead(204).end();
    if (!path.startsWith(storybookRoot)) return res.writeHead(404).end();
    try {
      const body = await readFile(path.endsWith('/') ? join(path, 'index.html') : path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
