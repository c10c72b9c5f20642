import { expect } from '@open-wc/testing';
import { stepperProgress } from '../../src/core/index.js';
import { smallStepper } from '../fixtures/definitions.js';

describe('stepperProgress', () => {
  it('starts at the first step with nothing done', () => {
    const progress = stepperProgress(smallStepper, undefined);
    expect(progress).to.deep.include({
      current: 'reflect',
      currentIndex: 0,
      done: 0,
      total: 2,
      share: 0,
      complete: false,
    });
    expect(progress.steps.map((s) => s.status)).to.deep.equal(['not-started', 'not-started']);
  });

  it('derives each status from marks, visits and notes', () => {
    const progress = stepperProgress(smallStepper, {
      current: 'check-in',
      steps: { reflect: { done: true }, 'check-in': { notes: { p1: 'Talk on Sunday', p2: '   ' } } },
    });
    expect(progress.steps).to.deep.equal([
      { id: 'reflect', status: 'done', notes: 0 },
      { id: 'check-in', status: 'in-progress', notes: 1 },
    ]);
    expect(progress.current).to.equal('check-in');
    expect(progress.done).to.equal(1);
  });

  it('is complete when every step is done', () => {
    const progress = stepperProgress(smallStepper, { steps: { reflect: { done: true }, 'check-in': { done: true } } });
    expect(progress.complete).to.equal(true);
    expect(progress.share).to.equal(1);
  });

  it('moves to the first open step when the current one is unknown, and reports it', () => {
    const progress = stepperProgress(smallStepper, { current: 'nope', steps: { reflect: { done: true }, ghost: {} } });
    expect(progress.current).to.equal('check-in');
    expect(progress.problems.map((p) => `${p.kind}:${p.id}`)).to.deep.equal(['unknown-id:ghost', 'unknown-id:nope']);
  });

  it('tolerates malformed state', () => {
    for (const state of [42, 'x', [1], { steps: 5 }, { steps: { reflect: 'done' } }]) {
      expect(() => stepperProgress(smallStepper, state)).not.to.throw();
    }
  });
});
