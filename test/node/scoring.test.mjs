// The scoring model of the reciprocity balance check (docs/scoring.md), run on the real pack in every
// language and relationship wording: its stated properties, and the pattern table of the doc, row by
// row. Expectations are written by hand (in this file, or in the doc's table), never computed by the
// core under test.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { presets } from 'recipro-widgets/content';
import { createResultPayload, quizReport, scoreQuiz } from 'recipro-widgets/core';
import ar from 'recipro-widgets/locales/ar';
import fr from 'recipro-widgets/locales/fr';
import hi from 'recipro-widgets/locales/hi';

const ID = 'reciprocity-balance';
const languages = {
  en: presets[ID],
  fr: fr.packs[ID],
  hi: hi.packs[ID],
  ar: ar.packs[ID],
};
const english = languages.en;
const RELATIONSHIPS = ['partner', 'family', 'friend', 'colleague'];
const FORMS = ['practical', 'emotional', 'communication', 'repair', 'healing', 'future'];
const [NEVER, RARELY, SOMETIMES, OFTEN, ALWAYS] = [1, 2, 3, 4, 5];

/** The mirrored pairs, written out: each give question and the receive question that mirrors it. */
const PAIRS = FORMS.flatMap((form) => [
  [`${form}-give-1`, `${form}-receive-1`],
  [`${form}-give-2`, `${form}-receive-2`],
]);
const SCORED = PAIRS.flat();

/**
 * Answers in the doc's terms: per form, the two give answers and the two receive answers (forward-keyed
 * question first), with exceptions per form; safety questions "Never" unless given.
 */
function pattern(give, receive, { except = {}, safety = {} } = {}) {
  const answers = { safety: NEVER, control: NEVER, ...safety };
  for (const form of FORMS) {
    const [g1, g2, r1, r2] = except[form] ?? [...give, ...receive];
    Object.assign(answers, {
      [`${form}-give-1`]: g1,
      [`${form}-give-2`]: g2,
      [`${form}-receive-1`]: r1,
      [`${form}-receive-2`]: r2,
    });
  }
  return answers;
}

const same = (value) => pattern([value, value], [value, value]);

/** The doc's patterns, by the id in its table. */
const PATTERNS = {
  'all-never': same(NEVER),
  'all-sometimes': same(SOMETIMES),
  'all-always': same(ALWAYS),
  'one-step': { ...same(SOMETIMES), 'practical-give-1': OFTEN },
  'one-form-lean': pattern([SOMETIMES, SOMETIMES], [SOMETIMES, SOMETIMES], {
    except: { practical: [OFTEN, RARELY, RARELY, OFTEN] },
  }),
  'one-way-care': pattern([SOMETIMES, SOMETIMES], [NEVER, ALWAYS]),
  'both-stepped-back': pattern([NEVER, ALWAYS], [NEVER, ALWAYS]),
  'receive-more': pattern([RARELY, OFTEN], [OFTEN, RARELY]),
  'carry-more-but-one-form': pattern([ALWAYS, NEVER], [NEVER, ALWAYS], {
    except: { practical: [NEVER, ALWAYS, ALWAYS, NEVER] },
  }),
  'safety-concern': { ...same(SOMETIMES), control: RARELY },
};

const bandOf = (result, banding) => result.bands.find((b) => b.banding === banding);
const formBands = (result) => FORMS.map((form) => bandOf(result, `${form}-lean`).band.id);
const close = (actual, expected, label) =>
  assert.ok(Math.abs(actual - expected) < 0.006, `${label}: ${actual} is not ${expected}`);

/** The pattern table of docs/scoring.md, as rows of cells. */
async function docTable() {
  const doc = await readFile(new URL('../../docs/scoring.md', import.meta.url), 'utf8');
  const table = doc.split('<!-- scoring-table:start -->')[1].split('<!-- scoring-table:end -->')[0];
  return table
    .trim()
    .split('\n')
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

const number = (text) => Number(text.replace('−', '-'));

describe('the reciprocity balance check: scoring model (docs/scoring.md)', () => {
  it('is scored in every language from the same structure (the pack exists in each)', () => {
    for (const [language, quiz] of Object.entries(languages)) {
      assert.equal(quiz.id, ID, language);
      assert.deepEqual(
        quiz.items.filter((i) => i.dimension).map((i) => i.id),
        PAIRS.flatMap(([give, receive]) => [give, receive]),
        language,
      );
    }
  });

  describe('the pattern table', async () => {
    const rows = await docTable();

    it('has a row for every pattern this spec defines, and no other', () => {
      assert.deepEqual(rows.map((row) => row[0].replaceAll('`', '')).sort(), Object.keys(PATTERNS).sort());
    });

    for (const [language, quiz] of Object.entries(languages)) {
      for (const [id, , , forms, overall, engagement, focus] of rows) {
        const name = id.replaceAll('`', '');
        it(`${name} (${language}): ${overall}; ${focus}`, () => {
          const result = scoreQuiz(quiz, PATTERNS[name]);
          assert.deepEqual(result.problems, []);
          forms.split(',').forEach((value, i) => close(result.scores[FORMS[i]], number(value), FORMS[i]));
          const [lean, band] = overall.split(' ');
          close(result.scores.lean, number(lean), 'overall');
          assert.equal(result.band.band.id, band.replaceAll('`', ''));
          const care = bandOf(result, 'engagement');
          if (engagement === 'not shown') assert.equal(care, undefined);
          else {
            const [value, careBand] = engagement.split(' ');
            close(care.value, number(value), 'engagement');
            assert.equal(care.band.id, careBand.replaceAll('`', ''));
          }
          const named = focus.startsWith('none') ? [] : focus.split(' (')[0].split(', ');
          assert.deepEqual(
            result.focus.map((f) => f.score),
            named,
          );
          if (named.length) {
            const direction = focus.split('`')[1];
            assert.deepEqual(
              result.focus.map((f) => f.band.id),
              named.map(() => direction),
            );
          }
          assert.equal(result.guidance.showResources, focus.includes('support alone'));
        });
      }
    }
  });

  describe('properties', () => {
    it('1. the same answer to every scored question is balanced on every form and overall', () => {
      for (const [language, quiz] of Object.entries(languages)) {
        for (const value of [NEVER, RARELY, SOMETIMES, OFTEN, ALWAYS]) {
          const result = scoreQuiz(quiz, same(value));
          assert.equal(result.band.band.id, 'balanced', `${language} ${value}`);
          assert.deepEqual(formBands(result), Array(6).fill('balanced'), `${language} ${value}`);
          for (const form of FORMS) assert.equal(result.scores[form], 0, `${language} ${value} ${form}`);
          assert.deepEqual(result.focus, [], `${language} ${value}`);
        }
      }
    });

    it('2. from mirrored answers, one step on one question leaves every form balanced', () => {
      let checked = 0;
      for (const giving of [NEVER, RARELY, SOMETIMES, OFTEN, ALWAYS]) {
        for (const other of [NEVER, RARELY, SOMETIMES, OFTEN, ALWAYS]) {
          // Mirrored: each receive question answered as its give question is.
          const base = pattern([giving, other], [giving, other]);
          for (const id of SCORED) {
            for (const step of [-1, 1]) {
              const value = base[id] + step;
              if (value < NEVER || value > ALWAYS) continue;
              const result = scoreQuiz(english, { ...base, [id]: value });
              assert.deepEqual(formBands(result), Array(6).fill('balanced'), `${giving}/${other} ${id} ${step}`);
              assert.equal(Math.abs(result.scores[id.split('-')[0]]), 12.5, `${id} moves its form by 12.5`);
              checked += 1;
            }
          }
        }
      }
      // 25 base patterns × 24 questions × 2 directions, less the steps off either end of the scale.
      assert.equal(checked, 960);
    });

    it('3. one step on every question of a form, the same way, moves it out of balanced', () => {
      for (const form of FORMS) {
        const more = pattern([SOMETIMES, SOMETIMES], [SOMETIMES, SOMETIMES], {
          except: { [form]: [OFTEN, RARELY, RARELY, OFTEN] },
        });
        const less = pattern([SOMETIMES, SOMETIMES], [SOMETIMES, SOMETIMES], {
          except: { [form]: [RARELY, OFTEN, OFTEN, RARELY] },
        });
        assert.equal(bandOf(scoreQuiz(english, more), `${form}-lean`).band.id, 'carry-more', form);
        assert.equal(bandOf(scoreQuiz(english, less), `${form}-lean`).band.id, 'receive-more', form);
        // Two of its questions are enough: give one step more on both give questions.
        const two = pattern([SOMETIMES, SOMETIMES], [SOMETIMES, SOMETIMES], {
          except: { [form]: [OFTEN, RARELY, SOMETIMES, SOMETIMES] },
        });
        assert.equal(bandOf(scoreQuiz(english, two), `${form}-lean`).band.id, 'carry-more', form);
      }
    });

    describe('4. a reader who carries more is never told both stepped back, nor to give more', () => {
      const receiveMoreAdvice = new Set(
        english.bandings.flatMap((banding) =>
          banding.bands.filter((b) => b.id === 'receive-more' || b.id === 'disengaged').map((b) => b.advice),
        ),
      );
      const check = (quiz, answers, label) => {
        const result = scoreQuiz(quiz, answers);
        if (result.band?.band.id !== 'carry-more') return false;
        assert.equal(bandOf(result, 'engagement'), undefined, label);
        assert.ok(
          result.focus.every((f) => f.band.id === 'carry-more'),
          label,
        );
        assert.ok(!result.guidance.steps.includes('invest'), `${label}: ${result.guidance.steps}`);
        if (quiz === english) assert.ok(!result.guidance.advice.some((a) => receiveMoreAdvice.has(a)), label);
        return true;
      };

      it('on every uniform one-way pattern: giving at any level, receiving less', () => {
        let carried = 0;
        for (const give of [RARELY, SOMETIMES, OFTEN, ALWAYS]) {
          for (const receive of [NEVER, RARELY, SOMETIMES, OFTEN].filter((r) => r < give)) {
            for (const quiz of Object.values(languages)) {
              const answers = pattern([give, ALWAYS + NEVER - give], [receive, ALWAYS + NEVER - receive]);
              assert.ok(check(quiz, answers, `give ${give}, receive ${receive}`));
              carried += 1;
            }
          }
        }
        assert.equal(carried, 40); // 10 give/receive pairs × 4 languages
      });

      it('on 5,000 seeded random answer patterns', () => {
        let seed = 20261130;
        const next = () => {
          seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
          return NEVER + (seed % 5);
        };
        let carried = 0;
        for (let n = 0; n < 5000; n++) {
          const answers = { safety: NEVER, control: NEVER };
          for (const id of SCORED) answers[id] = next();
          if (check(english, answers, `pattern ${n}`)) carried += 1;
        }
        assert.ok(carried > 50, `only ${carried} patterns carried more: the sample says too little`);
      });
    });

    it('5. every give question has a mirror on the receive side, in all four wordings', () => {
      for (const [language, quiz] of Object.entries(languages)) {
        const items = new Map(quiz.items.map((item) => [item.id, item]));
        for (const [giveId, receiveId] of PAIRS) {
          const give = items.get(giveId);
          const receive = items.get(receiveId);
          const form = giveId.split('-')[0];
          assert.equal(give.dimension, `${form}-give`, `${language} ${giveId}`);
          assert.equal(receive.dimension, `${form}-receive`, `${language} ${receiveId}`);
          assert.equal(give.scale, receive.scale, `${language} ${giveId}`);
          assert.equal(!!give.reverse, !!receive.reverse, `${language} ${giveId} and ${receiveId} keyed alike`);
          for (const relationship of RELATIONSHIPS) {
            assert.ok(give.text[relationship], `${language} ${giveId} ${relationship}`);
            assert.ok(receive.text[relationship], `${language} ${receiveId} ${relationship}`);
            assert.notEqual(give.text[relationship], receive.text[relationship], `${language} ${giveId}`);
          }
        }
        // One forward and one reverse-keyed pair per form.
        for (const form of FORMS) {
          assert.equal(!!items.get(`${form}-give-1`).reverse, false, `${language} ${form}`);
          assert.equal(items.get(`${form}-give-2`).reverse, true, `${language} ${form}`);
        }
        assert.deepEqual(
          quiz.items.filter((item) => item.dimension).length,
          SCORED.length,
          `${language}: every scored question is in exactly one pair`,
        );
      }
    });

    it('6. in the family wording, carrying more says care can flow one way for a season', () => {
      // One-way care, strongest in practical help and support in hard times: those two are the focus.
      const carer = pattern([SOMETIMES, SOMETIMES], [NEVER, ALWAYS], {
        except: { practical: [ALWAYS, NEVER, NEVER, ALWAYS], healing: [ALWAYS, NEVER, NEVER, ALWAYS] },
      });
      /** The overall summary, then the practical and hard-times summaries, as the reader is told them. */
      const told = (quiz, relationship) => {
        const report = quizReport(quiz, scoreQuiz(quiz, carer), { relationship });
        assert.deepEqual(
          report.focus.map((f) => f.score),
          ['practical', 'healing'],
        );
        return [report.headline.summary, ...report.focus.map((f) => f.summary)];
      };
      for (const summary of told(english, 'family')) assert.match(summary, /for a season|for a while|for now/);
      for (const relationship of ['partner', 'friend', 'colleague'])
        for (const summary of told(english, relationship)) assert.doesNotMatch(summary, /season|for a while|for now/);
      for (const [language, quiz] of Object.entries(languages)) {
        const family = told(quiz, 'family');
        told(quiz, 'partner').forEach((partner, i) => assert.notEqual(family[i], partner, `${language} ${i}`));
      }
    });

    it('7. the payload keeps its contract: schemaVersion 1 and the three band ids', () => {
      const seen = new Set();
      for (const answers of Object.values(PATTERNS)) {
        const payload = createResultPayload(scoreQuiz(english, answers), { now: new Date(0) });
        assert.equal(payload.schemaVersion, 1);
        for (const b of payload.result.bands) if (b.banding !== 'engagement') seen.add(b.band);
      }
      assert.deepEqual([...seen].sort(), ['balanced', 'carry-more', 'receive-more']);
    });
  });
});
