import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import type { ReciproChecklist } from '../../src/components/checklist/checklist.js';
import '../../src/components/quiz/quiz.js';
import '../../src/components/checklist/checklist.js';
import { smallChecklist, smallQuiz } from '../fixtures/definitions.js';
import { $, $$, button, completeQuiz, deepActiveElement, settle, squash } from '../helpers.js';
import { startQuiz } from './quiz-fixture.js';

/** A form holding `element` and a Send button; counts the submits that got through (and keeps the page). */
async function formWith(element: HTMLElement) {
  const form = await fixture<HTMLFormElement>(html`<form><button>Send</button></form>`);
  const send = form.querySelector('button')!;
  form.prepend(element);
  const submits: SubmitEvent[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(event);
  });
  return { form, send, submits };
}

function quizIn(attrs: Record<string, string> = {}): ReciproQuiz {
  const el = document.createElement('recipro-quiz');
  el.definition = smallQuiz;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

function checklistIn(attrs: Record<string, string> = {}): ReciproChecklist {
  const el = document.createElement('recipro-checklist');
  el.definition = smallChecklist;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** What the browser would say and why: the element's own ElementInternals (not public API). */
const internals = (el: Element): ElementInternals => (el as unknown as { internals: ElementInternals }).internals;
const message = (el: Element) => internals(el).validationMessage;
const missing = (el: Element) => internals(el).validity.valueMissing;

/** Presses Tab until `target` has focus (at most 20 times); fails if it never does. */
async function tabTo(target: Element): Promise<void> {
  for (let i = 0; i < 20 && document.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(document.activeElement).to.equal(target);
}

/** Counts calls to `ElementInternals.setValidity` while `run` runs. */
async function countSetValidity(run: () => Promise<void>): Promise<number> {
  const original = ElementInternals.prototype.setValidity;
  let calls = 0;
  ElementInternals.prototype.setValidity = function (this: ElementInternals, ...args) {
    calls += 1;
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    ElementInternals.prototype.setValidity = original;
  }
  return calls;
}

describe('required, inside a form', () => {
  describe('<recipro-quiz>', () => {
    it('is valid and never touches its validity without `required`', async () => {
      let form!: HTMLFormElement;
      const calls = await countSetValidity(async () => {
        const el = quizIn({ name: 'quiz' });
        ({ form } = await formWith(el));
        await settle(el);
        expect(form.checkValidity()).to.equal(true);
        await completeQuiz(el);
        await settle(el);
      });
      expect(calls).to.equal(0);
      expect(form.checkValidity()).to.equal(true);
    });

    it('reflects `required`', async () => {
      const el = quizIn();
      await formWith(el);
      el.required = true;
      await settle(el);
      expect(el.hasAttribute('required')).to.equal(true);
      el.removeAttribute('required');
      await settle(el);
      expect(el.required).to.equal(false);
    });

    it('blocks submit until the quiz is finished, then again after a form reset', async () => {
      const el = quizIn({ name: 'quiz', required: '' });
      const { form, submits } = await formWith(el);
      await settle(el);
      expect(form.checkValidity()).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      expect(missing(el)).to.equal(true);
      expect(message(el)).to.equal('Please finish this quiz first.');
      expect(el.matches(':invalid')).to.equal(true);
      form.requestSubmit();
      expect(submits).to.have.length(0);

      await completeQuiz(el);
      await settle(el);
      expect(el.checkValidity()).to.equal(true);
      expect(message(el)).to.equal('');
      expect(form.reportValidity()).to.equal(true);
      form.requestSubmit();
      expect(submits).to.have.length(1);
      expect(JSON.parse(new FormData(form).get('quiz') as string)).to.have.nested.property('result.kind', 'quiz');

      form.reset();
      await settle(el);
      expect(new FormData(form).get('quiz')).to.equal(null);
      expect(missing(el)).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
    });

    it('reportValidity focuses Start, then the first unanswered question', async () => {
      const el = quizIn({ required: '' });
      const { form } = await formWith(el);
      await settle(el);
      expect(form.reportValidity()).to.equal(false);
      expect(deepActiveElement()).to.equal(button(el, 'Start'));

      await startQuiz(el);
      $$<HTMLInputElement>(el, 'input[type=radio]')[3]!.click(); // "Often" on question 1
      await settle(el);
      expect(form.reportValidity()).to.equal(false);
      expect(deepActiveElement()).to.equal($$<HTMLInputElement>(el, 'input[type=radio]')[3]);
      button(el, 'Next').click();
      await settle(el);
      expect(squash($(el, 'h2').textContent)).to.equal('Question 2 of 5');
      expect(form.reportValidity()).to.equal(false);
      expect(deepActiveElement()).to.equal($$<HTMLInputElement>(el, 'input[type=radio]')[0]);
    });

    it('in the list layout, reportValidity focuses the first question left unanswered', async () => {
      const el = quizIn({ required: '', layout: 'list' });
      const { form } = await formWith(el);
      await settle(el);
      await startQuiz(el);
      const sets = $$(el, 'fieldset');
      sets[0]!.querySelector('input')!.click();
      sets[1]!.querySelector('input')!.click();
      await settle(el);
      expect(form.reportValidity()).to.equal(false);
      expect(deepActiveElement()).to.equal(sets[2]!.querySelector('input'));
    });

    it('with an invalid definition, still blocks submit and reports it on the element', async () => {
      const el = quizIn({ required: '' });
      el.definition = { kind: 'quiz' };
      const { form } = await formWith(el);
      await settle(el);
      expect($(el, '[role=alert]')).to.exist;
      expect(form.reportValidity()).to.equal(false);
      expect(message(el)).to.equal('Please finish this quiz first.');
    });

    it('says it in the element’s language', async () => {
      const el = quizIn({ required: '', locale: 'fr' });
      await formWith(el);
      await settle(el);
      expect(message(el)).to.equal('Veuillez d’abord terminer ce questionnaire.');
    });

    it('by keyboard only: Tab to Send, Enter, and focus lands on the quiz; once finished, Enter sends', async () => {
      const el = quizIn({ required: '' });
      const { send, submits } = await formWith(el);
      await settle(el);
      button(el, 'Start').focus();
      await tabTo(send);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(submits).to.have.length(0);
      expect(document.activeElement).to.equal(el);
      expect(deepActiveElement()).to.equal(button(el, 'Start'));

      await sendKeys({ press: 'Enter' }); // Start
      await settle(el);
      for (let question = 0; question < 5; question++) {
        await sendKeys({ press: 'Space' }); // the first answer, "Never"
        await sendKeys({ press: 'Enter' }); // Next, then "See my result"
        await settle(el);
      }
      expect(squash($(el, 'h2').textContent)).to.equal('Your result');
      await tabTo(send);
      await sendKeys({ press: 'Enter' });
      expect(submits).to.have.length(1);
    });
  });

  describe('<recipro-checklist>', () => {
    const boxes = (el: Element) => $$<HTMLInputElement>(el, 'input[type=checkbox]');

    it('is valid and never touches its validity without `required`', async () => {
      const calls = await countSetValidity(async () => {
        const el = checklistIn({ name: 'signs' });
        const { form } = await formWith(el);
        await settle(el);
        boxes(el)[0]!.click();
        await settle(el);
        expect(form.checkValidity()).to.equal(true);
      });
      expect(calls).to.equal(0);
    });

    it('blocks submit until an item is checked; unchecking it blocks again; a form reset too', async () => {
      const el = checklistIn({ name: 'signs', required: '' });
      const { form, submits } = await formWith(el);
      await settle(el);
      expect(el.required).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      expect(missing(el)).to.equal(true);
      expect(message(el)).to.equal('Check what applies, or press “See what this means”.');
      expect(el.reportValidity()).to.equal(false);
      expect(deepActiveElement()).to.equal(boxes(el)[0]);
      form.requestSubmit();
      expect(submits).to.have.length(0);

      boxes(el)[1]!.click();
      await settle(el);
      expect(form.checkValidity()).to.equal(true);
      form.requestSubmit();
      expect(submits).to.have.length(1);
      expect(new FormData(form).getAll('signs')).to.deep.equal(['b']);

      boxes(el)[1]!.click();
      await settle(el);
      expect(form.checkValidity()).to.equal(false);

      boxes(el)[0]!.click();
      await settle(el);
      expect(form.checkValidity()).to.equal(true);
      form.reset();
      await settle(el);
      expect(missing(el)).to.equal(true);
    });

    it('lets a reader for whom nothing applies send the form after "See what this means"', async () => {
      const el = checklistIn({ name: 'signs', required: '' });
      const { form, submits } = await formWith(el);
      await settle(el);
      button(el, 'See what this means').click();
      await settle(el);
      expect(el.checkValidity()).to.equal(true);
      form.requestSubmit();
      expect(submits).to.have.length(1);
      expect(new FormData(form).getAll('signs')).to.deep.equal([]);
    });

    it('says it in the element’s language', async () => {
      const el = checklistIn({ required: '', locale: 'ar' });
      await formWith(el);
      await settle(el);
      expect(message(el)).to.equal('يُرجى تحديد ما ينطبق، أو الضغط على «ماذا يعني هذا؟».');
    });

    it('by keyboard only: Tab to Send, Enter, focus on the first item; Space checks it, Enter sends', async () => {
      const el = checklistIn({ name: 'signs', required: '' });
      const { send, submits } = await formWith(el);
      await settle(el);
      boxes(el)[0]!.focus();
      await tabTo(send);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(submits).to.have.length(0);
      expect(deepActiveElement()).to.equal(boxes(el)[0]);

      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(boxes(el)[0]!.checked).to.equal(true);
      await tabTo(send);
      await sendKeys({ press: 'Enter' });
      expect(submits).to.have.length(1);
      expect(new FormData(form(el)).getAll('signs')).to.deep.equal(['a']);
    });
  });
});

const form = (el: Element) => el.closest('form')!;
