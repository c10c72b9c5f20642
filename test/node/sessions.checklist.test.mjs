// The checklist's rules as pure functions, run in plain Node against the built package: what
// ticks, "See what this means", resets and the host's `checked` do to the session, and what the
// element must do about it (effects as data). Every expected state and effect is written by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checklistStarted,
  initChecklist,
  needsSupport,
  parseDefinition,
  reduceChecklist,
  scoreOf,
  takeawayShown,
} from 'recipro-widgets/core';

const FEW = { id: 'few', min: 0, max: 50, label: 'A few', takeaway: 'Some good signs are there.' };
const MANY = { id: 'many', min: 50, max: 100, label: 'Many', takeaway: 'Many good signs are there.' };

// Four healthy signs: one checked scores 25 (few), two 50 (many), three 75 (many), four 100 (many).
const signs = {
  kind: 'checklist',
  id: 'spec-signs',
  version: '1',
  title: 'Good signs',
  disclaimer: 'A reflection tool, not a diagnosis.',
  items: [
    { id: 'a', text: 'We laugh together.' },
    { id: 'b', text: 'We share chores.' },
    { id: 'c', text: 'We listen.' },
    { id: 'd', text: 'We make up after arguments.' },
  ],
  bands: [FEW, MANY],
};

const LOW = { id: 'low', min: 0, max: 34, label: 'Low', takeaway: 'Few warning signs.' };
const SOME = { id: 'some', min: 34, max: 67, label: 'Some', takeaway: 'Some warning signs.' };
const HIGH = { id: 'high', min: 67, max: 100, label: 'High', takeaway: 'Many warning signs: talk to someone.' };

// Three warning signs: one checked scores 33.3 (low), two 66.7 (some), three 100 (high).
const warnings = {
  kind: 'checklist',
  id: 'spec-warnings',
  version: '1',
  title: 'Warning signs',
  disclaimer: 'A reflection tool, not a diagnosis.',
  polarity: 'warning',
  items: [
    { id: 'w1', text: 'I feel watched.' },
    { id: 'w2', text: 'I feel blamed.' },
    { id: 'w3', text: 'I feel alone.' },
  ],
  bands: [HIGH, LOW, SOME],
};

// A warning list whose unchecked healthy sign weighs three: with nothing checked it scores 75.
const heavy = {
  ...warnings,
  id: 'spec-heavy',
  items: [
    { id: 'w1', text: 'I feel watched.' },
    { id: 'h1', text: 'I feel free to see friends.', polarity: 'healthy', weight: 3 },
  ],
  bands: [
    { id: 'calm', min: 0, max: 50, label: 'Calm', takeaway: 'Little to worry about.' },
    { id: 'worry', min: 50, max: 100, label: 'Worrying', takeaway: 'Worth talking about.' },
  ],
};

const fresh = (definition = signs) => initChecklist(definition, { origin: 'property' }).state;
const toggle = (id, checked = true) => ({ type: 'toggle', id, checked });
/** Runs actions one after another; returns the last transition. */
const run = (state, ...actions) =>
  actions.reduce(({ state }, action) => reduceChecklist(state, action), { state, effects: [] });
const ticked = (...ids) => run(fresh(), ...ids.map((id) => toggle(id))).state;

describe('checklist session', () => {
  it('is tested with valid definitions', () => {
    for (const definition of [signs, warnings, heavy]) {
      const parsed = parseDefinition(definition);
      assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
    }
  });

  describe('init', () => {
    it('a fresh checklist: nothing checked, nothing revealed, no effects', () => {
      assert.deepEqual(initChecklist(signs, { origin: 'preset' }), {
        state: { definition: signs, origin: 'preset', checked: [], revealed: false },
        effects: [],
      });
    });

    it('restores what was saved, in list order, without ids the list does not have', () => {
      const saved = { checked: ['d', 'ghost', 'a'], revealed: true };
      assert.deepEqual(initChecklist(signs, { origin: 'src', saved }), {
        state: { definition: signs, origin: 'src', checked: ['a', 'd'], revealed: true },
        effects: [],
      });
    });

    it('ids the host set before the definition arrived win over the saved ones, and reveal nothing', () => {
      const saved = { checked: ['a', 'b'], revealed: true };
      assert.deepEqual(initChecklist(signs, { origin: 'property', saved, pending: ['c', 'ghost'] }), {
        state: { definition: signs, origin: 'property', checked: ['c'], revealed: false },
        effects: [],
      });
    });

    it('the same checklist again (same id) keeps what is checked and revealed, and saves it', () => {
      const previous = run(fresh(), toggle('b'), { type: 'reveal' }).state;
      const newer = { ...signs, version: '2' };
      const saved = { checked: ['d'], revealed: false };
      assert.deepEqual(initChecklist(newer, { origin: 'script', previous, saved }), {
        state: { definition: newer, origin: 'script', checked: ['b'], revealed: true },
        effects: [{ type: 'save', data: { checked: ['b'], revealed: true } }],
      });
    });

    it('an edited writer’s list keeps its checked items in its new order; the record moves to its new id', () => {
      const before = { ...signs, id: 'list-1' };
      const previous = run(
        initChecklist(before, { origin: 'list' }).state,
        toggle('a'),
        toggle('b'),
        toggle('c'),
      ).state;
      // The writer removed b, moved c first and added e: the list's id (derived from its text) changed.
      const after = {
        ...signs,
        id: 'list-2',
        items: [signs.items[2], signs.items[0], { id: 'e', text: 'We plan ahead.' }],
      };
      assert.deepEqual(initChecklist(after, { origin: 'list', previous }), {
        state: { definition: after, origin: 'list', checked: ['c', 'a'], revealed: false },
        effects: [
          { type: 'clear', id: 'list-1' },
          { type: 'save', data: { checked: ['c', 'a'], revealed: false } },
        ],
      });
    });

    it('another checklist starts from its own saved record, with no effects', () => {
      const previous = ticked('a', 'b');
      const other = { ...signs, id: 'spec-other' };
      assert.deepEqual(initChecklist(other, { origin: 'property', previous, saved: { checked: ['d'] } }), {
        state: { definition: other, origin: 'property', checked: ['d'], revealed: false },
        effects: [],
      });
    });

    it('a writer’s list replacing a checklist from elsewhere is another checklist', () => {
      const previous = ticked('a');
      const list = { ...signs, id: 'list-1' };
      assert.deepEqual(initChecklist(list, { origin: 'list', previous }), {
        state: { definition: list, origin: 'list', checked: [], revealed: false },
        effects: [],
      });
    });
  });

  describe('toggle', () => {
    it('the first tick announces the count and the band so far, without revealing the takeaway', () => {
      const { state, effects } = reduceChecklist(fresh(), toggle('b'));
      assert.deepEqual(state, { definition: signs, origin: 'property', checked: ['b'], revealed: false });
      assert.deepEqual(effects, [
        { type: 'announce', message: { key: 'count-and-band', count: 1, total: 4, band: FEW } },
        { type: 'save', data: { checked: ['b'], revealed: false } },
        { type: 'emit', name: 'recipro-change', detail: { id: 'b', checked: true, count: 1, total: 4 } },
      ]);
    });

    it('a tick into another band announces the new band so far', () => {
      const { effects } = reduceChecklist(ticked('b'), toggle('d'));
      assert.deepEqual(effects, [
        { type: 'announce', message: { key: 'count-and-band', count: 2, total: 4, band: MANY } },
        { type: 'save', data: { checked: ['b', 'd'], revealed: false } },
        { type: 'emit', name: 'recipro-change', detail: { id: 'd', checked: true, count: 2, total: 4 } },
      ]);
    });

    it('a tick within the same band announces only the count', () => {
      const { effects } = reduceChecklist(ticked('b', 'd'), toggle('a'));
      assert.deepEqual(effects, [
        { type: 'announce', message: { key: 'count', count: 3, total: 4 } },
        { type: 'save', data: { checked: ['a', 'b', 'd'], revealed: false } },
        { type: 'emit', name: 'recipro-change', detail: { id: 'a', checked: true, count: 3, total: 4 } },
      ]);
    });

    it('once the takeaway is revealed, an untick back into a lower band announces that band’s takeaway', () => {
      const revealed = run(fresh(), toggle('b'), toggle('d'), { type: 'reveal' }).state;
      const { state, effects } = reduceChecklist(revealed, toggle('b', false));
      assert.deepEqual(state.checked, ['d']);
      assert.equal(state.revealed, true);
      assert.deepEqual(effects, [
        { type: 'announce', message: { key: 'count-and-takeaway', count: 1, total: 4, band: FEW } },
        { type: 'save', data: { checked: ['d'], revealed: true } },
        { type: 'emit', name: 'recipro-change', detail: { id: 'b', checked: false, count: 1, total: 4 } },
      ]);
    });

    it('keeps the checked ids in the list’s order, whatever the order of the ticks', () => {
      assert.deepEqual(ticked('d', 'a', 'c').checked, ['a', 'c', 'd']);
    });

    it('unchecking everything after the takeaway showed still saves (revealed stays)', () => {
      const { state, effects } = reduceChecklist(
        run(fresh(), toggle('a'), { type: 'reveal' }).state,
        toggle('a', false),
      );
      assert.deepEqual(state, { definition: signs, origin: 'property', checked: [], revealed: true });
      assert.deepEqual(effects, [
        { type: 'announce', message: { key: 'count', count: 0, total: 4 } },
        { type: 'save', data: { checked: [], revealed: true } },
        { type: 'emit', name: 'recipro-change', detail: { id: 'a', checked: false, count: 0, total: 4 } },
      ]);
    });

    it('unchecking everything with nothing revealed forgets the record: clear instead of save', () => {
      const restored = initChecklist(signs, { origin: 'property', saved: { checked: ['a'], revealed: false } }).state;
      const { state, effects } = reduceChecklist(restored, toggle('a', false));
      assert.deepEqual(state, { definition: signs, origin: 'property', checked: [], revealed: false });
      assert.deepEqual(effects, [
        { type: 'announce', message: { key: 'count', count: 0, total: 4 } },
        { type: 'clear' },
        { type: 'emit', name: 'recipro-change', detail: { id: 'a', checked: false, count: 0, total: 4 } },
      ]);
    });

    it('an untick that changes the band reached by host-set items announces the new band so far', () => {
      const set = reduceChecklist(fresh(), { type: 'set', ids: ['a', 'b'] }).state;
      assert.equal(takeawayShown(set), false);
      const { effects } = reduceChecklist(set, toggle('b', false));
      assert.deepEqual(effects[0], {
        type: 'announce',
        message: { key: 'count-and-band', count: 1, total: 4, band: FEW },
      });
    });

    it('a tick that keeps the band reached by host-set items announces only the count', () => {
      const set = reduceChecklist(fresh(), { type: 'set', ids: ['a', 'b'] }).state;
      const { effects } = reduceChecklist(set, toggle('c'));
      assert.deepEqual(effects[0], { type: 'announce', message: { key: 'count', count: 3, total: 4 } });
    });
  });

  describe('reveal ("See what this means")', () => {
    it('announces the takeaway, moves focus to it, saves it as revealed and completes with the result', () => {
      const { state, effects } = reduceChecklist(ticked('c'), { type: 'reveal' });
      assert.equal(state.revealed, true);
      assert.deepEqual(effects, [
        { type: 'announce', message: { key: 'takeaway', band: FEW } },
        { type: 'focus', target: 'takeaway' },
        { type: 'save', data: { checked: ['c'], revealed: true } },
        {
          type: 'complete',
          result: {
            kind: 'checklist',
            definitionId: 'spec-signs',
            definitionVersion: '1',
            checked: ['c'],
            count: 1,
            total: 4,
            checkedShare: 25,
            score: 25,
            band: FEW,
            byPolarity: { healthy: { checked: 1, total: 4 }, warning: { checked: 0, total: 0 } },
            safety: [],
            problems: [],
          },
        },
      ]);
    });

    it('with nothing checked still reveals and saves, so the record is kept', () => {
      const { effects } = reduceChecklist(fresh(), { type: 'reveal' });
      assert.deepEqual(effects.slice(0, 3), [
        { type: 'announce', message: { key: 'takeaway', band: FEW } },
        { type: 'focus', target: 'takeaway' },
        { type: 'save', data: { checked: [], revealed: true } },
      ]);
    });
  });

  describe('reset', () => {
    it('by the reader: announced, cleared, one recipro-change per unchecked item counting down, in list order', () => {
      const { state, effects } = reduceChecklist(ticked('d', 'a', 'b'), { type: 'reset', by: 'reader' });
      assert.deepEqual(state, { definition: signs, origin: 'property', checked: [], revealed: false });
      assert.deepEqual(effects, [
        { type: 'announce', message: { key: 'reset' } },
        { type: 'clear' },
        { type: 'emit', name: 'recipro-change', detail: { id: 'a', checked: false, count: 2, total: 4 } },
        { type: 'emit', name: 'recipro-change', detail: { id: 'b', checked: false, count: 1, total: 4 } },
        { type: 'emit', name: 'recipro-change', detail: { id: 'd', checked: false, count: 0, total: 4 } },
      ]);
    });

    it('by the reader with nothing checked: announced and cleared, no events', () => {
      const revealed = reduceChecklist(fresh(), { type: 'reveal' }).state;
      assert.deepEqual(reduceChecklist(revealed, { type: 'reset', by: 'reader' }).effects, [
        { type: 'announce', message: { key: 'reset' } },
        { type: 'clear' },
      ]);
    });

    it('by the surrounding form: everything forgotten, no events, nothing announced', () => {
      assert.deepEqual(reduceChecklist(ticked('a', 'c'), { type: 'reset', by: 'form' }), {
        state: { definition: signs, origin: 'property', checked: [], revealed: false },
        effects: [{ type: 'clear' }],
      });
    });
  });

  describe('set (the host’s checked property)', () => {
    it('checks exactly these items, in list order, without events or announcements', () => {
      const revealed = run(fresh(), toggle('a'), { type: 'reveal' }).state;
      assert.deepEqual(reduceChecklist(revealed, { type: 'set', ids: ['d', 'ghost', 'b'] }), {
        state: { definition: signs, origin: 'property', checked: ['b', 'd'], revealed: true },
        effects: [{ type: 'save', data: { checked: ['b', 'd'], revealed: true } }],
      });
    });

    it('does not reveal the takeaway itself', () => {
      assert.deepEqual(reduceChecklist(fresh(), { type: 'set', ids: ['c'] }).effects, [
        { type: 'save', data: { checked: ['c'], revealed: false } },
      ]);
    });

    it('nothing, with nothing revealed, forgets the record', () => {
      const set = reduceChecklist(fresh(), { type: 'set', ids: ['c'] }).state;
      assert.deepEqual(reduceChecklist(set, { type: 'set', ids: [] }).effects, [{ type: 'clear' }]);
    });
  });

  describe('takeaway, score and support', () => {
    it('the full takeaway shows only once the reader asks for it, not on ticks', () => {
      assert.equal(takeawayShown(fresh()), false);
      assert.equal(takeawayShown(reduceChecklist(fresh(), { type: 'set', ids: ['a'] }).state), false);
      assert.equal(takeawayShown(ticked('a', 'b')), false);
      assert.equal(takeawayShown(reduceChecklist(fresh(), { type: 'reveal' }).state), true);
    });

    it('there is something to say once anything is checked or the takeaway is asked for', () => {
      assert.equal(checklistStarted(fresh()), false);
      assert.equal(checklistStarted(ticked('a')), true);
      assert.equal(checklistStarted(reduceChecklist(fresh(), { type: 'reveal' }).state), true);
    });

    it('scoreOf scores what is checked', () => {
      const result = scoreOf(ticked('a', 'b', 'c'));
      assert.deepEqual(
        { checked: result.checked, count: result.count, score: result.score, band: result.band },
        { checked: ['a', 'b', 'c'], count: 3, score: 75, band: MANY },
      );
    });

    it('support comes first for a warning list in its highest band', () => {
      const state = run(fresh(warnings), toggle('w1'), toggle('w2'), toggle('w3')).state;
      assert.equal(scoreOf(state).band, HIGH);
      assert.equal(needsSupport(state), true);
    });

    it('not below the highest band', () => {
      const state = run(fresh(warnings), toggle('w1'), toggle('w3')).state;
      assert.equal(scoreOf(state).band, SOME);
      assert.equal(needsSupport(state), false);
    });

    it('not for a healthy list in its highest band', () => {
      const state = ticked('a', 'b', 'c', 'd');
      assert.equal(scoreOf(state).band, MANY);
      assert.equal(needsSupport(state), false);
    });

    describe('a safety sign (safety: true)', () => {
      // The good-signs list with a fifth item about feeling afraid, and support to bring forward.
      const withSafety = {
        ...signs,
        id: 'spec-safety',
        items: [...signs.items, { id: 'afraid', text: 'I sometimes feel afraid of them.', safety: true }],
        resources: {
          title: 'Support',
          emergency: 'In danger now: call your local emergency number.',
          items: [
            { region: 'any', name: 'A line', description: 'For anyone.', contacts: [{ label: 'Call', phone: '1' }] },
          ],
        },
      };

      it('is a valid definition', () => {
        assert.equal(parseDefinition(withSafety).ok, true);
      });

      it('ticked alone, brings support forward in a healthy list, and is counted but not scored', () => {
        const state = run(fresh(withSafety), toggle('afraid')).state;
        const result = scoreOf(state);
        assert.deepEqual(
          { checked: result.checked, count: result.count, total: result.total, score: result.score },
          { checked: ['afraid'], count: 1, total: 5, score: 0 },
        );
        assert.deepEqual(result.safety, ['afraid']);
        assert.equal(needsSupport(state), true);
      });

      it('leaves the score of the other signs as it was (two of four good signs: 50)', () => {
        const state = run(fresh(withSafety), toggle('a'), toggle('b'), toggle('afraid')).state;
        assert.equal(scoreOf(state).score, 50);
        assert.equal(scoreOf(state).band, MANY);
        assert.equal(needsSupport(state), true);
      });

      it('says so in the live region when support appears, and the takeaway again when it goes', () => {
        const withTakeaway = run(fresh(withSafety), toggle('a')).state;
        const ticked = reduceChecklist(withTakeaway, toggle('afraid'));
        assert.deepEqual(ticked.effects[0], {
          type: 'announce',
          message: { key: 'count-and-support', count: 2, total: 5 },
        });
        const again = reduceChecklist(ticked.state, toggle('b'));
        assert.deepEqual(again.effects[0], { type: 'announce', message: { key: 'count', count: 3, total: 5 } });
        const unticked = reduceChecklist(again.state, toggle('afraid', false));
        assert.deepEqual(unticked.effects[0], {
          type: 'announce',
          message: { key: 'count-and-band', count: 2, total: 5, band: MANY },
        });
      });

      it('"See what this means" with the safety sign ticked announces support, no takeaway, moves nothing', () => {
        const { effects } = reduceChecklist(run(fresh(withSafety), toggle('afraid')).state, { type: 'reveal' });
        assert.deepEqual(effects[0], { type: 'announce', message: { key: 'support' } });
        assert.deepEqual(
          effects.filter((e) => e.type === 'focus'),
          [],
        );
      });

      it('unticked, support is not forced forward', () => {
        const state = run(fresh(withSafety), toggle('a'), toggle('b')).state;
        assert.deepEqual(scoreOf(state).safety, []);
        assert.equal(needsSupport(state), false);
      });

      it('needs support resources (a checklist that has none is invalid)', () => {
        const { resources: _none, ...without } = withSafety;
        const parsed = parseDefinition(without);
        assert.equal(parsed.ok, false);
        assert.deepEqual(
          parsed.issues.map((issue) => issue.path),
          ['items[4].safety'],
        );
      });
    });

    it('not before anything is checked or asked for, even in the highest band', () => {
      const state = fresh(heavy);
      assert.equal(scoreOf(state).band.id, 'worry');
      assert.equal(needsSupport(state), false);
      assert.equal(needsSupport(reduceChecklist(state, { type: 'reveal' }).state), true);
    });
  });
});
