// lit's hydration support, loaded before lit as a page with other server-rendered lit elements does.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { ReciproQuiz } from '../../src/components/quiz/quiz.component.js';
import { runServerRenderedSuite } from '../suites/server-rendered.suite.js';

describe("server-rendered markup, on a page with lit's hydration support", () => {
  // Hydrating a root with nothing in it would log an error and render nothing the first time.
  const errors: unknown[][] = [];
  const original = console.error;
  beforeEach(() => (console.error = (...args: unknown[]) => errors.push(args)));
  afterEach(() => {
    console.error = original;
    expect(errors.splice(0)).to.deep.equal([]);
  });

  it('is installed', () => {
    const attributes = (ReciproQuiz as unknown as { observedAttributes: string[] }).observedAttributes;
    expect(attributes).to.include('defer-hydration');
  });

  runServerRenderedSuite();
});
