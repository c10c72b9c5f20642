import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { cspMiddleware, receiverMiddleware } from './test/server/receiver.mjs';

const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Unit and element tests, in headless Chromium. `TEST_FILES` narrows the run. */
export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  middleware: [cspMiddleware, receiverMiddleware],
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || undefined,
        args: chromeFlags,
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
    reportDir: 'coverage',
    report: true,
  },
};
