import { expect } from '@open-wc/testing';
import { describeIssue, parseDefinition, type QuizDefinition } from '../../src/core/index.js';
import { smallChecklist, smallQuiz, smallStepper } from '../fixtures/definitions.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const messages = (input: unknown) => {
  const result = parseDefinition(input);
  expect(result.ok, 'expected the definition to be rejected').to.equal(false);
  return result.ok ? [] : result.issues.map(describeIssue);
};

describe('parseDefinition', () => {
  it('accepts each kind of valid definition and returns it typed', () => {
    for (const definition of [smallQuiz, smallChecklist, smallStepper]) {
      const result = parseDefinition(definition);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      if (result.ok) expect(result.definition.id).to.equal(definition.id);
    }
  });

  it('accepts JSON text', () => {
    const result = parseDefinition(JSON.stringify(smallChecklist), 'checklist');
    expect(result.ok).to.equal(true);
  });

  it('explains invalid JSON text', () => {
    expect(messages('{"kind": "quiz",')[0]).to.match(/^the definition is not valid JSON \(/);
  });

  it('rejects values that are not objects', () => {
    expect(messages(null)).to.deep.equal(['a definition must be a JSON object, not null']);
    expect(messages([1])).to.deep.equal(['a definition must be a JSON object, not a list']);
    expect(messages(42)).to.deep.equal(['a definition must be a JSON object, not a number']);
  });

  it('names the kinds it knows', () => {
    expect(messages({ kind: 'survey' })).to.deep.equal([
      'kind: must be "quiz", "checklist" or "stepper" (got "survey")',
    ]);
  });

  it('refuses a definition of another kind than the element needs', () => {
    const result = parseDefinition(smallChecklist, 'quiz');
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.issues[0]!.message).to.equal('this element needs a quiz definition, but this one is a checklist');
  });

  describe('shape errors have precise paths', () => {
    it('reports a missing field', () => {
      const q = clone(smallQuiz) as Partial<QuizDefinition>;
      delete q.title;
      expect(messages(q)).to.deep.equal(['title: is required']);
    });

    it('reports a wrong type with what was found', () => {
      const q = clone(smallQuiz) as unknown as { items: { weight: unknown }[] };
      q.items[2]!.weight = 'heavy';
      expect(messages(q)).to.deep.equal(['items[2].weight: must be a number, not a text']);
    });

    it('reports an empty text', () => {
      const q = clone(smallQuiz);
      q.scales[0]!.options[1]!.label = '';
      expect(messages(q)).to.deep.equal(['scales[0].options[1].label: must not be empty']);
    });

    it('reports a misspelt field', () => {
      const q = clone(smallQuiz) as unknown as Record<string, unknown>;
      q.titel = 'x';
      expect(messages(q)).to.deep.equal(['unknown field "titel" (check its spelling; unknown fields are not allowed)']);
    });

    it('reports a wrong derived-score kind with the known kinds', () => {
      const q = clone(smallQuiz) as unknown as { scores: { kind: string }[] };
      q.scores[1]!.kind = 'median';
      expect(messages(q)).to.deep.equal(['scores[1].kind: must be one of "mean", "sum", "difference" (got "median")']);
    });

    it('reports an id with spaces', () => {
      const q = clone(smallQuiz);
      q.items[0]!.id = 'first item';
      expect(messages(q)[0]).to.equal(
        'items[0].id: "first item" is not a usable id: ' +
          'use letters, digits, "-" and "_", starting with a letter or digit',
      );
    });

    it('refuses javascript: links', () => {
      const q = clone(smallQuiz);
      q.callToAction = { label: 'x', url: 'javascript:alert(1)' };
      expect(messages(q)).to.deep.equal([
        'callToAction.url: "javascript:alert(1)" is not an allowed link: use an https:, http:, tel: or mailto: address',
      ]);
    });

    it('refuses non-finite numbers', () => {
      const q = clone(smallQuiz);
      q.scales[0]!.options[0]!.value = Number.POSITIVE_INFINITY;
      expect(messages(q)).to.deep.equal(['scales[0].options[0].value: must be a finite number']);
    });

    it('refuses a relationship wording object with no wording', () => {
      const q = clone(smallQuiz);
      q.items[0]!.text = {};
      expect(messages(q)).to.deep.equal([
        'items[0].text: needs at least one wording: partner, family, friend or colleague',
      ]);
    });
  });

  describe('meaning errors', () => {
    it('names an unknown dimension and lists the known ones', () => {
      const q = clone(smallQuiz);
      q.items[0]!.dimension = 'giv';
      const found = messages(q);
      expect(found).to.include('items[0].dimension: "giv" is not a dimension of this quiz (known: give, receive)');
    });

    it('reports duplicate ids', () => {
      const q = clone(smallQuiz);
      q.items[1]!.id = 'g1';
      expect(messages(q)).to.deep.equal(['items[1].id: item id "g1" is already used by items[0]']);
    });

    it('reports an unknown scale', () => {
      const q = clone(smallQuiz);
      q.items[3]!.scale = 'agree';
      expect(messages(q)).to.deep.equal(['items[3].scale: "agree" is not a scale of this quiz (known: freq)']);
    });

    it('reports duplicate scale values', () => {
      const q = clone(smallQuiz);
      q.scales[0]!.options[1]!.value = 1;
      expect(messages(q)).to.deep.equal(['scales[0].options[1].value: value 1 is used twice in scale "freq"']);
    });

    it('allows reverse scoring only on scored items', () => {
      const q = clone(smallQuiz);
      q.items[4]!.reverse = true;
      expect(messages(q)).to.deep.equal([
        'items[4].reverse: only items that feed a dimension are scored, so only they can be reverse-scored',
      ]);
    });

    it('reports safety values outside the scale', () => {
      const q = clone(smallQuiz);
      q.items[4]!.safety = { values: [6] };
      expect(messages(q)).to.deep.equal([
        'items[4].safety.values[0]: 6 is not a value of scale "freq" (values: 1, 2, 3, 4, 5)',
      ]);
    });

    it('requires resources when a safety rule exists', () => {
      const q = clone(smallQuiz);
      delete q.resources;
      expect(messages(q)).to.deep.equal([
        'items[4].safety: a safety rule shows support resources, so the quiz needs a "resources" section',
      ]);
    });

    it('reports a dimension no item feeds', () => {
      const q = clone(smallQuiz);
      q.dimensions.push({ id: 'lonely', label: 'Lonely' });
      expect(messages(q)).to.deep.equal(['dimensions[2]: no item feeds dimension "lonely"']);
    });

    it('reports derived scores that use later or unknown scores', () => {
      const q = clone(smallQuiz);
      q.scores = [
        { id: 'a', kind: 'mean', of: ['b'] },
        { id: 'b', kind: 'mean', of: ['give', 'nope'] },
      ];
      q.bandings = [q.bandings[0]!];
      q.bandings[0]!.score = 'give';
      q.focus = undefined;
      q.chart = undefined;
      const found = messages(q);
      expect(found).to.deep.equal([
        'scores[0].of[0]: "b" is declared at or after this score; ' +
          'a score can only use dimensions and scores declared before it',
        'scores[1].of[1]: "nope" is not a dimension or earlier score of this quiz (known: give, receive, a)',
      ]);
    });

    it('reports unknown steps in bands', () => {
      const q = clone(smallQuiz);
      q.bandings[0]!.bands[0]!.steps = ['repiar'];
      expect(messages(q)).to.deep.equal([
        'bandings[0].bands[0].steps[0]: "repiar" is not a step of this quiz (known: express, check-in, invest)',
      ]);
    });

    it('reports a banding whose "when" names a later or unknown banding, or an unknown band', () => {
      const q = clone(smallQuiz);
      q.bandings[0]!.when = { banding: 'engagement', bands: ['low'] };
      q.bandings[1]!.when = { banding: 'overall', bands: ['balanced', 'even'] };
      expect(messages(q)).to.deep.equal([
        'bandings[0].when.banding: "engagement" is not a banding declared before this one (known: none)',
        'bandings[1].when.bands[1]: "even" is not a band of banding "overall" ' +
          '(known: receive-more, balanced, carry-more)',
      ]);
    });

    it('reports a focus that follows an unknown banding', () => {
      const q = clone(smallQuiz);
      q.focus = { ...q.focus!, follow: 'overal' };
      expect(messages(q)).to.deep.equal([
        'focus.follow: "overal" is not a banding of this quiz (known: overall, engagement)',
      ]);
    });

    it('reports a gap between bands', () => {
      const q = clone(smallQuiz);
      q.bandings[0]!.bands[1]!.max = 10;
      expect(messages(q)).to.deep.equal([
        'bandings[0].bands: gap between bands "balanced" and "carry-more": nothing covers 10 to 20',
      ]);
    });

    it('reports overlapping bands', () => {
      const q = clone(smallQuiz);
      q.bandings[0]!.bands[1]!.max = 30;
      expect(messages(q)).to.deep.equal([
        'bandings[0].bands: bands "balanced" and "carry-more" overlap between 20 and 30',
      ]);
    });

    it('reports bands that do not reach the ends of the range', () => {
      const q = clone(smallQuiz);
      q.bandings[1]!.bands[0]!.min = 10;
      q.bandings[1]!.bands[1]!.max = 90;
      expect(messages(q)).to.deep.equal([
        'bandings[1].bands: no band covers "engagement" from 0 to 10: the lowest band must start at 0',
        'bandings[1].bands: no band covers "engagement" from 90 to 100: the highest band must end at 100',
      ]);
    });

    it('reports thresholds outside the possible range', () => {
      const q = clone(smallQuiz);
      q.bandings[1]!.bands[1]!.max = 150;
      expect(messages(q)).to.deep.equal([
        'bandings[1].bands[1]: band "engaged" (40 to 150) reaches outside the possible range of "engagement", 0 to 100',
      ]);
    });

    it('checks checklist bands cover 0 to 100', () => {
      const c = clone(smallChecklist);
      c.bands = c.bands.slice(0, 2);
      expect(messages(c)).to.deep.equal([
        'bands: no band covers the score from 80 to 100: the highest band must end at 100',
      ]);
    });

    it('reports duplicate stepper prompts', () => {
      const s = clone(smallStepper);
      s.steps[1]!.prompts[1]!.id = 'p1';
      expect(messages(s)).to.deep.equal([
        'steps[1].prompts[1].id: prompt id "p1" is already used by steps[1].prompts[0]',
      ]);
    });
  });

  it('caps the number of issues it reports', () => {
    const q = clone(smallQuiz);
    q.items = Array.from({ length: 80 }, () => ({ id: 'same', text: 'x', scale: 'freq', dimension: 'give' }));
    const result = parseDefinition(q);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues).to.have.length(50);
  });
});
