// The node:http adapter: a Request built from the socket, the client's address passed along, a
// body streamed with the limit (a chunked upload is answered 413 long before it ends).
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createMemoryStore, createReceiver } from '../../dist/npm/server/index.js';
import { toNodeHandler } from '../../dist/npm/server/node.js';
import { ORIGIN, quizPayload } from './receiver-helpers.mjs';

describe('toNodeHandler', () => {
  const store = createMemoryStore();
  const addresses = [];
  let server;
  let base;
  before(async () => {
    const receiver = createReceiver({
      store,
      origins: [ORIGIN],
      log: false,
      rateLimit: { capacity: 1000 },
      clientAddress: (_request, context) => (addresses.push(context.clientAddress), context.clientAddress),
    });
    server = createServer(toNodeHandler(receiver));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  it("stores a result and passes the socket's address as the client's", async () => {
    const response = await fetch(`${base}/results`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify(quizPayload()),
    });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal((await response.json()).ok, true);
    assert.deepEqual(addresses, ['127.0.0.1']);
  });

  it('answers other methods 405 with Allow', async () => {
    const response = await fetch(`${base}/results`);
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST, OPTIONS');
  });

  it('answers a chunked upload with no length 413 after the limit, without reading it to the end', async () => {
    const total = 10 * 1024 * 1024;
    const chunk = Buffer.alloc(16 * 1024, 'x');
    let written = 0;
    const status = await new Promise((resolve, reject) => {
      const req = request(`${base}/results`, { method: 'POST', headers: { 'content-type': 'application/json' } });
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        res.resume();
        resolve(res.statusCode);
        req.destroy();
      });
      req.on('error', (error) => (answered ? undefined : reject(error)));
      const pump = () => {
        while (!answered && written < total) {
          written += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!answered) req.end();
      };
      pump();
    });
    assert.equal(status, 413);
    assert.ok(written < total, `the whole ${total} bytes were sent (${written})`);
    assert.equal((await store.list()).results.length, 1, 'nothing more stored');
  });
});
