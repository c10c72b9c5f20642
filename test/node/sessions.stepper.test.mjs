// The stepper's rules as pure functions, run in plain Node against the built package: which step
// opens, what opening, writing, marking done, keeping and clearing do to the session, and what
// the element must do about it (effects as data). Every expected state and effect is written by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dataOf, initStepper, notesOf, parseDefinition, progressOf, reduceStepper } from 'recipro-widgets/core';

const step = (id, title) => ({
  id,
  title,
  summary: `${title}, briefly.`,
  body: `What it means to ${title.toLowerCase()}.`,
  prompts: [
    { id: 'what', text: 'What happened?' },
    { id: 'next', text: 'What will you try?' },
  ],
  practice: { text: `Practise: ${title}.` },
});

const stepper = {
  kind: 'stepper',
  id: 'spec-steps',
  version: '1',
  title: 'Three steps',
  disclaimer: 'A reflection tool, not a diagnosis.',
  steps: [step('reflect', 'Reflect'), step('express', 'Express'), step('check-in', 'Check in')],
};

const fresh = () => initStepper(stepper).state;
/** Runs actions one after another; returns the last transition. */
const run = (state, ...actions) =>
  actions.reduce(({ state }, action) => reduceStepper(state, action), { state, effects: [] });
const open = (id) => ({ type: 'open', step: id });
const write = (id, prompt, text) => ({ type: 'write', step: id, prompt, text });
const done = (id) => ({ type: 'toggle-done', step: id });

describe('stepper session', () => {
  it('is tested with a valid definition', () => {
    const parsed = parseDefinition(stepper);
    assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
  });

  describe('init: which step opens', () => {
    it('a fresh start opens the first step, with no effects', () => {
      assert.deepEqual(initStepper(stepper), {
        state: { definition: stepper, current: 'reflect', steps: {}, screen: 'step' },
        effects: [],
      });
    });

    it('the saved current step wins over start-step', () => {
      const saved = { current: 'check-in', steps: { reflect: { done: true } } };
      assert.deepEqual(initStepper(stepper, { saved, startStep: 'express' }), {
        state: { definition: stepper, current: 'check-in', steps: { reflect: { done: true } }, screen: 'step' },
        effects: [],
      });
    });

    it('without a saved current step, start-step opens', () => {
      const saved = { steps: { reflect: { done: true } } };
      assert.equal(initStepper(stepper, { saved, startStep: 'check-in' }).state.current, 'check-in');
    });

    it('a saved current step that is not a step gives way to start-step', () => {
      assert.equal(initStepper(stepper, { saved: { current: 'gone' }, startStep: 'express' }).state.current, 'express');
    });

    it('with neither, the first step not done opens', () => {
      const saved = { steps: { reflect: { done: true }, express: { visited: true } } };
      assert.deepEqual(initStepper(stepper, { saved }), {
        state: {
          definition: stepper,
          current: 'express',
          steps: { reflect: { done: true }, express: { visited: true } },
          screen: 'step',
        },
        effects: [],
      });
    });

    it('with every step done, the first step opens', () => {
      const saved = { steps: { reflect: { done: true }, express: { done: true }, 'check-in': { done: true } } };
      assert.equal(initStepper(stepper, { saved }).state.current, 'reflect');
    });

    it('an unknown start-step is reported with a warn effect naming the steps, and ignored', () => {
      assert.deepEqual(initStepper(stepper, { startStep: 'repair' }), {
        state: { definition: stepper, current: 'reflect', steps: {}, screen: 'step' },
        effects: [
          {
            type: 'warn',
            message:
              '<recipro-stepper>: start-step "repair" is not a step of "spec-steps" ' +
              '(steps: reflect, express, check-in).',
          },
        ],
      });
    });

    it('an unknown start-step is reported even when the saved step opens', () => {
      const { state, effects } = initStepper(stepper, { saved: { current: 'express' }, startStep: 'repair' });
      assert.equal(state.current, 'express');
      assert.deepEqual(
        effects.map((e) => e.type),
        ['warn'],
      );
    });
  });

  describe('init: the same stepper again', () => {
    const worked = () =>
      run(fresh(), open('express'), write('express', 'what', 'I said it.'), { type: 'summary' }).state;

    it('same id and version: the previous session as it was, with no effects (saved and start-step ignored)', () => {
      const previous = worked();
      const saved = { current: 'reflect', steps: {} };
      assert.deepEqual(initStepper(structuredClone(stepper), { previous, saved, startStep: 'repair' }), {
        state: {
          definition: stepper,
          current: 'express',
          steps: { reflect: { visited: true }, express: { visited: true, notes: { what: 'I said it.' } } },
          screen: 'summary',
        },
        effects: [],
      });
    });

    it('same id, new version: the notes and the place carry over, on the step screen', () => {
      const newer = { ...stepper, version: '2' };
      assert.deepEqual(initStepper(newer, { previous: worked() }), {
        state: {
          definition: newer,
          current: 'express',
          steps: { reflect: { visited: true }, express: { visited: true, notes: { what: 'I said it.' } } },
          screen: 'step',
        },
        effects: [],
      });
    });

    it('same id, new version: work saved for it wins over the work on screen', () => {
      const newer = { ...stepper, version: '2' };
      const saved = { current: 'check-in', steps: { 'check-in': { visited: true } } };
      assert.deepEqual(initStepper(newer, { previous: worked(), saved }).state, {
        definition: newer,
        current: 'check-in',
        steps: { 'check-in': { visited: true } },
        screen: 'step',
      });
    });

    it('entries of steps the definition no longer has are dropped', () => {
      const saved = { current: 'express', steps: { express: { done: true }, gone: { notes: { what: 'old' } } } };
      assert.deepEqual(initStepper(stepper, { saved }).state.steps, { express: { done: true } });
    });

    it('another stepper starts clean', () => {
      const other = { ...stepper, id: 'spec-other' };
      assert.deepEqual(initStepper(other, { previous: worked() }), {
        state: { definition: other, current: 'reflect', steps: {}, screen: 'step' },
        effects: [],
      });
    });
  });

  describe('open', () => {
    it('marks the step left and the step opened as visited, focuses, saves, emits recipro-step-change', () => {
      assert.deepEqual(reduceStepper(fresh(), open('express')), {
        state: {
          definition: stepper,
          current: 'express',
          steps: { reflect: { visited: true }, express: { visited: true } },
          screen: 'step',
        },
        effects: [
          { type: 'focus', target: 'step-heading' },
          {
            type: 'save',
            data: { current: 'express', steps: { reflect: { visited: true }, express: { visited: true } } },
          },
          { type: 'emit', name: 'recipro-step-change', detail: { from: 'reflect', to: 'express' } },
        ],
      });
    });

    it('the step already open: no recipro-step-change', () => {
      assert.deepEqual(reduceStepper(fresh(), open('reflect')).effects, [
        { type: 'focus', target: 'step-heading' },
        { type: 'save', data: { current: 'reflect', steps: { reflect: { visited: true } } } },
      ]);
    });

    it('keeps what a step already holds when marking it visited', () => {
      const state = run(fresh(), write('reflect', 'what', 'Tired.'), done('reflect'), open('express')).state;
      assert.deepEqual(state.steps, {
        reflect: { visited: true, notes: { what: 'Tired.' }, done: true },
        express: { visited: true },
      });
    });

    it('from the summary: only the step opened is marked; the event names the step the reader came from', () => {
      const onSummary = { definition: stepper, current: 'reflect', steps: {}, screen: 'summary' };
      const { state, effects } = reduceStepper(onSummary, open('check-in'));
      assert.deepEqual(state, {
        definition: stepper,
        current: 'check-in',
        steps: { 'check-in': { visited: true } },
        screen: 'step',
      });
      assert.deepEqual(effects[2], {
        type: 'emit',
        name: 'recipro-step-change',
        detail: { from: 'reflect', to: 'check-in' },
      });
    });

    it('a step the stepper does not have: nothing happens', () => {
      const state = fresh();
      assert.deepEqual(reduceStepper(state, open('repair')), { state, effects: [] });
    });
  });

  describe('summary', () => {
    it('marks the step left as visited, shows the summary, focuses its heading and saves', () => {
      assert.deepEqual(reduceStepper(fresh(), { type: 'summary' }), {
        state: { definition: stepper, current: 'reflect', steps: { reflect: { visited: true } }, screen: 'summary' },
        effects: [
          { type: 'focus', target: 'summary-heading' },
          { type: 'save', data: { current: 'reflect', steps: { reflect: { visited: true } } } },
        ],
      });
    });

    it('from the summary marks nothing more', () => {
      const onSummary = { definition: stepper, current: 'express', steps: {}, screen: 'summary' };
      assert.deepEqual(reduceStepper(onSummary, { type: 'summary' }).state.steps, {});
    });
  });

  describe('write', () => {
    it('saves the note on every input and marks its step visited, without events', () => {
      assert.deepEqual(reduceStepper(fresh(), write('express', 'what', 'I said it.')), {
        state: {
          definition: stepper,
          current: 'reflect',
          steps: { express: { visited: true, notes: { what: 'I said it.' } } },
          screen: 'step',
        },
        effects: [
          {
            type: 'save',
            data: { current: 'reflect', steps: { express: { visited: true, notes: { what: 'I said it.' } } } },
          },
        ],
      });
    });

    it('keeps the step’s other notes', () => {
      const { state } = run(fresh(), write('reflect', 'what', 'Tired.'), write('reflect', 'next', 'Rest.'));
      assert.deepEqual(state.steps, { reflect: { visited: true, notes: { what: 'Tired.', next: 'Rest.' } } });
    });

    it('empty text removes the note', () => {
      const { state, effects } = run(
        fresh(),
        write('reflect', 'what', 'Tired.'),
        write('reflect', 'next', 'Rest.'),
        write('reflect', 'what', ''),
      );
      assert.deepEqual(state.steps, { reflect: { visited: true, notes: { next: 'Rest.' } } });
      assert.deepEqual(effects, [
        { type: 'save', data: { current: 'reflect', steps: { reflect: { visited: true, notes: { next: 'Rest.' } } } } },
      ]);
    });

    it('a step the stepper does not have: nothing happens', () => {
      const state = fresh();
      assert.deepEqual(reduceStepper(state, write('repair', 'what', 'x')), { state, effects: [] });
    });
  });

  describe('noted (the reader left a notes field they changed)', () => {
    it('only emits recipro-change with the step and "notes", never the text', () => {
      const state = run(fresh(), write('express', 'what', 'Private.')).state;
      const transition = reduceStepper(state, { type: 'noted', step: 'express' });
      assert.equal(transition.state, state);
      assert.deepEqual(transition.effects, [
        { type: 'emit', name: 'recipro-change', detail: { id: 'express', change: 'notes' } },
      ]);
    });
  });

  describe('toggle-done', () => {
    it('marks a step done: saves, announces it with the counts, emits recipro-change "done"', () => {
      assert.deepEqual(reduceStepper(fresh(), done('express')), {
        state: {
          definition: stepper,
          current: 'reflect',
          steps: { express: { visited: true, done: true } },
          screen: 'step',
        },
        effects: [
          { type: 'save', data: { current: 'reflect', steps: { express: { visited: true, done: true } } } },
          {
            type: 'announce',
            message: { key: 'marked', title: 'Express', done: true, count: 1, total: 3, complete: false },
          },
          { type: 'emit', name: 'recipro-change', detail: { id: 'express', change: 'done' } },
        ],
      });
    });

    it('again marks it not done, handing focus to "Done — next step", which replaces the button', () => {
      const { state, effects } = run(fresh(), done('express'), done('express'));
      assert.deepEqual(state.steps, { express: { visited: true, done: false } });
      assert.deepEqual(effects.slice(1), [
        { type: 'focus', target: 'step-done' },
        {
          type: 'announce',
          message: { key: 'marked', title: 'Express', done: false, count: 0, total: 3, complete: false },
        },
        { type: 'emit', name: 'recipro-change', detail: { id: 'express', change: 'not-done' } },
      ]);
    });

    it('the last step done completes, with the progress and the non-empty notes', () => {
      const { effects } = run(
        fresh(),
        write('reflect', 'what', 'Tired.'),
        write('express', 'next', '   '),
        done('reflect'),
        done('express'),
        done('check-in'),
      );
      assert.deepEqual(effects, [
        {
          type: 'save',
          data: {
            current: 'reflect',
            steps: {
              reflect: { visited: true, notes: { what: 'Tired.' }, done: true },
              express: { visited: true, notes: { next: '   ' }, done: true },
              'check-in': { visited: true, done: true },
            },
          },
        },
        {
          type: 'announce',
          message: { key: 'marked', title: 'Check in', done: true, count: 3, total: 3, complete: true },
        },
        { type: 'emit', name: 'recipro-change', detail: { id: 'check-in', change: 'done' } },
        {
          type: 'complete',
          result: {
            kind: 'stepper',
            definitionId: 'spec-steps',
            definitionVersion: '1',
            current: 'reflect',
            currentIndex: 0,
            steps: [
              { id: 'reflect', status: 'done', notes: 1 },
              { id: 'express', status: 'done', notes: 0 },
              { id: 'check-in', status: 'done', notes: 0 },
            ],
            done: 3,
            total: 3,
            share: 1,
            complete: true,
            problems: [],
          },
          notes: { reflect: { what: 'Tired.' } },
        },
      ]);
    });

    it('unmarking a step of a finished stepper does not complete', () => {
      const { effects } = run(fresh(), done('reflect'), done('express'), done('check-in'), done('express'));
      assert.deepEqual(
        effects.map((e) => e.type),
        ['save', 'focus', 'announce', 'emit'],
      );
    });

    it('a step the stepper does not have: nothing happens', () => {
      const state = fresh();
      assert.deepEqual(reduceStepper(state, done('repair')), { state, effects: [] });
    });
  });

  describe('done-next ("Done — next step")', () => {
    const doneNext = (id) => ({ type: 'done-next', step: id });

    it('marks the step done and opens the next: one save, the announcement, both events, focus on its heading', () => {
      const { state, effects } = reduceStepper(fresh(), doneNext('reflect'));
      assert.deepEqual(state, {
        definition: stepper,
        current: 'express',
        steps: { reflect: { visited: true, done: true }, express: { visited: true } },
        screen: 'step',
      });
      assert.deepEqual(effects, [
        {
          type: 'announce',
          message: { key: 'marked', title: 'Reflect', done: true, count: 1, total: 3, complete: false },
        },
        { type: 'emit', name: 'recipro-change', detail: { id: 'reflect', change: 'done' } },
        { type: 'focus', target: 'step-heading' },
        {
          type: 'save',
          data: { current: 'express', steps: { reflect: { visited: true, done: true }, express: { visited: true } } },
        },
        { type: 'emit', name: 'recipro-step-change', detail: { from: 'reflect', to: 'express' } },
      ]);
    });

    it('on the last step, completes and opens the summary', () => {
      const { state, effects } = run(fresh(), doneNext('reflect'), doneNext('express'), doneNext('check-in'));
      assert.equal(state.screen, 'summary');
      assert.equal(state.current, 'check-in');
      assert.deepEqual(
        effects.map((e) => (e.type === 'emit' ? e.name : e.type)),
        ['announce', 'recipro-change', 'complete', 'focus', 'save'],
      );
      assert.deepEqual(effects[3], { type: 'focus', target: 'summary-heading' });
      assert.equal(effects[2].result.complete, true);
    });

    it('on a step already done, only moves on: nothing marked, announced or completed again', () => {
      const state = run(fresh(), done('reflect')).state;
      const { effects } = reduceStepper(state, doneNext('reflect'));
      assert.deepEqual(
        effects.map((e) => (e.type === 'emit' ? e.name : e.type)),
        ['focus', 'save', 'recipro-step-change'],
      );
    });

    it('a step the stepper does not have: nothing happens', () => {
      const state = fresh();
      assert.deepEqual(reduceStepper(state, doneNext('repair')), { state, effects: [] });
    });
  });

  describe('keep ("Keep my notes on this device")', () => {
    const worked = () => run(fresh(), write('reflect', 'what', 'Tired.')).state;

    it('on: saves the work now and says so', () => {
      const state = worked();
      assert.deepEqual(reduceStepper(state, { type: 'keep', on: true }), {
        state,
        effects: [
          {
            type: 'save',
            data: { current: 'reflect', steps: { reflect: { visited: true, notes: { what: 'Tired.' } } } },
          },
          { type: 'announce', message: { key: 'keeping', on: true } },
        ],
      });
    });

    it('off: forgets the saved record, keeps the work on screen, and says so', () => {
      const state = worked();
      assert.deepEqual(reduceStepper(state, { type: 'keep', on: false }), {
        state,
        effects: [{ type: 'clear' }, { type: 'announce', message: { key: 'keeping', on: false } }],
      });
    });
  });

  describe('clear ("Clear my notes", confirmed)', () => {
    it('notes and progress go, the open step stays; the record is cleared, focus moves to its heading', () => {
      const state = run(fresh(), open('express'), write('express', 'what', 'x'), done('reflect')).state;
      assert.deepEqual(reduceStepper(state, { type: 'clear' }), {
        state: { definition: stepper, current: 'express', steps: {}, screen: 'step' },
        effects: [
          { type: 'clear' },
          { type: 'focus', target: 'step-heading' },
          { type: 'announce', message: { key: 'cleared' } },
        ],
      });
    });

    it('on the summary, focus moves to the summary heading', () => {
      const state = run(fresh(), write('reflect', 'what', 'x'), { type: 'summary' }).state;
      assert.deepEqual(reduceStepper(state, { type: 'clear' }).effects[1], {
        type: 'focus',
        target: 'summary-heading',
      });
    });
  });

  describe('dataOf, progressOf, notesOf', () => {
    const state = {
      definition: stepper,
      current: 'express',
      screen: 'step',
      steps: {
        'check-in': { notes: { next: 'Call Sam.', what: '  ' } },
        reflect: { done: true, notes: { what: 'Tired.', extra: 'Not a prompt.' } },
        gone: { notes: { what: 'A removed step.' } },
      },
    };

    it('notesOf: the non-empty notes of the definition’s prompts, by step then prompt, in its order', () => {
      const notes = notesOf(state);
      assert.deepEqual(notes, { reflect: { what: 'Tired.' }, 'check-in': { next: 'Call Sam.' } });
      assert.deepEqual(Object.keys(notes), ['reflect', 'check-in']);
    });

    it('dataOf: the open step and a copy of the steps, as saved', () => {
      const data = dataOf(state);
      assert.deepEqual(data, { current: 'express', steps: state.steps });
      assert.notEqual(data.steps, state.steps);
    });

    it('progressOf: each step’s status and the counts', () => {
      const progress = progressOf(state);
      assert.deepEqual(progress.steps, [
        { id: 'reflect', status: 'done', notes: 2 },
        { id: 'express', status: 'not-started', notes: 0 },
        { id: 'check-in', status: 'in-progress', notes: 1 },
      ]);
      assert.deepEqual(
        { current: progress.current, done: progress.done, total: progress.total, complete: progress.complete },
        { current: 'express', done: 1, total: 3, complete: false },
      );
    });
  });
});
