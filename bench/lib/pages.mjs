// The benchmark pages, generated in memory. Every page carries the same small probe (`__bench`):
// it watches every shadow root as it is attached (and the light DOM) with MutationObservers and
// records performance.now() — milliseconds since navigation start — when each host shows its
// "first complete render" selector, then the end of the frame that paints it.
import { largeChecklist, largeQuiz, toSurveyJs } from './fixtures.mjs';

const PROBE = `
(() => {
  const B = (window.__bench = {});
  const watchers = new Set();
  const notify = () => { for (const w of watchers) w(); };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(notify).observe(root, { childList: true, subtree: true });
    queueMicrotask(notify);
    return root;
  };
  new MutationObserver(notify).observe(document, { childList: true, subtree: true });
  // Resolves at the end of the next frame (after style, layout and paint on the main thread).
  B.afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve(performance.now());
    c.port2.postMessage(0);
  }));
  // specs: [{ host, selector, shadow, count }]: resolves with performance.now() when all are rendered.
  B.whenRendered = (specs) => new Promise((resolve) => {
    const done = new Set();
    const total = specs.reduce((n, s) => n + s.count, 0);
    const check = () => {
      for (const s of specs) for (const host of document.querySelectorAll(s.host)) {
        if (done.has(host)) continue;
        const root = s.shadow ? host.shadowRoot : host;
        if (root && root.querySelector(s.selector)) done.add(host);
      }
      if (done.size >= total) { watchers.delete(check); resolve(performance.now()); }
    };
    watchers.add(check);
    check();
  });
  B.specs = [];
  // When every custom element of the page is defined (its code has run), and when its scripts'
  // last byte arrived (resource timing, same clock), for the trace of a first render.
  const defined = (specs) => Promise.all(specs.map((s) => /^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(s.host)
    ? customElements.whenDefined(s.host) : undefined)).then(() => performance.now());
  B.run = (specs) => Promise.all([(B.specs = specs, B.whenRendered(specs)), defined(specs)]).then(
    async ([rendered, definedAt]) => {
      const bytesAt = Math.max(0, ...performance.getEntriesByType('resource')
        .filter((e) => e.responseEnd <= rendered)
        .map((e) => e.responseEnd));
      const painted = await B.afterPaint();
      window.__result = { rendered, painted, defined: definedAt, lastByte: bytesAt };
    });
  addEventListener('error', (e) => { window.__result = { error: String(e.message) }; });
})();`;

function page({ title, head = '', body = '', specs }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport"
  content="width=device-width,initial-scale=1"><title>${title}</title>
<script>${PROBE}
__bench.run(${JSON.stringify(specs)});</script>
${head}
</head><body style="max-width:760px;margin:1.5rem auto;font-family:system-ui,sans-serif">
${body}
</body></html>`;
}

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

// What counts as each element's first complete render.
export const FIRST = {
  quiz: 'section[part=intro] button',
  checklist: 'ul.items li.item input',
  stepper: 'section.step h3',
  surveyStart: '.sd-navigation__start-btn',
  typeform: 'iframe',
};

const recipro = {
  auto: '<script type="module" src="/dist/cdn/autoloader.js"></script>',
  all: '<script type="module" src="/dist/recipro.js"></script>',
};
const plain = '<script type="module" src="/dist/bench/plain-lit.js"></script>';

export function buildPages(defaultQuiz) {
  const pages = new Map();
  const surveyJson = toSurveyJs(defaultQuiz);
  const quiz200 = largeQuiz(200);
  const list100 = largeChecklist(100);

  // 2. Time to first render.
  for (const el of ['quiz', 'checklist', 'stepper']) {
    const spec = (host) => [{ host, selector: FIRST[el], shadow: true, count: 1 }];
    pages.set(
      `first-auto-${el}`,
      page({ title: el, head: recipro.auto, body: `<recipro-${el}></recipro-${el}>`, specs: spec(`recipro-${el}`) }),
    );
    pages.set(
      `first-all-${el}`,
      page({ title: el, head: recipro.all, body: `<recipro-${el}></recipro-${el}>`, specs: spec(`recipro-${el}`) }),
    );
    pages.set(
      `first-plain-${el}`,
      page({ title: el, head: plain, body: `<plain-${el}></plain-${el}>`, specs: spec(`plain-${el}`) }),
    );
  }
  const surveyHead = (json) => `<link rel="stylesheet" href="/node_modules/survey-core/survey-core.min.css">
<script>window.__surveyJson = ${json};</script>
<script type="module">
import '/dist/bench/surveyjs.js';
window.__surveys = [...document.querySelectorAll('.survey')].map((el) => ({
  el,
  model: benchSurvey(window.__surveyJson, el),
}));
// Used by the scale benchmark: take every survey off the page, and put them back.
window.__unmount = () => {
  for (const { el, model } of window.__surveys) benchSurveyRemove(el, model);
  window.__surveys = [];
};
window.__mount = (n) => {
  for (let i = 0; i < n; i++) {
    const el = document.body.appendChild(document.createElement('div'));
    el.className = 'survey';
    window.__surveys.push({ el, model: benchSurvey(window.__surveyJson, el) });
  }
};
</script>`;
  pages.set(
    'first-survey-quiz',
    page({
      title: 'surveyjs',
      head: surveyHead(json(surveyJson)),
      body: '<div class="survey"></div>',
      specs: [{ host: '.survey', selector: FIRST.surveyStart, shadow: false, count: 1 }],
    }),
  );
  pages.set(
    'first-typeform',
    page({
      title: 'typeform',
      head: `<link rel="stylesheet" href="/node_modules/@typeform/embed/build/css/widget.css">
<script type="module">import '/dist/bench/typeform.js'; benchTypeform(document.getElementById('tf'));</script>`,
      body: '<div id="tf" style="height:500px"></div>',
      specs: [{ host: '#tf', selector: FIRST.typeform, shadow: false, count: 1 }],
    }),
  );

  // 3. Interaction: the definition is set as a property before the element upgrades.
  const withDef = (tag, attrs, def) =>
    `<${tag} ${attrs}></${tag}><script>document.querySelector('${tag}').definition = ${json(def)};</script>`;
  for (const [lib, head, prefix] of [
    ['rq', recipro.all, 'recipro'],
    ['plain', plain, 'plain'],
  ]) {
    for (const layout of ['paged', 'list']) {
      pages.set(
        `ix-${lib}-quiz-${layout}`,
        page({
          title: 'ix',
          head,
          body: withDef(`${prefix}-quiz`, `layout="${layout}"`, quiz200),
          specs: [{ host: `${prefix}-quiz`, selector: FIRST.quiz, shadow: true, count: 1 }],
        }),
      );
    }
    pages.set(
      `ix-${lib}-checklist`,
      page({
        title: 'ix',
        head,
        body: withDef(`${prefix}-checklist`, '', list100),
        specs: [{ host: `${prefix}-checklist`, selector: FIRST.checklist, shadow: true, count: 1 }],
      }),
    );
    pages.set(
      `ix-${lib}-stepper`,
      page({
        title: 'ix',
        head,
        body: `<${prefix}-stepper></${prefix}-stepper>`,
        specs: [{ host: `${prefix}-stepper`, selector: FIRST.stepper, shadow: true, count: 1 }],
      }),
    );
  }

  // 4. Scale: 50 elements (17 quizzes, 17 checklists, 16 steppers; SurveyJS: 50 quizzes), and the same page empty.
  const mix = { quiz: 17, checklist: 17, stepper: 16 };
  for (const n of [0, 50]) {
    for (const [lib, head, prefix] of [
      ['rq', recipro.all, 'recipro'],
      ['plain', plain, 'plain'],
    ]) {
      const counts = Object.fromEntries(Object.entries(mix).map(([el, c]) => [el, n ? c : 0]));
      const body = Object.entries(counts)
        .map(([el, c]) => `<${prefix}-${el}></${prefix}-${el}>`.repeat(c))
        .join('\n');
      const specs = Object.entries(counts).map(([el, c]) => ({
        host: `${prefix}-${el}`,
        selector: FIRST[el],
        shadow: true,
        count: c,
      }));
      const mount = `<script>
window.__unmount = () => { for (const el of document.querySelectorAll('${Object.keys(mix)
        .map((el) => `${prefix}-${el}`)
        .join(',')}')) el.remove(); };
window.__mount = () => document.body.insertAdjacentHTML('beforeend', ${json(body)});
</script>`;
      pages.set(`scale-${lib}-${n}`, page({ title: 'scale', head: head + mount, body, specs }));
    }
    pages.set(
      `scale-survey-${n}`,
      page({
        title: 'scale',
        head: surveyHead(json(surveyJson)),
        body: '<div class="survey"></div>'.repeat(n),
        specs: [{ host: '.survey', selector: FIRST.surveyStart, shadow: false, count: n }],
      }),
    );
  }
  return pages;
}
