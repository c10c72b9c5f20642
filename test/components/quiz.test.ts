import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import { serializeProgress, type QuizDefinition, type ResultPayload } from '../../src/core/index.js';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import '../../src/components/quiz/quiz.js';
import { smallQuiz } from '../fixtures/definitions.js';
import { quizCovers, quizShelf, type QuizCover } from '../../src/content/quiz/presets.js';
import { quiz, startQuiz } from './quiz-fixture.js';
import {
  $,
  $$,
  button,
  copyAsText,
  click,
  completeQuiz,
  deepActiveElement,
  expectAccessible,
  failStorage,
  setAttributes,
  settle,
  squash,
  text,
  until,
} from '../helpers.js';
import { runElementSuite } from '../suites/element.suite.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Answers the current paged question by clicking the option with this value's label. */
async function answerWithMouse(el: ReciproQuiz, label: string): Promise<void> {
  const option = $$(el, '.option-label').find((o) => o.textContent!.trim() === label)!;
  await click(option);
  await settle(el);
}

const labels = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];

/** Answers the paged questions in order (values 1–5) by clicking, pressing Next each time. */
async function answerAll(el: ReciproQuiz, values: number[]): Promise<void> {
  for (const value of values) {
    $$<HTMLInputElement>(el, 'input[type=radio]')[value - 1]!.click();
    await settle(el);
    $<HTMLButtonElement>(el, '.actions .primary').click();
    await settle(el);
  }
}

describe('<recipro-quiz>', () => {
  afterEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  runElementSuite<ReciproQuiz>({
    tag: 'recipro-quiz',
    kind: 'quiz',
    definition: smallQuiz,
    title: (el) => text(el, 'h2'),
    shown: (el) => el.quiz,
    defaultPack: { id: 'reciprocity-balance', title: 'Reciprocity balance check' },
    preset: { id: 'reciprocity-balance', title: 'Reciprocity balance check' },
    unknownPreset: /preset: "nope" is not a built-in quiz \(known: reciprocity-balance\)$/,
    invalid: [
      {
        name: 'a wrong shape',
        definition: { ...smallQuiz, items: 'none' },
        path: 'items',
        message: /items: must be a list, not a text/,
      },
      {
        name: 'a question on a dimension the quiz does not have',
        definition: {
          ...smallQuiz,
          items: [{ ...smallQuiz.items[0]!, dimension: 'giving' }, ...smallQuiz.items.slice(1)],
        },
        path: 'items[0].dimension',
        message: /items\[0\]\.dimension: "giving" is not a dimension of this quiz \(known: give, receive\)/,
      },
    ],
    progress: {
      async make(el) {
        await startQuiz(el);
        await answerAll(el, [5, 1]);
      },
      async expect(el) {
        expect(text(el, 'h2')).to.equal('Question 3 of 5');
        button(el, 'Back').click();
        await settle(el);
        expect($<HTMLInputElement>(el, 'input:checked').value).to.equal('1');
      },
      saved: { answers: { g1: 5, g2: 1 }, position: 2, started: true },
      atStart: (el) => expect(text(el, 'h2')).to.equal('Small quiz'),
    },
    complete: async (el) => void (await completeQuiz(el)),
    events: ['recipro-start', 'recipro-change', 'recipro-complete'],
    attributes: [
      ['relationship', 'friend'],
      ['layout', 'list'],
      ['culture', 'in'],
      ['layout', 'paged'],
      ['advance', 'manual'],
      ['relationship', 'nonsense'],
      ['name', 'result'],
    ],
    properties: { relationship: 'friend', layout: 'list', culture: 'uk', advance: 'manual' },
  });

  describe('accessibility (axe, WCAG 2.2 AA)', () => {
    for (const width of [800, 320]) {
      for (const layout of ['paged', 'list']) {
        it(`has no violations on the intro, a question and the result (${layout}, ${width} px)`, async () => {
          await setViewport({ width, height: 640 });
          const el = await quiz(smallQuiz, `layout=${layout}`);
          await expectAccessible(el);
          await startQuiz(el);
          await expectAccessible(el);
          if (layout === 'paged') await answerAll(el, [5, 1, 1, 5, 1]);
          else {
            for (const [i, value] of [5, 1, 1, 5, 1].entries())
              $$<HTMLInputElement>(el, `#item-${i} input`)[value - 1]!.click();
            await settle(el);
            button(el, 'See my result').click();
            await settle(el);
          }
          expect(text(el, 'h2')).to.equal('Your result');
          await expectAccessible(el);
        });
      }

      it(`has no violations on a safety result (${width} px)`, async () => {
        await setViewport({ width, height: 640 });
        const el = await quiz();
        await startQuiz(el);
        await answerAll(el, [5, 1, 1, 5, 4]);
        expect($(el, '[part=safety]')).to.exist;
        await expectAccessible(el);
      });
    }

    it('has no violations on the default quiz and its result', async () => {
      const el = await fixture<ReciproQuiz>(html`<recipro-quiz culture="uk"></recipro-quiz>`);
      await settle(el);
      await expectAccessible(el);
      await startQuiz(el);
      await answerAll(
        el,
        el.quiz!.items.map((item) => (item.dimension ? 4 : 1)),
      );
      expect(text(el, 'h2')).to.equal('Your result');
      await expectAccessible(el);
    });
  });

  describe('defaults', () => {
    it('shows the intro with title, length, disclaimer and a start button', async () => {
      const el = await quiz();
      expect(text(el, 'h2')).to.equal('Small quiz');
      expect(text(el, '[part=intro]')).to.contain('5 questions · About 2 minutes');
      expect(text(el, '.disclaimer')).to.equal('A reflection tool, not a diagnosis.');
      expect(button(el, 'Start')).to.exist;
    });
  });

  describe('a built-in quiz whose pack is still on its way', () => {
    // A built-in quiz shows its cover (title, intro, length, disclaimer) while its pack loads.
    const loaders = quizShelf.loaders as Record<string, () => Promise<QuizDefinition>>;
    const covers = quizCovers as Record<string, QuizCover>;
    let arrive: (pack: QuizDefinition) => void;
    let id = '';
    let count = 0;
    beforeEach(() => {
      id = `slow-quiz-${++count}`; // a pack loads once per page: each test has its own
      loaders[id] = () => new Promise((resolve) => (arrive = resolve));
      covers[id] = { title: 'A slow quiz', disclaimer: 'Not a diagnosis.', estimatedMinutes: 3, questions: 5 };
    });
    afterEach(() => {
      delete loaders[id];
      delete covers[id];
    });

    const connect = async (attrs: string) => {
      const el = document.createElement('recipro-quiz');
      setAttributes(el, attrs);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await until(() => !!el.shadowRoot?.querySelector('h2, p.muted'));
      return el;
    };

    it('shows the intro at once, and Start pressed before the pack is here starts when it arrives', async () => {
      const el = await connect(`preset=${id}`);
      expect(text(el, 'h2')).to.equal('A slow quiz');
      expect(text(el, '[part=intro]')).to.contain('5 questions · About 3 minutes');
      expect(text(el, '.disclaimer')).to.equal('Not a diagnosis.');
      button(el, 'Start').click();
      await until(() => text(el, '[role=status]') === 'Loading…'); // (updateComplete waits for the pack)
      expect($(el, '[part=question]')).to.equal(null);

      arrive({ ...smallQuiz, id });
      await settle(el);
      expect(text(el, '[part=question] legend')).to.contain('I help my partner.');
      expect(deepActiveElement()?.closest('fieldset')?.id).to.equal('item-0');
    });

    it('waits with "Loading…" instead when progress may be stored, which may resume past the intro', async () => {
      const el = await connect(`preset=${id} persist=session`);
      expect(text(el, 'p.muted')).to.equal('Loading…');
      expect($(el, 'h2')).to.equal(null);
      arrive({ ...smallQuiz, id });
      await settle(el);
      expect(text(el, 'h2')).to.equal('Small quiz');
    });
  });

  describe('answering with the keyboard alone', () => {
    it('completes the quiz: Tab to Start, arrows choose, Enter moves on, focus goes to each radio group', async () => {
      const el = await quiz();
      const changes: number[] = [];
      el.addEventListener('recipro-change', (e) => changes.push(e.detail.value!));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Start');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      // Wanted answers: g1=5, g2=1, r1=1, r2=5, safe=1
      const wanted = [5, 1, 1, 5, 1];
      for (const [i, value] of wanted.entries()) {
        expect(text(el, 'h2')).to.equal(`Question ${i + 1} of 5`);
        // Focus is on the question's first option (none is chosen yet): arrows work at once.
        const focused = deepActiveElement() as HTMLInputElement;
        expect(
          [focused.type, focused.closest('fieldset')?.id, focused.value],
          'focus is in the radio group',
        ).to.deep.equal(['radio', `item-${i}`, '1']);
        // Space picks the focused option; ArrowDown moves on and picks the next.
        await sendKeys({ press: 'Space' });
        for (let step = 1; step < value; step++) await sendKeys({ press: 'ArrowDown' });
        await settle(el);
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      expect(text(el, 'h2')).to.equal('Your result');
      expect(deepActiveElement()?.id).to.equal('result-heading');
      // give: g1 5 and g2 1 (reversed: 5) → 100; receive: r1 1 and r2 5 (reversed: 1) → 0.
      expect(text(el, '.band-label')).to.equal('You carry more');
      expect((el.value!.result as { scores: unknown }).scores).to.deep.equal({
        give: 100,
        receive: 0,
        lean: 100,
        engagement: 50,
      });
      expect(changes).to.deep.equal([1, 2, 3, 4, 5, 1, 1, 1, 2, 3, 4, 5, 1]);
    });

    it('Enter does nothing until a required question is answered, and says why', async () => {
      const el = await quiz({ ...smallQuiz, missing: { policy: 'all' } });
      await startQuiz(el);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(text(el, 'h2')).to.equal('Question 1 of 5');
      expect(text(el, '.hint')).to.equal('Choose an answer to go on.');
      expect($(el, '#item-0').getAttribute('aria-describedby')).to.equal('question-heading hint');
    });

    it('lets the reader skip a scored question when the definition allows gaps', async () => {
      const el = await quiz();
      await startQuiz(el);
      $<HTMLButtonElement>(el, '.actions .primary').click();
      await settle(el);
      expect(text(el, 'h2')).to.equal('Question 2 of 5');
    });

    it('Tab leaves the radio group for the buttons; Back keeps the answers', async () => {
      const el = await quiz();
      await startQuiz(el);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Back');
      await answerAll(el, []);
      $<HTMLButtonElement>(el, '.actions .primary').click();
      await settle(el);
      expect(text(el, 'h2')).to.equal('Question 2 of 5');
      button(el, 'Back').click();
      await settle(el);
      expect(text(el, 'h2')).to.equal('Question 1 of 5');
      expect($<HTMLInputElement>(el, 'input:checked').value).to.equal('2');
      // Back lands on the answer given, in the radio group.
      expect(deepActiveElement()).to.equal($(el, '#item-0 input:checked'));
    });
  });

  describe('answering with the mouse', () => {
    it('completes the quiz by clicking options and Next, with advance="manual"', async () => {
      const el = await quiz(smallQuiz, 'advance=manual');
      await click(button(el, 'Start'));
      await settle(el);
      for (const value of [1, 5, 5, 1, 1]) {
        await answerWithMouse(el, labels[value - 1]!);
        await click($(el, '.actions .primary'));
        await settle(el);
      }
      // give: g1 1 and g2 5 (reversed: 1) → 0; receive: r1 5 and r2 1 (reversed: 5) → 100; lean -100.
      expect(text(el, '.band-label')).to.equal('You receive more');
      expect((el.value!.result as { scores: unknown }).scores).to.deep.equal({
        give: 0,
        receive: 100,
        lean: -100,
        engagement: 50,
      });
    });
  });

  describe('the list layout', () => {
    it('shows every question and points to the first one left unanswered', async () => {
      const el = await quiz({ ...smallQuiz, missing: { policy: 'all' } }, 'layout=list');
      await startQuiz(el);
      expect($$(el, 'fieldset')).to.have.length(5);
      $$<HTMLInputElement>(el, '#item-0 input')[4]!.click();
      await settle(el);
      expect(text(el, '.muted')).to.equal('1 of 5 answered');
      button(el, 'See my result').click();
      await settle(el);
      expect(text(el, '.hint')).to.equal('Please answer question 2 first.');
      expect(deepActiveElement()?.closest('fieldset')?.id).to.equal('item-1');
    });

    it('completes with the keyboard: every answer in the middle is balanced', async () => {
      const el = await quiz(smallQuiz, 'layout=list');
      await startQuiz(el);
      for (const [i, value] of [3, 3, 3, 3, 1].entries()) {
        $$<HTMLInputElement>(el, `#item-${i} input`)[0]!.focus();
        await sendKeys({ press: 'Space' });
        for (let step = 1; step < value; step++) await sendKeys({ press: 'ArrowDown' });
      }
      await settle(el);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(text(el, '.band-label')).to.equal('Balanced');
      expect((el.value!.result as { scores: unknown }).scores).to.deep.equal({
        give: 50,
        receive: 50,
        lean: 0,
        engagement: 50,
      });
    });
  });

  describe('the result', () => {
    it('shows band, advice, chart with a table, steps, call to action and a quiet support link', async () => {
      const el = await quiz();
      await startQuiz(el);
      await answerAll(el, [5, 1, 1, 5, 1]);
      expect(text(el, '.band-label')).to.equal('You carry more');
      expect(text(el, '[part=band]')).to.contain('Ask for help.');
      expect($$(el, '.chart-row')).to.have.length(1);
      expect($(el, '.chart svg rect.bar.high')).to.exist;
      expect($$(el, 'table tbody td, table tbody th').map((cell) => cell.textContent!.trim())).to.deep.equal([
        'Lean',
        'You carry more',
        '100',
      ]);
      expect($$(el, '[part=steps] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'E Express: Say what you need.',
        'C Check in: Ask how they are.',
      ]);
      expect($<HTMLAnchorElement>(el, 'a.cta-link').href).to.equal('https://example.org/book');
      expect($(el, 'details.resources-more')).to.exist;
      expect($(el, '[part=safety]')).to.not.exist;
    });

    describe('when the safety rule fires', () => {
      const withNote = () => {
        const definition = clone(smallQuiz);
        definition.cultureNotes = { us: { title: 'In the US', body: 'Independence is often prized.' } };
        return definition;
      };

      it('shows the safety message and helplines alone: no band, chart, focus, steps or cultural note', async () => {
        const el = await quiz(withNote(), 'culture=us');
        await startQuiz(el);
        await answerAll(el, [1, 5, 5, 1, 4]);
        const safety = $(el, '[part=safety]');
        expect(safety.textContent).to.contain('Your safety comes first');
        expect(safety.textContent).to.contain('If you are in danger now, call your local emergency number.');
        expect(safety.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:988');
        for (const part of ['band', 'chart', 'focus', 'steps', 'culture'])
          expect($(el, `[part=${part}]`), part).to.not.exist;
        expect(text(el, '[part=result]')).to.not.contain('You receive more');
        expect(button(el, 'Show the rest of my result')).to.exist;
        await expectAccessible(el);
      });

      it('in the default quiz, for a family member who gives all: a season note, the forms, questions', async () => {
        const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
        const el = document.createElement('recipro-quiz');
        el.setAttribute('relationship', 'family');
        host.append(el);
        await settle(el);
        const items = el.quiz!.items;
        await startQuiz(el);
        // "Always" to each thing the reader gives, "Never" to each thing that comes back, and to safety.
        const gives = (item: (typeof items)[number]) => item.dimension!.endsWith('-give') !== Boolean(item.reverse);
        await answerAll(
          el,
          items.map((item) => (item.dimension === undefined ? 1 : gives(item) ? 5 : 1)),
        );
        expect(text(el, '.band-label')).to.equal('You carry more');
        expect(text(el, '[part=band]')).to.contain('In a family, care can rightly flow one way for a season');
        expect(text(el, '[part=band]')).to.not.contain('Both of you may have stepped back');
        expect($$(el, '[part=focus] li strong').map((s) => squash(s.textContent))).to.deep.equal([
          'Practical help: You carry more of the practical load.',
          'Emotional support: You offer more emotional support.',
        ]);
        expect(text(el, '[part=focus]')).to.contain('With a young child or someone who needs care');
        expect($$(el, '[part=forms] dt').map((dt) => squash(dt.textContent))).to.deep.equal([
          'Practical help',
          'Emotional support',
          'Conversation',
          'Conflict and repair',
          'Support in hard times',
          'Building the future',
        ]);
        const question = $<HTMLDetailsElement>(el, '[part=band] [part=questions] details');
        expect(squash(question.querySelector('summary')!.textContent)).to.equal(
          'Why do I always seem to end up giving more?',
        );
        question.querySelector('summary')!.focus();
        await sendKeys({ press: 'Enter' });
        expect(question.open).to.equal(true);
        $<HTMLDetailsElement>(el, '[part=forms]').querySelector('summary')!.focus();
        await sendKeys({ press: 'Enter' });
        expect($<HTMLDetailsElement>(el, '[part=forms]').open).to.equal(true);
        await expectAccessible(el);
      });

      it('in the default quiz, "Sometimes" on being controlled alone shows support first, with no band', async () => {
        const host = await fixture<HTMLDivElement>(html`<div lang="en-US"></div>`);
        const el = document.createElement('recipro-quiz');
        host.append(el);
        await settle(el);
        const items = el.quiz!.items;
        expect(items).to.have.length(26);
        expect(items.slice(-2).map((i) => i.id)).to.deep.equal(['safety', 'control']);
        await startQuiz(el);
        // "Always" to what the reader gives, "Never" to what comes back and to the question on fear.
        const gives = (item: (typeof items)[number]) => item.dimension!.endsWith('-give') !== Boolean(item.reverse);
        await answerAll(
          el,
          items.map((item) => (item.id === 'control' ? 3 : item.dimension === undefined ? 1 : gives(item) ? 5 : 1)),
        );
        expect(text(el, '[part=safety]')).to.contain('Your safety comes first');
        expect(text(el, '[part=safety]')).to.contain(
          'What you shared about feeling afraid or controlled matters, and you do not have to face it alone.',
        );
        for (const part of ['band', 'chart', 'focus', 'steps', 'culture'])
          expect($(el, `[part=${part}]`), part).to.not.exist;
        expect(text(el, '[part=result]')).to.not.contain('You carry more');
        expect(button(el, 'Show the rest of my result')).to.exist;
      });

      it('copies the same: the safety message and each service with what it is for, nothing else', async () => {
        const el = await quiz(withNote(), 'culture=us');
        await startQuiz(el);
        await answerAll(el, [1, 5, 5, 1, 4]);
        const copies = await copyAsText(el);
        expect(copies).to.have.length(1);
        const copied = copies[0]!;
        expect(copied).to.contain('Your safety comes first\nYou deserve to feel safe.');
        expect(copied).to.contain('- 988 Lifeline: Free, 24/7. Call or text 988');
        for (const absent of ['You receive more', 'Offer more.', 'In the US', 'Express']) {
          expect(copied, absent).to.not.contain(absent);
        }
      });

      it('lists the helplines of the reader’s region first when the page sets no culture', async () => {
        const definition = clone(smallQuiz);
        definition.resources!.items.push({
          region: 'uk',
          name: 'Samaritans',
          description: 'Someone to talk to.',
          contacts: [{ label: 'Call', phone: '116 123' }],
        });
        const names = (el: ReciproQuiz) => $$(el, '[part=safety] li strong').map((s) => s.textContent);
        const host = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
        const el = document.createElement('recipro-quiz');
        el.definition = definition;
        host.append(el);
        await settle(el);
        await startQuiz(el);
        await answerAll(el, [1, 5, 5, 1, 4]);
        expect(names(el)).to.deep.equal(['Samaritans', '988 Lifeline']);
        // The page's culture wins over the reader's locale.
        el.setAttribute('culture', 'us');
        await settle(el);
        expect(names(el)).to.deep.equal(['988 Lifeline', 'Samaritans']);
      });

      it('shows the rest when the reader asks, by keyboard, with focus on it and still no advice', async () => {
        const el = await quiz(withNote(), 'culture=us');
        await startQuiz(el);
        await answerAll(el, [1, 5, 5, 1, 4]);
        button(el, 'Show the rest of my result').focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(deepActiveElement()?.id).to.equal('result-rest');
        expect(text(el, '#result-rest')).to.equal('The rest of your result');
        expect(text(el, '[part=band] .band-label')).to.equal('You receive more');
        expect(text(el, '[part=band]')).to.not.contain('Offer more.');
        expect($(el, '[part=chart]')).to.exist;
        expect(text(el, '[part=culture] h3')).to.equal('In the US');
        expect($(el, '[part=steps]')).to.not.exist;
        expect($(el, '[part=focus]')).to.not.exist;
        expect(button(el, 'Show the rest of my result')).to.not.exist;
        // The safety message still leads.
        expect($(el, '[part=result] [part=safety]')).to.exist;
        await expectAccessible(el);
      });
    });

    it('shows the cultural note for the culture attribute', async () => {
      const definition = clone(smallQuiz);
      definition.cultureNotes = { in: { title: 'In India', body: 'Care is often shown through shared duties.' } };
      const el = await quiz(definition, 'culture=in');
      await startQuiz(el);
      await answerAll(el, [3, 3, 3, 3, 1]);
      expect(text(el, '[part=culture] h3')).to.equal('In India');
      expect(text(el, '[part=culture] p')).to.equal('Care is often shown through shared duties.');
    });

    it('copies a plain-text summary without the answers', async () => {
      const el = await quiz();
      await startQuiz(el);
      await answerAll(el, [5, 1, 1, 5, 1]);
      const copies = await copyAsText(el);
      const [copied = ''] = copies;
      expect(copied).to.contain('Small quiz: Your result');
      expect(copied).to.contain('You carry more: c');
      expect(copied).to.contain('A reflection tool, not a diagnosis.');
      expect(text(el, '[role=status]')).to.equal('Copied.');
    });

    it('retakes from the first question with no answers kept', async () => {
      const el = await quiz();
      await startQuiz(el);
      await answerAll(el, [5, 1, 1, 5, 1]);
      button(el, 'Take it again').click();
      await settle(el);
      expect(text(el, 'h2')).to.equal('Question 1 of 5');
      expect($(el, 'input:checked')).to.not.exist;
    });
  });

  describe('events', () => {
    it('fires start, change and complete with typed details', async () => {
      const el = await quiz(smallQuiz, 'relationship=friend');
      const start = oneEvent(el, 'recipro-start');
      button(el, 'Start').click();
      expect((await start).detail).to.deep.equal({});
      await settle(el);
      const change = oneEvent(el, 'recipro-change');
      $$<HTMLInputElement>(el, 'input')[3]!.click();
      expect((await change).detail).to.deep.equal({ id: 'g1', value: 4 });
      await settle(el);
      $<HTMLButtonElement>(el, '.actions .primary').click();
      await settle(el);
      const complete = oneEvent(el, 'recipro-complete');
      await answerAll(el, [1, 1, 1, 1]);
      const payload = (await complete).detail as ResultPayload;
      expect(payload.schema).to.equal('recipro-result');
      expect(payload.relationship).to.equal('friend');
      expect(payload.definition).to.deep.equal({ id: 'small-quiz', version: '1.0.0' });
      expect(payload).to.not.have.property('answers');
    });
  });

  describe('wording', () => {
    it('words questions for the relationship, falling back to the default', async () => {
      const el = await quiz(smallQuiz, 'relationship=friend');
      await startQuiz(el);
      expect(text(el, 'legend')).to.equal('I help my friend.');
      el.relationship = 'colleague';
      await settle(el);
      expect(text(el, 'legend')).to.equal('I help my partner.');
    });

    it('renders markup in content as text', async () => {
      const definition = clone(smallQuiz);
      definition.title = '<img src=x onerror="window.__xss=1">';
      definition.items[0]!.text = '<script>window.__xss=1</script><b>bold</b>';
      const el = await quiz(definition);
      expect(text(el, 'h2')).to.equal('<img src=x onerror="window.__xss=1">');
      await startQuiz(el);
      expect(text(el, 'legend')).to.equal('<script>window.__xss=1</script><b>bold</b>');
      expect($(el, 'img')).to.not.exist;
      expect($(el, 'b')).to.not.exist;
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });
  });

  describe('in a form', () => {
    it('submits the result payload as JSON under its name', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><recipro-quiz name="assessment" .definition=${smallQuiz}></recipro-quiz></form>`,
      );
      const el = form.querySelector('recipro-quiz')!;
      await settle(el);
      expect(new FormData(form).get('assessment')).to.equal(null);
      await startQuiz(el);
      await answerAll(el, [5, 1, 1, 5, 1]);
      const value = JSON.parse(new FormData(form).get('assessment') as string) as ResultPayload;
      expect(value.result.kind).to.equal('quiz');
      expect(value.key).to.equal(el.value!.key);
    });
  });

  describe('when the definition changes', () => {
    it('restarts with a notice when the definition is replaced mid-quiz', async () => {
      const el = await quiz();
      await startQuiz(el);
      await answerAll(el, [5]);
      el.definition = { ...smallQuiz, version: '2.0.0' };
      await settle(el);
      expect(text(el, 'h2')).to.equal('Small quiz');
      expect(text(el, '[part=notice]')).to.equal(
        'The questions on this page changed, so the assessment has started again.',
      );
    });

    it('restarts cleanly when a definition with the same id and version loses questions mid-way', async () => {
      const el = await quiz();
      await startQuiz(el);
      await answerAll(el, [5, 1, 1, 5]);
      expect(text(el, 'h2')).to.equal('Question 5 of 5');
      el.definition = { ...smallQuiz, items: smallQuiz.items.filter((item) => ['g1', 'r1', 'safe'].includes(item.id)) };
      await settle(el);
      expect(text(el, 'h2')).to.equal('Small quiz');
      expect(text(el, '[part=notice]')).to.equal(
        'The questions on this page changed, so the assessment has started again.',
      );
    });
  });

  describe('with persist', () => {
    it('shows a finished result again, and clears it on request', async () => {
      const first = await quiz(smallQuiz, 'persist=session');
      await startQuiz(first);
      await answerAll(first, [5, 1, 1, 5, 1]);
      first.remove();
      const second = await quiz(smallQuiz, 'persist=session');
      expect(text(second, 'h2')).to.equal('Your result');
      button(second, 'Clear my answers').click();
      await settle(second);
      expect(sessionStorage.length).to.equal(0);
      expect(text(second, '[role=status]')).to.equal('Your answers have been cleared from this device.');
      expect(button(second, 'Clear my answers')).to.equal(undefined);
    });

    it('starts fresh, quietly, from saved answers older than 30 days, and removes them', async () => {
      const key = 'recipro:quiz:small-quiz';
      localStorage.setItem(
        key,
        serializeProgress(
          'quiz',
          smallQuiz,
          { answers: { g1: 5 }, position: 1, started: true },
          new Date(Date.now() - 31 * 86_400_000),
        ),
      );
      const expired = await quiz(smallQuiz, 'persist=local');
      expect(text(expired, 'h2')).to.equal('Small quiz');
      expect($(expired, '[role=alert]')).to.not.exist;
      expect(localStorage.getItem(key)).to.equal(null);
    });

    it('still completes when a write throws a plain Error named QuotaExceededError', async () => {
      const undo = failStorage('setItem', () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
      try {
        const el = await quiz(smallQuiz, 'persist=local');
        expect(text(el, '[part=notice]')).to.equal('Your progress is not being saved on this device.');
        await startQuiz(el);
        await answerAll(el, [5, 1, 1, 5, 1]);
        expect(text(el, '.band-label')).to.equal('You carry more');
      } finally {
        undo();
      }
    });

    it('drops saved answers the quiz could not have given, and resumes at the first gap', async () => {
      const strict: QuizDefinition = { ...smallQuiz, missing: { policy: 'all' } };
      localStorage.setItem(
        'recipro:quiz:small-quiz',
        serializeProgress('quiz', strict, {
          answers: { g1: 999, g2: 1, r1: 2, r2: 3, safe: 1, ghost: 4 },
          position: 9,
          started: true,
        }),
      );
      const el = await quiz(strict, 'persist=local');
      expect(text(el, 'h2')).to.equal('Question 1 of 5');
      expect($(el, 'input:checked')).to.not.exist;
      $<HTMLButtonElement>(el, '.actions .primary').click();
      await settle(el);
      expect(text(el, '.hint')).to.equal('Choose an answer to go on.');
    });
  });
});
