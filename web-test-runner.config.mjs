import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS } from './scripts/chromium.mjs';
import { cspMiddleware, receiverMiddleware } from './test/server/receiver.mjs';
import { fakeDashboardApi } from './test/server/fake-dashboard-api.mjs';
import { realReceiverMiddleware } from './test/server/real-receiver.mjs';

/** Unit and element tests, in headless Chromium. `TEST_FILES` narrows the run. */
export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  middleware: [cspMiddleware, receiverMiddleware, realReceiverMiddleware, fakeDashboardApi],
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || undefined,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), nodeCryptoStub()],
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
    reportDir: 'coverage',
    report: true,
  },
};

/**
 * @hpke/core falls back to `import("crypto")` (Node 18) where `globalThis.crypto` is missing, never
 * in a browser; the browser builds leave that import alone. The dev server must still resolve it.
 */
function nodeCryptoStub() {
  return {
    name: 'node-crypto-stub',
    resolveImport: ({ source }) => (source === 'crypto' ? '/__node-crypto-stub.js' : undefined),
    serve: (context) =>
      context.path === '/__node-crypto-stub.js'
        ? { body: 'export const webcrypto = globalThis.crypto;', type: 'js' }
        : undefined,
  };
}
