import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDashboard } from './dashboard.js';
import { jsonError, logLine, pathOf } from './http.js';
import { toNodeHandler } from './node.js';
import { createReceiver } from './receiver.js';
import { DEFAULT_RETENTION_DAYS } from './retention.js';
import { openSqliteStore } from './sqlite-store.js';
import { ensureToken } from './token.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** Where submissions go on the CLI's server. */
export const SUBMIT_PATH = '/results';

const USAGE = `Usage:
  recipro-receiver --db results.sqlite --origin https://practice.example [--origin …] [--port 8787]
                   [--host 127.0.0.1] [--public-url https://results.practice.example]
                   [--retention-days 90] [--definition quiz.json …] [--trust-proxy] [--reset-token]
                   [--rate-capacity 30] [--rate-per-minute 30] [--synchronous full|normal]
  recipro-receiver keygen …   writes a key pair for end-to-end encryption (see keygen --help)

Receives results from elements with submit-url, stores them in an SQLite file, and serves a
dashboard (protected by a token shown once, at first start) at /.`;

/** `recipro-receiver keygen`: writes a key pair for `submit-key` (see keygen.ts). */
async function runKeygenCommand(args: string[], io: CliIo): Promise<number> {
  const { runKeygen } = await import('./keygen.js');
  return runKeygen(args, { log: io.out, error: io.err });
}

function positiveNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number (got "${text}")`);
  return value;
}

/**
 * Runs the receiver: `recipro-receiver --db results.sqlite --origin https://practice.example`.
 * Resolves with the exit code once the server stops (SIGINT, SIGTERM), or at once on a usage error.
 */
export async function main(argv: string[], io: CliIo = consoleIo): Promise<number> {
  if (argv[0] === 'keygen') return runKeygenCommand(argv.slice(1), io);
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        db: { type: 'string', default: 'results.sqlite' },
        origin: { type: 'string', multiple: true, default: [] },
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        'public-url': { type: 'string' },
        'retention-days': { type: 'string' },
        definition: { type: 'string', multiple: true, default: [] },
        'trust-proxy': { type: 'boolean', default: false },
        'reset-token': { type: 'boolean', default: false },
        'rate-capacity': { type: 'string' },
        'rate-per-minute': { type: 'string' },
        synchronous: { type: 'string', default: 'full' },
        'dashboard-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }

  let port: number;
  let retentionDays: number;
  let capacity: number;
  let perMinute: number;
  let definitions: unknown[];
  try {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port must be 0–65535 (got "${values.port}")`);
    retentionDays = positiveNumber('retention-days', values['retention-days'], DEFAULT_RETENTION_DAYS);
    capacity = positiveNumber('rate-capacity', values['rate-capacity'], 30);
    perMinute = positiveNumber('rate-per-minute', values['rate-per-minute'], 30);
    if (values.synchronous !== 'full' && values.synchronous !== 'normal')
      throw new Error('--synchronous must be full or normal');
    definitions = await Promise.all(values.definition.map((file) => readFile(file, 'utf8')));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }

  const store = await openSqliteStore({
    path: values.db,
    retentionDays,
    synchronous: values.synchronous,
  });
  const token = await ensureToken(store, values['reset-token']);
  let receiver;
  try {
    receiver = createReceiver({
      store,
      origins: values.origin,
      definitions: definitions.length ? definitions : undefined,
      rateLimit: { capacity, refillPerSecond: perMinute / 60 },
      trustProxy: values['trust-proxy'],
      log: io.out,
    });
  } catch (error) {
    io.err((error as Error).message);
    await store.close();
    return 2;
  }
  const dashboard = createDashboard({
    store,
    dashboardDir: values['dashboard-dir'] ?? fileURLToPath(new URL('../../dashboard/', import.meta.url)),
  });

  const handler = async (request: Request, context: { clientAddress?: string }): Promise<Response> => {
    if (new URL(request.url).pathname === SUBMIT_PATH) return receiver(request, context);
    const started = performance.now();
    let response: Response;
    try {
      response = (await dashboard(request)) ?? jsonError(404, 'Not found.');
    } catch {
      response = jsonError(500, 'The server could not answer this request.');
    }
    io.out(logLine(request.method, pathOf(request), response.status, 0, performance.now() - started));
    return response;
  };

  const server = createServer(toNodeHandler(handler));
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, values.host, () => resolve());
  }).catch(async (error) => {
    await store.close();
    throw error;
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const host = values.host.includes(':') ? `[${values.host}]` : values.host;
  const base = (values['public-url'] ?? `http://${host}:${actualPort}`).replace(/\/+$/, '');

  io.out(`recipro-receiver: listening on http://${host}:${actualPort}, results in ${values.db}`);
  if (!values['public-url'] && /^(0\.0\.0\.0|\[::\])$/.test(host))
    io.out('Listening on every interface: give --public-url, the address pages reach this server at.');
  if (!values.origin.length)
    io.out('No --origin given: pages on other sites cannot submit here (add --origin https://your.site).');
  io.out(`Paste on your elements: submit-url="${base}${SUBMIT_PATH}"`);
  io.out(`Dashboard: ${base}/`);
  if (token) {
    io.out(`Dashboard token: ${token}`);
    io.out('  (shown this once; only its hash is stored. Lost it? Restart with --reset-token.)');
  } else {
    io.out('Dashboard token: the one shown at first start (--reset-token makes a new one).');
  }

  return new Promise<number>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => void store.close().then(() => resolve(0)));
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
