// The baseline: three plain lit elements with markup similar to this library's (intro → questions
// → nothing more; a checkbox list with a live count; a step list with one open step). No schema
// validation, no persistence, no i18n, no result screen: what "just lit" costs. Bundled by
// bench/lib/build.mjs with rollup + terser from the repo's own `lit`, with the same default
// content packs the library ships (from dist/npm/content), so bytes compare like with like.
/* global customElements */
import { LitElement, css, html } from 'lit';
import { reciprocityBalance } from '../../dist/npm/content/quiz/reciprocity-balance.js';
import { romanticSigns } from '../../dist/npm/content/checklists/romantic-signs.js';
import { reciproSteps } from '../../dist/npm/content/stepper/recipro-steps.js';

const base = css`
  :host { display: block; font: inherit; }
  .muted { opacity: 0.75; }
  button { font: inherit; padding: 0.4em 0.9em; }
  fieldset { border: 0; margin: 0 0 1em; padding: 0; }
  label { display: block; }
`;

const text = (t) => (typeof t === 'string' ? t : (t.partner ?? Object.values(t)[0]));

class PlainQuiz extends LitElement {
  static properties = {
    layout: {},
    definition: { attribute: false },
    screen: { state: true },
    index: { state: true },
    answers: { state: true },
  };
  static styles = base;
  constructor() {
    super();
    this.layout = 'paged';
    this.definition = reciprocityBalance;
    this.screen = 'intro';
    this.index = 0;
    this.answers = {};
  }
  choices(d, item, i) {
    const scale = d.scales.find((s) => s.id === item.scale);
    return html`<fieldset role="radiogroup" class="question" id="item-${i}">
      <legend>${text(item.text)}</legend>
      ${scale.options.map(
        (o) =>
          html`<label class="option"><input type="radio" name="item-${i}" .checked=${
            this.answers[item.id] === o.value
          } @change=${() => (this.answers = { ...this.answers, [item.id]: o.value })} /><span>${
            o.label
          }</span></label>`,
      )}
    </fieldset>`;
  }
  render() {
    const d = this.definition;
    if (this.screen === 'intro') {
      return html`<section part="intro"><h2>${d.title}</h2>${
        d.intro ? html`<p>${d.intro}</p>` : ''
      }<p class="muted">${d.items.length} questions</p><p>${d.disclaimer}</p>
        <div class="actions"><button class="primary" @click=${() =>
          (this.screen = 'questions')}>Start</button></div></section>`;
    }
    if (this.layout === 'list') {
      const answered = Object.keys(this.answers).length;
      return html`<form class="list"><progress max=${d.items.length} value=${answered}></progress><p class="muted">${
        answered
      } of ${d.items.length} answered</p>
        <ol class="items">${d.items.map((item, i) => html`<li>${this.choices(d, item, i)}</li>`)}</ol></form>`;
    }
    const item = d.items[this.index];
    return html`<form class="paged"><progress max=${d.items.length} value=${this.index + 1}></progress>
      ${this.choices(d, item, this.index)}
      <div class="actions"><button type="button" @click=${() =>
        (this.index = Math.max(0, this.index - 1))}>Back</button>
      <button type="button" class="primary next" @click=${() =>
        (this.index = Math.min(d.items.length - 1, this.index + 1))}>Next</button></div></form>`;
  }
}

class PlainChecklist extends LitElement {
  static properties = { definition: { attribute: false }, checked: { state: true } };
  static styles = base;
  constructor() {
    super();
    this.definition = romanticSigns;
    this.checked = new Set();
  }
  toggle(id, on) {
    const next = new Set(this.checked);
    if (on) next.add(id);
    else next.delete(id);
    this.checked = next;
  }
  render() {
    const d = this.definition;
    return html`<h2>${d.title}</h2><ul class="items">${d.items.map(
      (item) =>
        html`<li class="item"><label><input type="checkbox" .checked=${this.checked.has(item.id)} @change=${(e) =>
          this.toggle(item.id, e.target.checked)} /><span>${item.text}</span></label></li>`,
    )}</ul><p class="count">${this.checked.size} of ${d.items.length} checked</p>`;
  }
}

class PlainStepper extends LitElement {
  static properties = { definition: { attribute: false }, current: { state: true } };
  static styles = base;
  constructor() {
    super();
    this.definition = reciproSteps;
    this.current = 0;
  }
  render() {
    const d = this.definition;
    const step = d.steps[this.current];
    return html`<nav><ol class="step-list">${d.steps.map(
      (s, i) =>
        html`<li><button type="button" class="step-link" aria-current=${
          i === this.current ? 'step' : 'false'
        } @click=${() => (this.current = i)}>${s.title}</button></li>`,
    )}</ol></nav>
      <section class="step"><h3>Step ${this.current + 1} of ${d.steps.length}: ${step.title}</h3><p>${
        step.summary
      }</p><p>${step.body}</p>
        ${step.prompts.map(
          (p) =>
            html`<div class="prompt"><label for="n-${p.id}">${p.text}</label><textarea id="n-${
              p.id
            }" rows="4"></textarea></div>`,
        )}
        <div class="practice"><h4>Practice</h4><p>${step.practice.text}</p></div></section>`;
  }
}

customElements.define('plain-quiz', PlainQuiz);
customElements.define('plain-checklist', PlainChecklist);
customElements.define('plain-stepper', PlainStepper);
