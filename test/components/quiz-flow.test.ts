// How <recipro-quiz> moves from question to question (auto-advance by pointer and number keys, never
// by arrow keys; focus on the next radio group) and how its result leads (the verdict, the call to
// action, the chart, mixed results), at desktop and phone widths, left to right and right to left.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import type { QuizDefinition, QuizItem } from '../../src/core/index.js';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import '../../src/components/quiz/quiz.js';
import { smallQuiz } from '../fixtures/definitions.js';
import { quiz, startQuiz } from './quiz-fixture.js';
import {
  $,
  $$,
  button,
  copyAsText,
  click,
  deepActiveElement,
  expectAccessible,
  settle,
  squash,
  text,
} from '../helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Holds back every timeout of more than 0 ms and less than a second (the quiz's pause before moving
 * on) until `run()`: a pending move can be seen, released or shown never to have been asked for,
 * without waiting. Others still run: 0 ms (the helpers' `settle`), and the test runner's own
 * command timeouts (20 s).
 */
function holdTimeouts() {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const held = new Map<number, { ms: number; run: () => void }>();
  let last = 0;
  window.setTimeout = ((handler: () => void, ms = 0) => {
    if (!ms || ms >= 1000) return realSet(handler, ms);
    last -= 1; // negative ids never clash with the browser's own
    held.set(last, { ms, run: handler });
    return last;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && held.delete(id)) return;
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    /** The delays of the timeouts held now. */
    delays: () => [...held.values()].map((timeout) => timeout.ms),
    run(): void {
      const due = [...held.values()];
      held.clear();
      due.forEach((timeout) => timeout.run());
    },
    restore(): void {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

let timeouts: ReturnType<typeof holdTimeouts> | undefined;

/** Clicks the option with this label, with the real mouse. */
async function clickOption(el: ReciproQuiz, label: string): Promise<void> {
  const option = $$(el, '.option-label').find((o) => squash(o.textContent) === label)!;
  await click(option);
  await settle(el);
}

/** Answers the small quiz with number keys, each move released by hand; Enter on the last sees the result. */
async function answerSmall(el: ReciproQuiz, keys: string[]): Promise<void> {
  await startQuiz(el);
  for (const [i, key] of keys.entries()) {
    await sendKeys({ press: key });
    await settle(el);
    if (i < keys.length - 1) await pauseEnds(el);
  }
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

/** Lets the held pause end, as it would after ~350 ms. */
async function pauseEnds(el: ReciproQuiz): Promise<void> {
  timeouts!.run();
  await settle(el);
}

const heading = (el: ReciproQuiz) => text(el, 'h2');
const checked = (el: ReciproQuiz) => $<HTMLInputElement>(el, 'input:checked')?.value;
const focused = () => deepActiveElement() as HTMLInputElement;
/** Where focus is: the question (its radio group's id) and the option's value, and whether it is chosen. */
const focusAt = () => [focused().closest('fieldset')?.id, focused().value, focused().checked];

describe('<recipro-quiz> flow and result', () => {
  beforeEach(() => {
    timeouts = holdTimeouts();
  });

  afterEach(async () => {
    timeouts!.restore();
    timeouts = undefined;
    localStorage.clear();
    sessionStorage.clear();
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  describe('moving on', () => {
    it('a pointer choice shows the answer, then moves on after a short pause, to the next radio group', async () => {
      const el = await quiz();
      await startQuiz(el);
      await clickOption(el, 'Often');
      expect(heading(el)).to.equal('Question 1 of 5');
      expect(checked(el)).to.equal('4');
      const [pause, ...others] = timeouts!.delays();
      expect(others).to.deep.equal([]);
      expect(pause).to.be.within(300, 400);
      await pauseEnds(el);
      expect(heading(el)).to.equal('Question 2 of 5');
      expect(focusAt()).to.deep.equal(['item-1', '1', false]);
      expect(el.value).to.equal(null);
    });

    it('arrow keys and Space only select: nothing moves on until Enter', async () => {
      const el = await quiz();
      await startQuiz(el);
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(checked(el)).to.equal('3');
      expect(timeouts!.delays(), 'no move was scheduled').to.deep.equal([]);
      await pauseEnds(el);
      expect(heading(el)).to.equal('Question 1 of 5');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(heading(el)).to.equal('Question 2 of 5');
      expect(focusAt()).to.deep.equal(['item-1', '1', false]);
    });

    it('a number key picks that option, shows it, and moves on; each option shows its key', async () => {
      const el = await quiz();
      await startQuiz(el);
      expect($$(el, '.key').map((key) => key.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect($$(el, '.key').every((key) => key.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect($$(el, 'input').map((input) => input.getAttribute('aria-keyshortcuts'))).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
        '5',
      ]);
      await sendKeys({ press: '4' });
      await settle(el);
      expect(checked(el)).to.equal('4');
      expect(focusAt(), 'focus follows the choice').to.deep.equal(['item-0', '4', true]);
      expect(timeouts!.delays()).to.have.length(1);
      await pauseEnds(el);
      expect(heading(el)).to.equal('Question 2 of 5');
      await sendKeys({ press: '2' });
      await pauseEnds(el);
      expect(heading(el)).to.equal('Question 3 of 5');
    });

    it('keys above the scale, or with Control, pick nothing', async () => {
      const el = await quiz();
      await startQuiz(el);
      await sendKeys({ press: '7' });
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: '2' });
      await sendKeys({ up: 'Control' });
      await settle(el);
      expect(checked(el)).to.equal(undefined);
      expect(timeouts!.delays()).to.deep.equal([]);
    });

    it('advance="manual": neither the pointer nor a number key moves on; Next does', async () => {
      const el = await quiz(smallQuiz, 'advance=manual');
      await startQuiz(el);
      await clickOption(el, 'Rarely');
      await sendKeys({ press: '5' });
      await settle(el);
      expect(checked(el)).to.equal('5');
      expect(timeouts!.delays()).to.deep.equal([]);
      button(el, 'Next').click();
      await settle(el);
      expect(heading(el)).to.equal('Question 2 of 5');
      expect(focusAt()).to.deep.equal(['item-1', '1', false]);
    });

    it('switching to manual while a move is pending cancels it', async () => {
      const el = await quiz();
      await startQuiz(el);
      await sendKeys({ press: '3' });
      el.advance = 'manual';
      await settle(el);
      expect(timeouts!.delays()).to.deep.equal([]);
      expect(heading(el)).to.equal('Question 1 of 5');
    });

    it('a pending move is cancelled by Back, Next or another answer, so nothing moves on twice', async () => {
      const el = await quiz();
      await startQuiz(el);
      await sendKeys({ press: '1' });
      await pauseEnds(el);
      expect(heading(el)).to.equal('Question 2 of 5');
      // Back
      await sendKeys({ press: '2' });
      button(el, 'Back').click();
      await settle(el);
      expect(timeouts!.delays()).to.deep.equal([]);
      expect(heading(el)).to.equal('Question 1 of 5');
      // Q1's answer is shown again (the radios are reused from one question to the next).
      expect(focusAt()).to.deep.equal(['item-0', '1', true]);
      expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(1);
      // Next (Enter)
      await sendKeys({ press: '2' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(heading(el)).to.equal('Question 2 of 5');
      expect(timeouts!.delays()).to.deep.equal([]);
      // Another answer replaces the pending move: one move, one question on.
      await sendKeys({ press: '2' });
      await clickOption(el, 'Always');
      expect(timeouts!.delays()).to.have.length(1);
      await pauseEnds(el);
      expect(heading(el)).to.equal('Question 3 of 5');
      expect(el.value).to.equal(null);
    });

    it('a form reset cancels a pending move', async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const el = await quiz(smallQuiz, '', form);
      await startQuiz(el);
      await sendKeys({ press: '2' });
      form.reset();
      await settle(el);
      expect(timeouts!.delays()).to.deep.equal([]);
      expect(heading(el)).to.equal('Small quiz');
    });

    it('a pointer on the answer already chosen moves on too', async () => {
      const el = await quiz(smallQuiz, 'advance=manual');
      await startQuiz(el);
      await clickOption(el, 'Sometimes');
      button(el, 'Next').click();
      await settle(el);
      button(el, 'Back').click();
      await settle(el);
      el.advance = 'auto';
      await settle(el);
      await clickOption(el, 'Sometimes');
      expect(timeouts!.delays()).to.have.length(1);
      await pauseEnds(el);
      expect(heading(el)).to.equal('Question 2 of 5');
    });

    it('the last question waits for "See my result"', async () => {
      const el = await quiz();
      await startQuiz(el);
      for (const key of ['5', '1', '1', '5']) {
        await sendKeys({ press: key });
        await pauseEnds(el);
      }
      expect(heading(el)).to.equal('Question 5 of 5');
      await clickOption(el, 'Never');
      expect(timeouts!.delays()).to.deep.equal([]);
      button(el, 'See my result').click();
      await settle(el);
      expect(heading(el)).to.equal('Your result');
      expect(deepActiveElement()?.id).to.equal('result-heading');
    });

    it('the list layout does not move on by itself and shows no number keys', async () => {
      const el = await quiz(smallQuiz, 'layout=list');
      await startQuiz(el);
      await clickOption(el, 'Often');
      $$<HTMLInputElement>(el, '#item-1 input')[0]!.focus();
      await sendKeys({ press: '3' });
      await settle(el);
      expect(timeouts!.delays()).to.deep.equal([]);
      expect($(el, '.key')).to.not.exist;
      expect($$<HTMLInputElement>(el, 'input:checked').map((input) => input.name)).to.deep.equal(['item-0']);
    });

    it('the question is the largest text; "Question 1 of 5" is small; the question describes its group', async () => {
      const el = await quiz();
      await startQuiz(el);
      const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
      const question = size($(el, 'legend'));
      for (const other of $$(el, 'h2, .option-label, button, .key'))
        expect(question, squash(other.textContent)).to.be.above(size(other));
      expect($(el, '#item-0').getAttribute('aria-describedby')).to.equal('question-heading');
    });

    it('fades each new question in, only without reduced motion, and with no inline styles', async () => {
      const el = await quiz();
      await startQuiz(el);
      const animation = () => getComputedStyle($(el, 'fieldset')).animationName;
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(animation()).to.equal('recipro-in-0');
        await sendKeys({ press: '3' });
        await pauseEnds(el);
        // Another name restarts the animation on the next question.
        expect(animation()).to.equal('recipro-in-1');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(animation()).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'reduce' });
      }
      expect($$(el, '[style]')).to.deep.equal([]);
    });
  });

  describe('the result', () => {
    it('leads with the verdict, then the call to action, the chart and where to begin', async () => {
      const el = await quiz();
      // give: g1 Always, g2 Never (reversed: Always) → 100; receive: r1 Never, r2 Always (reversed) → 0.
      await answerSmall(el, ['5', '1', '1', '5', '1']);
      const band = [...$(el, '[part=band]').children].map((child) => squash(child.textContent));
      expect(band.slice(0, 4)).to.deep.equal(['You carry more', 'c', 'Ask for help.', 'Book a session']);
      const parts = $$(el, '[part~=band], [part~=cta], [part~=chart], [part~=focus], [part~=steps]');
      expect(parts.map((part) => part.getAttribute('part'))).to.deep.equal(['band', 'cta', 'chart', 'focus', 'steps']);
      const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
      const verdict = size($(el, '.band-label'));
      for (const other of $$(el, '[part=result] :is(h2, h3, p, li, a, summary, button):not(.band-label)'))
        expect(verdict, squash(other.textContent)).to.be.above(size(other));
      // Focus is on "Your result", visibly marked.
      expect(deepActiveElement()?.id).to.equal('result-heading');
      expect(getComputedStyle($(el, '#result-heading')).outlineStyle).to.equal('solid');
    });

    it('draws the call to action as a primary button, 44 px high', async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="--recipro-accent: rgb(10, 20, 30)"></div>`);
      const el = await quiz(smallQuiz, '', page);
      await answerSmall(el, ['3', '3', '3', '3', '1']);
      const cta = $<HTMLAnchorElement>(el, 'a.cta-link');
      expect(cta.href).to.equal('https://example.org/book');
      expect(getComputedStyle(cta).backgroundColor).to.equal('rgb(10, 20, 30)');
      expect(cta.getBoundingClientRect().height).to.be.at.least(44);
    });

    it('puts the call to action in the copied text, after the verdict', async () => {
      const el = await quiz();
      await answerSmall(el, ['5', '1', '1', '5', '1']);
      const copies = await copyAsText(el);
      const lines = copies[0]!.split('\n');
      const at = lines.indexOf('You carry more: c Ask for help.');
      expect(lines.slice(at, at + 2)).to.deep.equal([
        'You carry more: c Ask for help.',
        'Book a session: https://example.org/book',
      ]);
    });

    it('prints the call to action with its address', async () => {
      const el = await quiz();
      await answerSmall(el, ['3', '3', '3', '3', '1']);
      await emulateMedia({ media: 'print' });
      try {
        const cta = $(el, 'a.cta-link');
        expect(getComputedStyle(cta).display).to.not.equal('none');
        expect(getComputedStyle(cta, '::after').content).to.equal('" (https://example.org/book)"');
        expect(getComputedStyle($(el, '.chart-scale')).position).to.equal('static');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('styles its result with styles that load with it, here, in a later quiz and in another document', async () => {
      const verdictSize = (el: ReciproQuiz) => parseFloat(getComputedStyle($(el, '.band-label')).fontSize);
      const first = await quiz();
      await answerSmall(first, ['5', '1', '1', '5', '1']);
      const body = parseFloat(getComputedStyle($(first, '[part=band] p')).fontSize);
      expect(verdictSize(first)).to.equal(body * 1.75);
      // A quiz that starts after the result's code loaded.
      const second = await quiz();
      await answerSmall(second, ['5', '1', '1', '5', '1']);
      expect(verdictSize(second)).to.equal(body * 1.75);
      // Moved into an iframe's document and back.
      const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
      const other = frame.contentDocument!;
      other.body.append(other.adoptNode(first));
      await settle(first);
      expect(
        parseFloat(frame.contentWindow!.getComputedStyle(first.shadowRoot!.querySelector('.band-label')!).fontSize),
      ).to.equal(body * 1.75);
      second.after(document.adoptNode(first));
      await settle(first);
      expect(verdictSize(first)).to.equal(body * 1.75);
    });

    describe('when it is balanced overall but uneven in places', () => {
      /** The small quiz, with "what I give" banded and named where to begin; "Balanced" is neutral. */
      const uneven = (): QuizDefinition => {
        const definition = clone(smallQuiz);
        definition.bandings.push({
          id: 'giving',
          score: 'give',
          bands: [
            { id: 'give-low', min: 0, max: 50, label: 'You give little', summary: 'Little goes out.' },
            {
              id: 'give-high',
              min: 50,
              max: 100,
              label: 'You give plenty',
              summary: 'Plenty goes out.',
              neutral: true,
            },
          ],
        });
        definition.focus = { scores: ['give'], count: 1, order: 'lowest' };
        return definition;
      };

      it('says so in the verdict, the announcement and the copied text', async () => {
        const el = await quiz(uneven());
        // give: g1 Never, g2 Always (reversed: Never) → 0; receive: r1 Never, r2 Always (reversed) → 0; lean 0.
        await answerSmall(el, ['1', '5', '1', '5', '1']);
        expect(text(el, '.band-label')).to.equal('Balanced overall, uneven in places');
        expect(text(el, '[role=status]')).to.equal('Your result is ready: Balanced overall, uneven in places.');
        expect(text(el, '[part=focus] li')).to.equal('What I give: You give little. Little goes out.');
        const copies = await copyAsText(el);
        expect(copies[0]).to.contain('\nBalanced overall, uneven in places: b Keep going.\n');
      });

      it('keeps the band’s own label when nothing leans', async () => {
        const el = await quiz(uneven());
        // Every answer "Sometimes": give 50 (plenty: neutral), lean 0.
        await answerSmall(el, ['3', '3', '3', '3', '1']);
        expect(text(el, '.band-label')).to.equal('Balanced');
        expect($(el, '[part=focus]')).to.not.exist;
      });
    });
  });

  describe('the chart', () => {
    /** Answers for the default quiz: practical help leans to the reader, emotional support away. */
    const mixedAnswer = (item: QuizItem): string => {
      if (item.dimension === undefined) return '1';
      const [form, side, n] = item.id.split('-');
      const lean = form === 'practical' ? 1 : form === 'emotional' ? -1 : 0;
      if (!lean) return '3';
      // Often on what the leaning side does (Rarely on its reverse-keyed question), Rarely on the other.
      const towards = (side === 'give') === lean > 0;
      return towards === (n === '1') ? '4' : '2';
    };

    /** The default quiz answered with number keys, each move released by hand. */
    async function answerDefault(el: ReciproQuiz): Promise<void> {
      await startQuiz(el);
      const items = el.quiz!.items;
      for (const [i, item] of items.entries()) {
        expect(heading(el)).to.match(new RegExp(`^(Question|السؤال) ${i + 1} `));
        await sendKeys({ press: mixedAnswer(item) });
        await settle(el);
        if (i < items.length - 1) await pauseEnds(el);
      }
      await sendKeys({ press: 'Enter' });
      await settle(el);
    }

    it('names both ends and the even centre in a legend that stays in view; even forms show a mark', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div
          lang="en"
          style="--recipro-muted: rgb(1, 2, 3); --recipro-accent: rgb(4, 5, 6); --recipro-warning: rgb(7, 8, 9)"
        ></div>`,
      );
      const el = await quiz(null, '', page);
      await answerDefault(el);
      expect(text(el, '.band-label')).to.equal('Balanced overall, uneven in places');
      // Where to begin names both directions when the overall result is balanced.
      expect($$(el, '[part=focus] li strong').map((s) => squash(s.textContent))).to.deep.equal([
        'Practical help: You carry more of the practical load.',
        'Emotional support: You receive more emotional support.',
      ]);
      expect($$(el, '.chart-scale span').map((s) => squash(s.textContent))).to.deep.equal([
        'You receive more',
        'Even',
        'You carry more',
      ]);
      expect(getComputedStyle($(el, '.chart-scale')).position).to.equal('sticky');
      // Each row says only its form; the words of the lean are in the table.
      expect($$(el, '.chart-row').map((row) => squash(row.textContent))).to.deep.equal([
        'Practical help',
        'Emotional support',
        'Conversation',
        'Conflict and repair',
        'Support in hard times',
        'Building the future',
      ]);
      expect($$(el, '.chart-row').map((row) => !!row.querySelector('.even-mark'))).to.deep.equal([
        false,
        false,
        true,
        true,
        true,
        true,
      ]);
      const cells = (row: Element) => [...row.children].map((cell) => squash(cell.textContent)).join(' | ');
      expect($$(el, 'table tbody tr').map(cells)).to.deep.equal([
        'Practical help | You carry more of the practical load | 50',
        'Emotional support | You receive more emotional support | -50',
        'Conversation | Conversation is shared | 0',
        'Conflict and repair | Repair is shared | 0',
        'Support in hard times | Support in hard times is shared | 0',
        'Building the future | Plans ahead are shared | 0',
      ]);
      // Two neutral colours: "receive more" is not the warning colour.
      expect(getComputedStyle($(el, '.bar.high')).fill).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle($(el, '.bar.low')).fill).to.equal('rgb(1, 2, 3)');
      // The even mark sits at the centre of its track.
      const track = $(el, '.chart-row:nth-child(3) .chart-track').getBoundingClientRect();
      const mark = $(el, '.chart-row:nth-child(3) .even-mark').getBoundingClientRect();
      expect(Math.abs(mark.left + mark.width / 2 - (track.left + track.width / 2))).to.be.below(1);
      await expectAccessible(el);
    });

    for (const width of [390, 320]) {
      it(`the whole default quiz on a ${width} px phone: keys, mouse, no sideways scroll, axe clean`, async () => {
        await setViewport({ width, height: 800 });
        const el = await quiz(null);
        await click(button(el, 'Start'));
        await settle(el);
        const items = el.quiz!.items;
        for (const [i, item] of items.entries()) {
          expect(heading(el)).to.equal(`Question ${i + 1} of ${items.length}`);
          expect(document.documentElement.scrollWidth, `question ${i + 1}`).to.be.at.most(width);
          const labels = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];
          await clickOption(el, labels[Number(mixedAnswer(item)) - 1]!);
          if (i < items.length - 1) await pauseEnds(el);
        }
        await expectAccessible(el);
        await click(button(el, 'See my result'));
        await settle(el);
        expect(text(el, '.band-label')).to.equal('Balanced overall, uneven in places');
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        await expectAccessible(el);
      });
    }

    it('in Arabic, right to left: the legend starts on the right, the bars mirror, axe clean at 320 px', async () => {
      await setViewport({ width: 320, height: 800 });
      const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"></div>`);
      const el = await quiz(null, '', page);
      await answerDefault(el);
      expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
      const [low, even, high] = $$(el, '.chart-scale span');
      expect(squash(even!.textContent)).to.equal('تكافؤ');
      expect(low!.getBoundingClientRect().left).to.be.above(high!.getBoundingClientRect().left);
      // Practical help leans to "carry more", which is at the end: on the left.
      const track = $(el, '.chart-row:nth-child(1) .chart-track').getBoundingClientRect();
      const bar = $(el, '.chart-row:nth-child(1) .bar').getBoundingClientRect();
      expect(bar.right).to.be.at.most(track.left + track.width / 2 + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessible(el);
    });
  });
});
