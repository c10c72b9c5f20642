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

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
const buttonNamed = (root: ShadowRoot, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);

/** Checks every item of a checklist and asks for the takeaway. */
async function completeChecklist(el: Lit): Promise<string> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.click();
    await el.updateComplete;
  }
  buttonNamed(root, 'See what this means')!.click();
  await el.updateComplete;
  return root.querySelector('[part~=result]')?.textContent ?? '';
}

/** Marks every step of a stepper done, writing a note on the way. */
async function completeStepper(el: Lit): Promise<number> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  let completed = 0;
  el.addEventListener('recipro-complete', () => completed++);
  for (let step = 0; step < 7; step++) {
    const notes = root.querySelector<HTMLTextAreaElement>('textarea')!;
    notes.value = '<img src=x onerror="window.__xss=1"> a note';
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    buttonNamed(root, 'Mark as done')!.click();
    await el.updateComplete;
    buttonNamed(root, 'Next')?.click();
    await el.updateComplete;
  }
  return completed;
}

describe('the built script-tag bundles', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('render and complete under the strict CSP with zero violations', async () => {
    sessionStorage.clear(); // frames share the top page's session storage
    const { win, doc } = await openPage('/test/pages/csp.html');
    await until(() => !!win.customElements.get('recipro-stepper'));
    expect(await completeQuiz(doc.querySelector('recipro-quiz') as QuizLike)).to.equal('Your result');
    const [writers, preset] = [...doc.querySelectorAll<Lit>('recipro-checklist')];
    expect(await completeChecklist(writers!)).to.not.equal('');
    expect(await completeChecklist(preset!)).to.not.equal('');
    // The writer's list got its JSON-LD through the Trusted Types policy.
    expect(JSON.parse(writers!.querySelector('script[type="application/ld+json"]')!.textContent!)['@type']).to.equal(
      'ItemList',
    );
    expect(await completeStepper(doc.querySelector<Lit>('recipro-stepper')!)).to.equal(1);
    // The stepper keeps progress (persist="session"): its storage code loaded on demand and saved.
    expect(Object.keys(win.sessionStorage).filter((k) => k.startsWith('recipro:stepper:'))).to.have.length(1);
    expect((win as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('an English page downloads no other language', async () => {
    const { win, doc } = await openPage('/test/pages/csp.html');
    await until(() => !!win.customElements.get('recipro-quiz'));
    await (doc.querySelector('recipro-quiz') as QuizLike).updateComplete;
    const chunks = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(chunks.filter((p) => /locale-/.test(p))).to.deep.equal([]);
  });

  it('a French quiz page loads the French strings and the French quiz, nothing of the other packs or languages', async () => {
    const { win, doc } = await openPage('/test/pages/french.html');
    await until(() => !!win.customElements.get('recipro-quiz'));
    const quiz = doc.querySelector('recipro-quiz') as QuizLike;
    await until(() => quiz.shadowRoot?.querySelector('[part~=base]')?.getAttribute('lang') === 'fr');
    await quiz.updateComplete;
    const chunks = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    const locales = chunks
      .filter((p) => p.includes('/chunks/locale-'))
      .map((p) => p.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, ''));
    expect(locales).to.have.members(['locale-fr', 'locale-fr-quiz', 'locale-fr-common', 'locale-fr-resources']);
    expect(quiz.shadowRoot!.querySelector('h2')!.textContent).to.not.equal('Reciprocity balance check');
    expect(win.__violations).to.deep.equal([]);
  });

  it('recipro.js shows the default checklist from its own bytes, with no chunk to fetch', async () => {
    const { win, doc } = await openPage('/test/pages/recipro-default.html');
    await until(() => !!win.customElements.get('recipro-checklist'));
    const checklist = doc.querySelector('recipro-checklist') as Lit;
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelectorAll('input[type=checkbox]').length).to.equal(8);
    expect(
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.includes('/chunks/')),
    ).to.deep.equal([]);
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
    const scripts = () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js'));
    expect(scripts().filter((p) => p.includes('/chunks/'))).to.deep.equal([]);
    expect(win.customElements.get('recipro-quiz')).to.equal(undefined);
    doc.body.append(doc.createElement('recipro-quiz'));
    await until(() => !!win.customElements.get('recipro-quiz'));
    expect(await completeQuiz(doc.querySelector('recipro-quiz') as QuizLike)).to.equal('Your result');
    // The built-in pack needs no validator: only the quiz's chunk (and what it imports) was fetched.
    expect(scripts().some((p) => /\/chunks\/parse-/.test(p))).to.equal(false);
    // The chunks the quiz's chunk imports were requested with it, not one round trip later.
    const timing = (name: string) =>
      win.performance
        .getEntriesByType('resource')
        .find((e) => new RegExp(`/chunks/${name}-[\\w-]{8}\\.js$`).test(e.name)) as PerformanceResourceTiming;
    expect(timing('define').startTime).to.be.lessThan(timing('quiz').responseEnd);
    expect(win.__errors).to.deep.equal([]);
  });

  it("a blog post whose checklist is the writer's list downloads the checklist alone; a built-in pack adds only that pack", async () => {
    const { win, doc } = await openPage('/test/pages/blog-list.html');
    await until(() => !!win.customElements.get('recipro-checklist'));
    const list = doc.querySelector('recipro-checklist') as Lit;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelectorAll('input[type=checkbox]').length).to.equal(3);
    const chunks = () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.includes('/chunks/'))
        .map((p) => p.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, ''));
    const forList = chunks();
    expect(forList).to.include('checklist');
    for (const unwanted of [
      'quiz',
      'stepper',
      'parse',
      'persist-storage',
      'submit-controller',
      'romantic-signs',
      'one-sided-signs',
      'locale-fr',
    ])
      expect(forList).not.to.include(unwanted);
    // Nor the other elements' interface strings.
    const paths = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js'));
    const code = (await Promise.all(paths.map((p) => fetch(p).then((r) => r.text())))).join('\n');
    expect(code).to.include('See what this means');
    for (const other of ['See my result', 'Mark as done']) expect(code).not.to.include(other);

    const pack = doc.createElement('recipro-checklist') as Lit;
    doc.body.append(pack);
    await until(() => !!pack.shadowRoot?.querySelector('input[type=checkbox]'));
    const added = chunks().filter((c) => !forList.includes(c));
    expect(added).to.include('romantic-signs');
    expect(added.filter((c) => /signs|balance|reciprocity|steps|quiz|stepper|parse/.test(c))).to.deep.equal([
      'romantic-signs',
    ]);
    expect(win.__errors).to.deep.equal([]);
  });
});
