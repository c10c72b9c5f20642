/**
 * The autoloader: a tiny script that loads an element's code only when its tag appears in the
 * page, including tags added later. A blog post with one checklist never downloads the quiz.
 *
 *   <script type="module" src="/path/to/cdn/autoloader.js"></script>
 *
 * Before importing an element, it asks for every file that element needs at once with
 * `<link rel="modulepreload">`: the element's chunk and all it imports (else each level of imports
 * costs one more round trip) and, when the element shows its default pack, that pack.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'recipro-quiz': () => import('./components/quiz/quiz.js'),
  'recipro-checklist': () => import('./components/checklist/checklist.js'),
  'recipro-stepper': () => import('./components/stepper/stepper.js'),
  // The authoring tool is one script of its own beside this folder (`dist/builder.js`): none of its
  // code is in the elements' chunks, so pages without it download nothing more.
  'recipro-builder': () => import(/* @vite-ignore */ new URL('../builder.js', import.meta.url).href),
};

/**
 * For each tag, two lists of files relative to this script: its chunk's static closure, and what
 * its default pack adds. Written in by the build from its own output (rollup.config.mjs,
 * `preloadClosures`), so chunk names and hashes are never written here.
 */
declare const RECIPRO_CLOSURES: Record<string, string[][]>;

const requested = new Set<string>();
const preloaded = new Set<string>();

function preload(files: string[] = []): void {
  for (const file of files) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

/** An element shows its default pack unless it names another or carries its own content. */
const showsDefault = (el: Element) =>
  !el.hasAttribute('src') && !el.hasAttribute('preset') && !el.querySelector('script,ul,ol');

function load(tag: string, found: Element[]): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  const loader = loaders[tag];
  if (!loader) return;
  requested.add(tag);
  const [code, pack] = RECIPRO_CLOSURES[tag] ?? [];
  preload(code);
  if (found.some(showsDefault)) preload(pack);
  loader().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`recipro-widgets: could not load <${tag}>`, error);
  });
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(loaders)) {
    if (requested.has(tag)) continue;
    const found = [...root.querySelectorAll(tag)];
    if (root instanceof Element && root.localName === tag) found.push(root);
    if (found.length) load(tag, found);
  }
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
}).observe(document.documentElement, { childList: true, subtree: true });
