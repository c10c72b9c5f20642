import { expect } from '@open-wc/testing';
import { reverseValue, scoreQuiz, type QuizDefinition } from '../../src/core/index.js';
import { smallQuiz } from '../fixtures/definitions.js';

const scale = smallQuiz.scales[0]!;

describe('scoreQuiz', () => {
  it('normalises each dimension to 0–100 with reverse scoring and weights', () => {
    // give: g1=5 (1.0), g2=1 reversed → 5 (1.0) → 100;
    // receive: r1=3 (0.5, weight 2), r2=5 reversed → 1 (0) → (2*0.5+0)/3
    const result = scoreQuiz(smallQuiz, { g1: 5, g2: 1, r1: 3, r2: 5, safe: 1 });
    expect(result.dimensions.give!.normalized).to.equal(100);
    expect(result.dimensions.give!.raw).to.equal(10);
    expect(result.dimensions.receive!.normalized).to.be.closeTo(33.333333, 1e-5);
    expect(result.dimensions.receive!.raw).to.equal(7);
    expect(result.scores.lean).to.be.closeTo(66.666667, 1e-5);
    expect(result.scores.engagement).to.be.closeTo(66.666667, 1e-5);
  });

  it('gives the overall band, the other bands and the focus', () => {
    const result = scoreQuiz(smallQuiz, { g1: 5, g2: 1, r1: 1, r2: 5, safe: 1 });
    expect(result.band?.band.id).to.equal('carry-more');
    expect(result.bands.map((b) => `${b.banding}:${b.band.id}`)).to.deep.equal([
      'overall:carry-more',
      'engagement:engaged',
    ]);
    expect(result.focus.map((f) => f.score)).to.deep.equal(['lean']);
    expect(result.guidance.advice).to.deep.equal(['Ask for help.']);
    expect(result.guidance.steps).to.deep.equal(['express', 'check-in']);
    expect(result.guidance.showResources).to.equal(false);
  });

  it('adds advice from other non-neutral bandings, such as low engagement', () => {
    const definition: QuizDefinition = JSON.parse(JSON.stringify(smallQuiz));
    definition.bandings[1]!.bands[0]!.advice = 'Reconnect gently.';
    definition.bandings[1]!.bands[0]!.steps = ['invest'];
    const result = scoreQuiz(definition, { g1: 1, g2: 5, r1: 1, r2: 5, safe: 1 });
    expect(result.bands.map((b) => b.band.id)).to.deep.equal(['balanced', 'low']);
    expect(result.guidance.advice).to.deep.equal(['Keep going.', 'Reconnect gently.']);
    expect(result.guidance.steps).to.deep.equal(['invest']);
  });

  it('reports a banding with "when" only while the banding it names lands in one of its bands', () => {
    const definition: QuizDefinition = JSON.parse(JSON.stringify(smallQuiz));
    definition.bandings[1]!.when = { banding: 'overall', bands: ['balanced'] };
    const named = (answers: Record<string, number>) =>
      scoreQuiz(definition, answers).bands.map((b) => `${b.banding}:${b.band.id}`);
    // give 0, receive 0: balanced, and little care either way.
    expect(named({ g1: 1, g2: 5, r1: 1, r2: 5, safe: 1 })).to.deep.equal(['overall:balanced', 'engagement:low']);
    // give 100, receive 0: one-way care is not reported as engagement at all.
    expect(named({ g1: 5, g2: 1, r1: 1, r2: 5, safe: 1 })).to.deep.equal(['overall:carry-more']);
  });

  it('keeps the focus to the direction of the banding it follows, unless that band is neutral', () => {
    const definition: QuizDefinition = JSON.parse(JSON.stringify(smallQuiz));
    const halves = (low: string, high: string) => [
      { id: low, min: 0, max: 50, label: low, summary: low },
      { id: high, min: 50, max: 100, label: high, summary: high },
    ];
    definition.bandings.push(
      { id: 'giving', score: 'give', bands: halves('receive-more', 'carry-more') },
      { id: 'receiving', score: 'receive', bands: halves('carry-more', 'receive-more') },
    );
    definition.focus = { scores: ['give', 'receive'], count: 2, order: 'extreme' };
    // give 100 (carry-more), receive 66.7 (receive-more): lean 33.3, the reader carries more.
    const carrying = { g1: 5, g2: 1, r1: 5, r2: 5, safe: 1 };
    expect(scoreQuiz(definition, carrying).focus.map((f) => f.score)).to.deep.equal(['give', 'receive']);
    definition.focus.follow = 'overall';
    expect(scoreQuiz(definition, carrying).focus.map((f) => f.score)).to.deep.equal(['give']);
    // give 100, receive 100: balanced overall (neutral), so both are named.
    const even = { g1: 5, g2: 1, r1: 5, r2: 1, safe: 1 };
    expect(scoreQuiz(definition, even).focus.map((f) => f.score)).to.deep.equal(['give', 'receive']);
  });

  it('leaves neutral bands out of the focus', () => {
    const result = scoreQuiz(smallQuiz, { g1: 3, g2: 3, r1: 3, r2: 3, safe: 1 });
    expect(result.band?.band.id).to.equal('balanced');
    expect(result.focus).to.deep.equal([]);
  });

  it('fires the safety rule at any score and then withholds advice and steps', () => {
    for (const answers of [
      { g1: 5, g2: 1, r1: 1, r2: 5 },
      { g1: 3, g2: 3, r1: 3, r2: 3 },
      { g1: 1, g2: 5, r1: 5, r2: 1 },
    ]) {
      const result = scoreQuiz(smallQuiz, { ...answers, safe: 4 });
      expect(result.safety).to.deep.equal([{ id: 'safe', value: 4 }]);
      expect(result.guidance).to.deep.equal({ advice: [], steps: [], showResources: true });
      expect(result.band).to.not.equal(null);
    }
  });

  it('reports unknown items and invalid values without throwing', () => {
    const result = scoreQuiz(smallQuiz, { g1: 7, g2: '3', zz: 1, r1: 3, r2: 3, safe: 1 });
    expect(result.problems.map((p) => `${p.kind}:${p.id}`)).to.deep.equal([
      'unknown-id:zz',
      'invalid-value:g1',
      'invalid-value:g2',
    ]);
    expect(result.completeness.missing).to.deep.equal(['g1', 'g2']);
    expect(result.dimensions.give!.normalized).to.equal(null);
  });

  it('treats non-object answers as none', () => {
    for (const answers of [null, undefined, 5, 'x', [1, 2]]) {
      const result = scoreQuiz(smallQuiz, answers);
      expect(result.completeness.answered).to.equal(0);
      expect(result.band).to.equal(null);
    }
  });

  describe('missing answers', () => {
    it('prorates when a dimension meets the minimum share', () => {
      const result = scoreQuiz(smallQuiz, { g1: 5, r1: 3, r2: 3 });
      expect(result.dimensions.give!.normalized).to.equal(100);
      expect(result.dimensions.give!.raw).to.equal(10); // 5 prorated over two items
      expect(result.completeness).to.deep.include({ answered: 3, total: 5, sufficient: true });
      expect(result.completeness.missing).to.deep.equal(['g2', 'safe']);
    });

    it('withholds scores and bands when a dimension falls short', () => {
      const strict: QuizDefinition = { ...smallQuiz, missing: { policy: 'all' } };
      const result = scoreQuiz(strict, { g1: 5, r1: 3, r2: 3 });
      expect(result.completeness.sufficient).to.equal(false);
      expect(result.scores.give).to.equal(null);
      expect(result.scores.lean).to.equal(null);
      expect(result.band).to.equal(null);
      expect(result.bands).to.deep.equal([]);
    });
  });

  it('mirrors a value within its scale', () => {
    expect([1, 2, 3, 4, 5].map((v) => reverseValue(scale, v))).to.deep.equal([5, 4, 3, 2, 1]);
  });

  it('gives the same written-out result on every call for answers that lean towards receiving', () => {
    const answers = { g1: 2, g2: 4, r1: 5, r2: 1, safe: 2 };
    for (let call = 0; call < 3; call++) {
      const result = scoreQuiz(smallQuiz, answers);
      // give: g1 2 (0.25) and g2 4 reversed to 2 (0.25) → 25, raw 2 + 2;
      // receive: r1 5 (1, weight 2) and r2 1 reversed to 5 (1) → 100, raw 5 × 2 + 5.
      expect(result.dimensions.give).to.deep.include({ raw: 4, normalized: 25 });
      expect(result.dimensions.receive).to.deep.include({ raw: 15, normalized: 100 });
      expect(result.scores).to.deep.equal({ give: 25, receive: 100, lean: -75, engagement: 62.5 });
      expect(result.bands.map((b) => `${b.banding}:${b.band.id}`)).to.deep.equal([
        'overall:receive-more',
        'engagement:engaged',
      ]);
      expect(result.focus.map((f) => f.score)).to.deep.equal(['lean']);
      expect(result.guidance).to.deep.equal({ advice: ['Offer more.'], steps: ['invest'], showResources: false });
      expect(result.safety).to.deep.equal([]);
      expect(result.completeness).to.deep.include({ answered: 5, total: 5, sufficient: true, missing: [] });
    }
  });
});
