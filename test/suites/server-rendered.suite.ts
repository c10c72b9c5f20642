// Server-rendered markup meets the client: see test/node/ssr.test.mjs for what the server sends.
import { expect } from '@open-wc/testing';
import { ReciproChecklist } from '../../src/components/checklist/checklist.component.js';
import { ReciproQuiz } from '../../src/components/quiz/quiz.component.js';
import { ReciproStepper } from '../../src/components/stepper/stepper.component.js';
import { settle } from '../helpers.js';

/**
 * Markup as `@lit-labs/ssr` sends it (see test/node/ssr.test.mjs): a declarative shadow root with
 * the loading shell, the writer's list (if any) in the light DOM. The tag is defined only after the
 * markup is parsed, as when the page's script loads after its HTML.
 */
function serverRendered(tag: string, shell: string, light = ''): HTMLElement {
  const holder = document.createElement('div');
  document.body.append(holder);
  holder.setHTMLUnsafe(
    `<${tag}><template shadowrootmode="open"><style>[part~='base'] { padding: 1rem; }</style>` +
      `<div part="base" lang="en" dir="ltr"><div class="visually-hidden" role="status"></div>${shell}</div>` +
      `</template>${light}</${tag}>`,
  );
  return holder.firstElementChild as HTMLElement;
}

let count = 0;

/**
 * What each element does with markup a server rendered: the first render replaces it, once, and the
 * element works. Run on a page without lit's hydration support and on one with it.
 */
export function runServerRenderedSuite(): void {
  const fresh = (base: string) => `${base}-server-${++count}`;

  it('a quiz replaces the server’s cover with its own, once', async () => {
    const tag = fresh('recipro-quiz');
    const el = serverRendered(
      tag,
      '<section part="intro"><h2 id="intro-heading">Reciprocity balance check</h2>' +
        '<button class="primary">Start</button></section>',
    ) as ReciproQuiz;
    expect(el.shadowRoot!.querySelectorAll('button.primary')).to.have.length(1);
    customElements.define(tag, class extends ReciproQuiz {});
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~=base]')).to.have.length(1);
    expect(root.querySelectorAll('style')).to.have.length(0);
    // The element's own styles replace the server's <style>.
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(getComputedStyle(root.querySelector('[part~=base]')!).borderTopStyle).to.equal('solid');
    expect(root.querySelectorAll('h2')).to.have.length(1);
    expect(root.querySelector('h2')!.textContent).to.equal('Reciprocity balance check');
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    await settle(el);
    expect(root.querySelector('h2')!.textContent).to.equal('Question 1 of 26');
  });

  it('a checklist turns the writer’s list into checkboxes, with no leftover loading line', async () => {
    const tag = fresh('recipro-checklist');
    const el = serverRendered(
      tag,
      '<p class="muted">Loading…</p><slot></slot>',
      '<h3>Signs you share the load</h3><ul><li>Both of us feel heard.</li><li>We take turns planning.</li></ul>',
    ) as ReciproChecklist;
    customElements.define(tag, class extends ReciproChecklist {});
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~=base]')).to.have.length(1);
    expect(root.textContent).to.not.contain('Loading…');
    expect(
      [...root.querySelectorAll('input[type=checkbox]')].map((box) => box.closest('label')!.textContent!.trim()),
    ).to.deep.equal(['Both of us feel heard.', 'We take turns planning.']);
  });

  it('a stepper replaces its loading shell', async () => {
    const tag = fresh('recipro-stepper');
    const el = serverRendered(tag, '<p class="muted">Loading…</p>') as ReciproStepper;
    customElements.define(tag, class extends ReciproStepper {});
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~=base]')).to.have.length(1);
    expect(root.textContent).to.not.contain('Loading…');
    expect(root.textContent).to.contain('Reflect');
  });
}
