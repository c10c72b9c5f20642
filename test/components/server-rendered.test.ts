import { runServerRenderedSuite } from '../suites/server-rendered.suite.js';

describe('server-rendered markup (no hydration support)', () => {
  runServerRenderedSuite();
});
