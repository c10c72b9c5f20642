import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { scoreQuiz, serializeProgress, type QuizDefinition, type ResultPayload } from '../../src/core/index.js';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import '../../src/components/quiz/quiz.js';
import { smallQuiz } from '../fixtures/definitions.js';
import { deepActiveElement, expectAccessible, settle, shadow } from '../helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: Element, label: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === label)!;

/** A quiz with a definition and attributes (`name=value name=value`), set before it connects. */
async function quiz(definition: unknown = smallQuiz, attrs = ''): Promise<ReciproQuiz> {
  const el = document.createElement('recipro-quiz');
  el.definition = definition;
  for (const pair of attrs.split(' ').filter(Boolean)) {
    const [k, v] = pair.split('=');
    el.setAttribute(k!, v ?? '');
  }
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await settle(el);
  return el;
}

/** Clicks an element at its centre with the real mouse. */
async function click(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function startQuiz(el: ReciproQuiz): Promise<void> {
  button(el, 'Start').click();
  await settle(el);
}

/** Answers the current paged question by clicking the option with this value's label. */
async function answerWithMouse(el: ReciproQuiz, label: string): Promise<void> {
  const option = $$(el, '.option').find((o) => o.textContent!.trim() === label)!;
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

      it(`has no violations on a safety result and in the error state (${width} px)`, async () => {
        await setViewport({ width, height: 640 });
        const el = await quiz();
        await startQuiz(el);
        await answerAll(el, [5, 1, 1, 5, 4]);
        expect($(el, '[part=safety]')).to.exist;
        await expectAccessible(el);
        const broken = await quiz({ kind: 'quiz' });
        expect($(broken, '[role=alert]')).to.exist;
        await expectAccessible(broken);
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

    it('uses the reciprocity balance check when nothing is configured', async () => {
      const el = await fixture<ReciproQuiz>(html`<recipro-quiz></recipro-quiz>`);
      await settle(el);
      expect(el.quiz?.id).to.equal('reciprocity-balance');
      expect(text(el, 'h2')).to.equal('Reciprocity balance check');
    });

    it('keeps a live region in the page from the start', async () => {
      const el = await quiz();
      expect($(el, '[role=status][aria-live=polite]')).to.exist;
    });
  });

  describe('answering with the keyboard alone', () => {
    it('completes the quiz: Tab to Start, arrows choose, Enter moves on, focus follows', async () => {
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
        expect(deepActiveElement()?.id, 'focus is on the question heading').to.equal('question-heading');
        // Tab enters the radio group; Space picks the focused option; ArrowDown moves on and picks the next.
        await sendKeys({ press: 'Tab' });
        expect((deepActiveElement() as HTMLInputElement).type).to.equal('radio');
        await sendKeys({ press: 'Space' });
        for (let step = 1; step < value; step++) await sendKeys({ press: 'ArrowDown' });
        await settle(el);
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      expect(text(el, 'h2')).to.equal('Your result');
      expect(deepActiveElement()?.id).to.equal('result-heading');
      const expected = scoreQuiz(smallQuiz, { g1: 5, g2: 1, r1: 1, r2: 5, safe: 1 });
      expect(text(el, '.band-label')).to.equal(expected.band!.band.label);
      expect((el.value!.result as { scores: unknown }).scores).to.deep.equal(expected.scores);
      expect(changes.at(-1)).to.equal(1);
    });

    it('Enter does nothing until a required question is answered, and says why', async () => {
      const el = await quiz({ ...smallQuiz, missing: { policy: 'all' } });
      await startQuiz(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(text(el, 'h2')).to.equal('Question 1 of 5');
      expect(text(el, '.hint')).to.equal('Choose an answer to go on.');
      expect($(el, '#item-0').getAttribute('aria-describedby')).to.equal('hint');
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
      await sendKeys({ press: 'Tab' });
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
      expect(deepActiveElement()?.id).to.equal('question-heading');
    });
  });

  describe('answering with the mouse', () => {
    it('completes the quiz by clicking options and buttons', async () => {
      const el = await quiz();
      await click(button(el, 'Start'));
      await settle(el);
      for (const value of [1, 5, 5, 1, 1]) {
        await answerWithMouse(el, labels[value - 1]!);
        await click($(el, '.actions .primary'));
        await settle(el);
      }
      const expected = scoreQuiz(smallQuiz, { g1: 1, g2: 5, r1: 5, r2: 1, safe: 1 });
      expect(expected.band!.band.id).to.equal('receive-more');
      expect(text(el, '.band-label')).to.equal('You receive more');
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

    it('completes with the keyboard and scores like the core', async () => {
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
      expect(text(el, '.band-label')).to.equal(
        scoreQuiz(smallQuiz, { g1: 3, g2: 3, r1: 3, r2: 3, safe: 1 }).band!.band.label,
      );
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

    it('puts safety and support first when the safety rule fires, with no advice to give more', async () => {
      const el = await quiz();
      await startQuiz(el);
      await answerAll(el, [1, 5, 5, 1, 4]);
      const safety = $(el, '[part=safety]');
      expect(safety.textContent).to.contain('Your safety comes first');
      expect(safety.textContent).to.contain('If you are in danger now, call your local emergency number.');
      expect(safety.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:988');
      expect(text(el, '[part=band]')).to.not.contain('Offer more.');
      expect($(el, '[part=steps]')).to.not.exist;
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
      let copied = '';
      const original = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async (value: string) => {
        copied = value;
      };
      try {
        button(el, 'Copy as text').click();
        await settle(el);
        await settle(el);
      } finally {
        navigator.clipboard.writeText = original;
      }
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
      setTimeout(() => button(el, 'Start').click());
      await oneEvent(el, 'recipro-start');
      await settle(el);
      setTimeout(() => $$<HTMLInputElement>(el, 'input')[3]!.click());
      const change = await oneEvent(el, 'recipro-change');
      expect(change.detail).to.deep.equal({ id: 'g1', value: 4 });
      expect(change.bubbles && change.composed).to.equal(true);
      await settle(el);
      $<HTMLButtonElement>(el, '.actions .primary').click();
      await settle(el);
      setTimeout(() => void answerAll(el, [1, 1, 1, 1]));
      const complete = await oneEvent(el, 'recipro-complete');
      const payload = complete.detail as ResultPayload;
      expect(payload.schema).to.equal('recipro-result');
      expect(payload.relationship).to.equal('friend');
      expect(payload.definition).to.deep.equal({ id: 'small-quiz', version: '1.0.0' });
      expect(payload).to.not.have.property('answers');
    });

    it('fires nothing when the host sets properties', async () => {
      const el = await quiz();
      const seen: string[] = [];
      for (const name of ['recipro-start', 'recipro-change', 'recipro-complete'])
        el.addEventListener(name, () => seen.push(name));
      el.relationship = 'friend';
      el.layout = 'list';
      el.culture = 'uk';
      await settle(el);
      expect(seen).to.deep.equal([]);
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

  describe('configuration sources', () => {
    const script = (definition: unknown) => {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = typeof definition === 'string' ? definition : JSON.stringify(definition);
      return s;
    };

    it('reads a child JSON script, and picks up edits to it', async () => {
      const el = document.createElement('recipro-quiz');
      const child = script({ ...smallQuiz, title: 'From script' });
      el.append(child);
      document.body.append(el);
      try {
        await settle(el);
        expect(text(el, 'h2')).to.equal('From script');
        child.textContent = JSON.stringify({ ...smallQuiz, title: 'Edited' });
        await settle(el);
        await settle(el);
        expect(text(el, 'h2')).to.equal('Edited');
      } finally {
        el.remove();
      }
    });

    it('fetches src without credentials', async () => {
      const url = URL.createObjectURL(
        new Blob([JSON.stringify({ ...smallQuiz, title: 'From src' })], { type: 'application/json' }),
      );
      const calls: RequestInit[] = [];
      const original = window.fetch;
      window.fetch = (input, init) => {
        calls.push(init ?? {});
        return original(input, init);
      };
      try {
        const el = await fixture<ReciproQuiz>(html`<recipro-quiz src=${url}></recipro-quiz>`);
        await oneEventOrSettled(el);
        expect(text(el, 'h2')).to.equal('From src');
        expect(calls[0]!.credentials).to.equal('omit');
      } finally {
        window.fetch = original;
      }
    });

    it('prefers the property, then the script, then src, then preset', async () => {
      const url = URL.createObjectURL(new Blob([JSON.stringify({ ...smallQuiz, title: 'src' })]));
      const el = document.createElement('recipro-quiz') as ReciproQuiz;
      el.setAttribute('src', url);
      el.setAttribute('preset', 'reciprocity-balance');
      el.append(script({ ...smallQuiz, title: 'script' }));
      el.definition = { ...smallQuiz, title: 'property' };
      document.body.append(el);
      try {
        await settle(el);
        expect(text(el, 'h2')).to.equal('property');
        el.definition = undefined;
        await settle(el);
        expect(text(el, 'h2')).to.equal('script');
        el.querySelector('script')!.remove();
        await settle(el);
        await oneEventOrSettled(el);
        expect(text(el, 'h2')).to.equal('src');
        el.removeAttribute('src');
        await settle(el);
        expect(text(el, 'h2')).to.equal('Reciprocity balance check');
      } finally {
        el.remove();
      }
    });

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
  });

  describe('when the definition is invalid', () => {
    const cases: [string, () => Promise<ReciproQuiz>, RegExp][] = [
      [
        'bad JSON in a script',
        async () => {
          const el = document.createElement('recipro-quiz') as ReciproQuiz;
          const s = document.createElement('script');
          s.type = 'application/json';
          s.textContent = '{"kind": "quiz",';
          el.append(s);
          return el;
        },
        /the definition is not valid JSON/,
      ],
      [
        'a wrong shape',
        async () =>
          Object.assign(document.createElement('recipro-quiz'), { definition: { ...smallQuiz, items: 'none' } }),
        /items: must be a list, not a text/,
      ],
      [
        'a semantic error',
        async () => {
          const definition = clone(smallQuiz);
          definition.items[0]!.dimension = 'giving';
          return Object.assign(document.createElement('recipro-quiz'), { definition });
        },
        /items\[0\]\.dimension: "giving" is not a dimension of this quiz \(known: give, receive\)/,
      ],
      [
        'a 404',
        async () =>
          Object.assign(document.createElement('recipro-quiz'), { src: '/test/fixtures/does-not-exist.json' }),
        /src: The definition could not be loaded \(HTTP 404/,
      ],
      [
        'a network error',
        async () => Object.assign(document.createElement('recipro-quiz'), { src: 'http://127.0.0.1:9/quiz.json' }),
        /src: The definition could not be loaded: the network request failed\./,
      ],
      [
        'an unknown preset',
        async () => Object.assign(document.createElement('recipro-quiz'), { preset: 'nope' }),
        /preset: "nope" is not a built-in quiz \(known: reciprocity-balance\)/,
      ],
    ];
    for (const [name, make, pattern] of cases) {
      it(`shows a readable alert and fires recipro-error for ${name}`, async () => {
        const el = await make();
        const error = new Promise<CustomEvent>((resolve) =>
          el.addEventListener('recipro-error', (e) => resolve(e as CustomEvent), { once: true }),
        );
        document.body.append(el);
        try {
          const event = await error;
          await settle(el);
          const alert = $(el, '[role=alert]');
          expect(alert.textContent!.replace(/\s+/g, ' ')).to.match(pattern);
          expect(alert.textContent).to.contain('This assessment could not be shown');
          expect(event.detail.issues.length).to.be.greaterThan(0);
        } finally {
          el.remove();
        }
      });
    }
  });

  describe('with persist', () => {
    it('stores nothing without persist', async () => {
      const el = await quiz();
      await startQuiz(el);
      await answerAll(el, [5, 1]);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    });

    it('restores answers and position after a reload', async () => {
      const first = await quiz(smallQuiz, 'persist=local');
      await startQuiz(first);
      await answerAll(first, [5, 1]);
      first.remove();
      const second = await quiz(smallQuiz, 'persist=local');
      expect(text(second, 'h2')).to.equal('Question 3 of 5');
      button(second, 'Back').click();
      await settle(second);
      expect($<HTMLInputElement>(second, 'input:checked').value).to.equal('1');
    });

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

    it('starts fresh, quietly, from expired or corrupt saved state', async () => {
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
      expired.remove();
      localStorage.setItem(key, '{"format":');
      const corrupt = await quiz(smallQuiz, 'persist=local');
      expect(text(corrupt, 'h2')).to.equal('Small quiz');
      expect($(corrupt, '[role=alert]')).to.not.exist;
      expect(localStorage.getItem(key)).to.equal(null);
    });

    it('still completes when storage throws, and says progress is not saved', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      };
      try {
        const el = await quiz(smallQuiz, 'persist=local');
        expect(text(el, '[part=notice]')).to.equal('Your progress is not being saved on this device.');
        await startQuiz(el);
        await answerAll(el, [5, 1, 1, 5, 1]);
        expect(text(el, '.band-label')).to.equal('You carry more');
      } finally {
        Storage.prototype.setItem = original;
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

    it('keeps two quizzes apart with persist-key', async () => {
      const a = await quiz(smallQuiz, 'persist=local persist-key=a');
      await startQuiz(a);
      await answerAll(a, [5]);
      const b = await quiz(smallQuiz, 'persist=local persist-key=b');
      expect(text(b, 'h2')).to.equal('Small quiz');
      expect(Object.keys(localStorage).sort()).to.deep.equal(['recipro:quiz:key:a']);
    });
  });
});

/** Waits until a fetched definition has rendered. */
async function oneEventOrSettled(el: ReciproQuiz): Promise<void> {
  for (let i = 0; i < 50 && el.quiz === undefined && !shadow(el).querySelector('[role=alert]'); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  await settle(el);
}

export type { QuizDefinition };
