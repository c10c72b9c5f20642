// Tests of the built files (run `npm run build` first; `npm test` does): the script-tag bundles
// under a strict Content-Security-Policy, double inclusion and the autoloader.
import { expect } from '@open-wc/testing';
import {
  completeChecklist,
  completeQuiz,
  completeStepper,
  openPage,
  resourcePaths,
  until,
  type Lit,
} from '../helpers.js';

type QuizLike = Lit & { quiz?: { items: { dimension?: string }[] } };
type StepperLike = Lit & { stepper?: { steps: { id: string }[] } };

/** A note carrying markup that would run a script if it were ever parsed as HTML. */
const hostileNote = () => '<img src=x onerror="window.__xss=1"> a note';

/** The built chunks a window has fetched, by name (`quiz`, `locale-fr`), without their hashes. */
const chunksOf = (win: Window) =>
  resourcePaths(win)
    .filter((p) => p.includes('/chunks/'))
    .map((p) => p.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, ''));

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
    expect(await completeStepper(doc.querySelector<StepperLike>('recipro-stepper')!, hostileNote)).to.equal(1);
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
    expect(resourcePaths(win).filter((p) => /locale-/.test(p))).to.deep.equal([]);
  });

  it('a French quiz page loads the French strings and quiz, nothing of the other packs or languages', async () => {
    const { win, doc } = await openPage('/test/pages/french.html');
    await until(() => !!win.customElements.get('recipro-quiz'));
    const quiz = doc.querySelector('recipro-quiz') as QuizLike;
    await until(() => quiz.shadowRoot?.querySelector('[part~=base]')?.getAttribute('lang') === 'fr');
    await quiz.updateComplete;
    const locales = chunksOf(win).filter((c) => c.startsWith('locale-'));
    expect(locales).to.have.members(['locale-fr', 'locale-fr-quiz', 'locale-fr-common', 'locale-fr-resources']);
    expect(quiz.shadowRoot!.querySelector('h2')!.textContent).to.not.equal('Reciprocity balance check');
    expect(win.__violations).to.deep.equal([]);
  });

  it('recipro.js shows the default checklist from its own bytes; only the support code follows', async () => {
    const { win, doc } = await openPage('/test/pages/recipro-default.html');
    await until(() => !!win.customElements.get('recipro-checklist'));
    const checklist = doc.querySelector('recipro-checklist') as Lit;
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelectorAll('input[type=checkbox]').length).to.equal(9);
    // The helplines and the way out, fetched side by side just after the first render.
    expect(chunksOf(win)).to.have.members(['support', 'support-views']);
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
    // Every script of the page has run by its load event; the quiz is then completed, so any error
    // from a second definition, at load or later, has been recorded before the check.
    const { win, doc } = await openPage('/test/pages/double.html');
    await until(() => !!win.customElements.get('recipro-quiz'));
    expect(await completeQuiz(doc.querySelector('recipro-quiz') as QuizLike)).to.equal('Your result');
    expect(win.__errors).to.deep.equal([]);
  });

  it('the autoloader loads an element when its tag is added later, and nothing before', async () => {
    // The autoloader has scanned the page by its load event; a chunk it asked for then would have
    // arrived before the quiz's own, asked for later: so, after the quiz, no other element's chunk.
    const { win, doc } = await openPage('/test/pages/autoloader.html');
    const scripts = () => resourcePaths(win).filter((p) => p.endsWith('.js'));
    expect(chunksOf(win)).to.deep.equal([]);
    expect(win.customElements.get('recipro-quiz')).to.equal(undefined);
    doc.body.append(doc.createElement('recipro-quiz'));
    await until(() => !!win.customElements.get('recipro-quiz'));
    expect(await completeQuiz(doc.querySelector('recipro-quiz') as QuizLike)).to.equal('Your result');
    expect(chunksOf(win).filter((c) => c === 'checklist' || c === 'stepper')).to.deep.equal([]);
    expect(win.customElements.get('recipro-checklist')).to.equal(undefined);
    expect(win.customElements.get('recipro-stepper')).to.equal(undefined);
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

  it("the autoloader asks for an element's whole closure and its default pack in one wave", async () => {
    const { win, doc } = await openPage('/test/pages/autoloader.html');
    doc.body.append(doc.createElement('recipro-checklist'));
    await until(() => !!doc.querySelector('recipro-checklist')!.shadowRoot?.querySelector('input[type=checkbox]'));
    const timing = (name: string) =>
      win.performance
        .getEntriesByType('resource')
        .find((e) => new RegExp(`/chunks/${name}-[\\w-]{8}\\.js$`).test(e.name)) as PerformanceResourceTiming;
    // The pack (a chunk the checklist imports only once it runs) and what the pack imports were
    // requested before the checklist's chunk had arrived: not one or two round trips later.
    for (const chunk of ['define', 'romantic-signs', 'common', 'resources'])
      expect(timing(chunk).startTime, chunk).to.be.lessThan(timing('checklist').responseEnd);
    // Resolved against the autoloader's own URL, not the page's.
    const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.href);
    expect(preloads.length).to.be.greaterThan(3);
    for (const href of preloads) expect(href).to.match(/\/dist\/cdn\/chunks\/[\w-]+\.js$/);
    expect(win.__errors).to.deep.equal([]);
  });

  it('the autoloader loads the builder, dist/builder.js, only for its own tag', async () => {
    const { win, doc } = await openPage('/test/pages/autoloader.html');
    expect(resourcePaths(win).filter((p) => p.endsWith('/builder.js'))).to.deep.equal([]);
    doc.body.append(doc.createElement('recipro-builder'));
    await until(() => !!doc.querySelector('recipro-builder')!.shadowRoot?.querySelector('textarea#json'));
    expect(resourcePaths(win).filter((p) => p.endsWith('/builder.js'))).to.deep.equal(['/dist/builder.js']);
    // One script of its own: none of the elements' CDN chunks.
    expect(chunksOf(win)).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it("a blog post with a writer's list loads only the checklist; a built-in pack adds only that pack", async () => {
    const { win, doc } = await openPage('/test/pages/blog-list.html');
    await until(() => !!win.customElements.get('recipro-checklist'));
    const list = doc.querySelector('recipro-checklist') as Lit;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelectorAll('input[type=checkbox]').length).to.equal(3);
    const forList = chunksOf(win);
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
    const paths = resourcePaths(win).filter((p) => p.endsWith('.js'));
    const code = (await Promise.all(paths.map((p) => fetch(p).then((r) => r.text())))).join('\n');
    expect(code).to.include('See what this means');
    for (const other of ['See my result', 'Done — next step']) expect(code).not.to.include(other);

    const pack = doc.createElement('recipro-checklist') as Lit;
    doc.body.append(pack);
    await until(() => !!pack.shadowRoot?.querySelector('input[type=checkbox]'));
    const added = chunksOf(win).filter((c) => !forList.includes(c));
    expect(added).to.include('romantic-signs');
    expect(added.filter((c) => /signs|balance|reciprocity|steps|quiz|stepper|parse/.test(c))).to.deep.equal([
      'romantic-signs',
    ]);
    expect(win.__errors).to.deep.equal([]);
  });
});
