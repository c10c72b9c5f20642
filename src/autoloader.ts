/**
 * The autoloader: a tiny script that loads an element's code only when its tag appears in the
 * page, including tags added later. A blog post with one checklist never downloads the quiz.
 *
 *   <script type="module" src="/path/to/cdn/autoloader.js"></script>
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'recipro-quiz': () => import('./components/quiz/quiz.js'),
  'recipro-checklist': () => import('./components/checklist/checklist.js'),
  'recipro-stepper': () => import('./components/stepper/stepper.js'),
};

const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  const loader = loaders[tag];
  if (!loader) return;
  requested.add(tag);
  loader().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`recipro-widgets: could not load <${tag}>`, error);
  });
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(loaders)) {
    if (!requested.has(tag) && ((root instanceof Element && root.localName === tag) || root.querySelector(tag)))
      load(tag);
  }
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
}).observe(document.documentElement, { childList: true, subtree: true });
