// Tests of the built files (run `npm run build` first; `npm test` does): the script-tag bundles
// under a strict Content-Security-Policy, double inclusion and the autoloader.
import { expect } from '@open-wc/testing';

interface PageWindow extends Window {
  __violations: string[];
  __errors: string[];
}

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

type QuizLike = HTMLElement & { updateComplete: Promise<boolean>; quiz?: { items: { dimension?: string }[] } };

/** Completes a quiz inside a page by clicking, as a reader would. */
async function completeQuiz(el: QuizLike): Promise<string> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  root.querySelector<HTMLButtonElement>('button.primary')!.click();
  for (const item of el.quiz!.items) {
    await el.updateComplete;
    root.querySelectorAll<HTMLInputElement>('input[type=radio]')[item.dimension ? 3 : 0]!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.actions .primary')!.click();
  }
  await el.updateComplete;
  return root.querySelector('h2')!.textContent!;
}

describe('the built script-tag bundles', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('render and complete under the strict CSP with zero violations', async () => {
    const { win, doc } = await openPage('/test/pages/csp.html');
    await until(() => !!win.customElements.get('recipro-quiz'));
    expect(await completeQuiz(doc.querySelector('recipro-quiz') as QuizLike)).to.equal('Your result');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('the test page really enforces the policy', async () => {
    const { win, doc } = await openPage('/test/pages/csp.html');
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    doc.body.append(probe);
    await until(() => win.__violations.length > 0);
    expect(win.__violations[0]).to.match(/^style-src-attr /);
  });

  it('define each element once when included several ways, without errors', async () => {
    const { win, doc } = await openPage('/test/pages/double.html');
    await until(() => !!win.customElements.get('recipro-quiz'));
    await new Promise((r) => setTimeout(r, 300));
    expect(win.__errors).to.deep.equal([]);
    expect(await completeQuiz(doc.querySelector('recipro-quiz') as QuizLike)).to.equal('Your result');
  });

  it('the autoloader loads an element when its tag is added later, and nothing before', async () => {
    const { win, doc } = await openPage('/test/pages/autoloader.html');
    await new Promise((r) => setTimeout(r, 200));
    const scripts = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'));
    expect(scripts().filter((p) => p.includes('/chunks/'))).to.deep.equal([]);
    expect(win.customElements.get('recipro-quiz')).to.equal(undefined);
    doc.body.append(doc.createElement('recipro-quiz'));
    await until(() => !!win.customElements.get('recipro-quiz'));
    expect(await completeQuiz(doc.querySelector('recipro-quiz') as QuizLike)).to.equal('Your result');
    // The built-in pack needs no validator: only the quiz's chunk (and what it imports) was fetched.
    expect(scripts().some((p) => /\/chunks\/parse-/.test(p))).to.equal(false);
    expect(win.__errors).to.deep.equal([]);
  });
});
