// The one set of test helpers: reading an element's shadow DOM, waiting, driving each element
// to completion as a reader would (in this window or in an iframe page of the built bundle),
// breaking storage, accessibility checks and a scanner for dangerous markup.
import { aTimeout, expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';

/** A recipro element, or any lit element: something with an `updateComplete`. */
export type Lit = HTMLElement & { updateComplete: Promise<boolean> };
type QuizLike = Lit & { quiz?: { items: { dimension?: string }[] } };
type StepperLike = Lit & { stepper?: { steps: { id: string }[] } };

// ---------------------------------------------------------------------------------------------
// Reading the shadow DOM

/** The element's shadow root, typed. */
export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** Text with runs of white space collapsed, trimmed. */
export const squash = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** The first match in the element's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  shadow(el).querySelector<T>(selector)!;

/** Every match in the element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...shadow(el).querySelectorAll<T>(selector),
];

/** The squashed text of the first match in the shadow root ('' when there is none). */
export const text = (el: Element, selector: string): string => squash($(el, selector)?.textContent);

/** The button in `root` whose text is `label`. */
export const buttonNamed = (root: ParentNode, label: string): HTMLButtonElement | undefined =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => squash(b.textContent) === label);

/** The button in the element's shadow root whose text is `label`. */
export const button = (el: Element, label: string): HTMLButtonElement => buttonNamed(shadow(el), label)!;

/** The element focused inside a shadow root (or the document). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// ---------------------------------------------------------------------------------------------
// Waiting

/** Waits for an element's pending update (and one more, for changes made in `updated`). */
export async function settle(element: { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  await aTimeout(0);
  await element.updateComplete;
}

/** Polls until `condition` holds; fails after `ms`. For things that happen, never to prove that one did not. */
export async function until(condition: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Presses `keys` one after another (`Shift+Tab` holds Shift, `Control+A` Control), letting `el` draw after each. */
export async function pressKeys(el: { updateComplete: Promise<boolean> }, ...keys: string[]): Promise<void> {
  for (const combo of keys) {
    const [key, ...held] = combo.split('+').reverse();
    for (const modifier of held) await sendKeys({ down: modifier });
    await sendKeys({ press: key! });
    for (const modifier of held) await sendKeys({ up: modifier });
    await settle(el);
  }
}

/** Types `value` where the focus is, letting `el` draw after. */
export async function typeKeys(el: { updateComplete: Promise<boolean> }, value: string): Promise<void> {
  await sendKeys({ type: value });
  await settle(el);
}

// ---------------------------------------------------------------------------------------------
// Configuring

/** A `<script type="application/json">` holding a definition (or raw text). */
export function jsonScript(definition: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof definition === 'string' ? definition : JSON.stringify(definition);
  return script;
}

/** Sets attributes from `name=value name=value` (a bare name sets an empty value). */
export function setAttributes(el: Element, attrs: string | Record<string, string>): void {
  const pairs =
    typeof attrs === 'string'
      ? attrs
          .split(' ')
          .filter(Boolean)
          .map((pair) => pair.split('=') as [string, string?])
      : Object.entries(attrs);
  for (const [name, value] of pairs) el.setAttribute(name, value ?? '');
}

// ---------------------------------------------------------------------------------------------
// Acting as a reader

/** Clicks an element at its centre with the real mouse. */
export async function click(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Starts (if needed) and answers every remaining question, then sees the result; returns the result heading. */
export async function completeQuiz(el: QuizLike): Promise<string> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  buttonNamed(root, 'Start')?.click();
  await el.updateComplete;
  for (let guard = 0; guard < el.quiz!.items.length + 2 && !root.querySelector('[part~=result]'); guard++) {
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const index = Number(root.querySelector('fieldset')?.id.replace('item-', '') ?? 0);
    if (!radios.some((r) => r.checked))
      radios[Math.min(el.quiz!.items[index]?.dimension ? 3 : 0, radios.length - 1)]!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.actions .primary')!.click();
    await el.updateComplete;
  }
  return root.querySelector('h2')!.textContent!;
}

/** Checks every item and asks for the takeaway; returns the result text. */
export async function completeChecklist(el: Lit): Promise<string> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    if (!box.checked) box.click();
    await el.updateComplete;
  }
  buttonNamed(root, 'See what this means')!.click();
  await el.updateComplete;
  return root.querySelector('[part~=result]')?.textContent ?? '';
}

/**
 * Writes `note` into every notes field of every step and presses its one way on ("Done — next
 * step", "Done — see summary" on the last); returns how often it completed.
 */
export async function completeStepper(
  el: StepperLike,
  note: (step: number, field: number) => string = () => 'a note',
): Promise<number> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  let completed = 0;
  const count = () => completed++;
  el.addEventListener('recipro-complete', count);
  const steps = el.stepper!.steps.length;
  for (let step = 0; step < steps; step++) {
    root.querySelectorAll<HTMLButtonElement>('.step-link')[step]!.click();
    await el.updateComplete;
    root.querySelectorAll<HTMLTextAreaElement>('textarea').forEach((field, i) => {
      field.value = note(step, i);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#step-done')!.click();
    await el.updateComplete;
  }
  buttonNamed(root, 'Summary')?.click();
  await el.updateComplete;
  el.removeEventListener('recipro-complete', count);
  return completed;
}

// ---------------------------------------------------------------------------------------------
// Breaking the page's services

/** Makes one Web Storage method throw (`QuotaExceededError` by default); returns the undo. */
export function failStorage(
  method: 'getItem' | 'setItem' | 'removeItem',
  error: () => Error = () => new DOMException('full', 'QuotaExceededError'),
): () => void {
  const original = Storage.prototype[method];
  Storage.prototype[method] = () => {
    throw error();
  };
  return () => {
    Storage.prototype[method] = original as never;
  };
}

/** Replaces `navigator.clipboard.writeText`; `copied` holds what was written. Returns the undo too. */
export function captureClipboard(): { copied: string[]; restore: () => void } {
  const copied: string[] = [];
  const original = navigator.clipboard.writeText;
  navigator.clipboard.writeText = async (value: string) => void copied.push(value);
  return { copied, restore: () => void (navigator.clipboard.writeText = original) };
}

/** Presses the element's "Copy as text" and returns what was written to the clipboard meanwhile. */
export async function copyAsText(el: Lit): Promise<string[]> {
  const clipboard = captureClipboard();
  try {
    button(el, 'Copy as text').click();
    // Twice: the summary's code loads on the first copy.
    await settle(el);
    await settle(el);
  } finally {
    clipboard.restore();
  }
  return clipboard.copied;
}

// ---------------------------------------------------------------------------------------------
// Pages of the built bundle, in an iframe

export interface PageWindow extends Window {
  __violations: string[];
  __errors: string[];
  __console?: string[];
  __hostLoaded?: string[];
  __xss?: unknown;
}

/** Opens a test page in an 800 × 600 iframe and waits for its `load` event. */
export async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

/** Paths of the resources a window has fetched so far. */
export const resourcePaths = (win: Window): string[] =>
  win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

// ---------------------------------------------------------------------------------------------
// Accessibility

/** The WCAG 2.2 AA rule tags: `wcag22aa` makes axe check target size (2.5.8). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[]; html: string; failureSummary?: string }[] }[];
}
type Axe = { run(context: Element, options: object): Promise<AxeResult> };

let axePromise: Promise<Axe> | undefined;
let reducedMotion: Promise<void> | undefined;
async function loadAxe(): Promise<Axe> {
  const w = window as unknown as { axe?: Axe };
  if (!w.axe) await import('axe-core/axe.min.js' as string);
  return w.axe!;
}

/** Runs axe with the WCAG 2.2 AA tags on an element and fails with readable violations. */
export async function expectAccessible(element: Element): Promise<void> {
  const axe = await (axePromise ??= loadAxe());
  // No transitions mid-check: colour contrast must be measured on settled colours.
  await (reducedMotion ??= emulateMedia({ reducedMotion: 'reduce' }));
  const result = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  const nodes = (v: AxeResult['violations'][number]) =>
    v.nodes.map((n) => `  ${n.target.join(' ')}\n  ${n.html}\n  ${n.failureSummary ?? ''}`).join('\n');
  const report = result.violations.map((v) => `${v.id}: ${v.help}\n${nodes(v)}`).join('\n\n');
  expect(result.violations.length, report).to.equal(0);
}

// ---------------------------------------------------------------------------------------------
// Dangerous markup

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc', 'background', 'poster'];

/** Every element in `root`, through open shadow roots. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Problems in an element's DOM (shadow and light): on* attributes, javascript: URLs, script or iframe elements. */
export function dangerousMarkup(host: Element): string[] {
  const found: string[] = [];
  const roots: ParentNode[] = [host];
  if (host.shadowRoot) roots.push(host.shadowRoot);
  for (const root of roots) {
    for (const el of deepElements(root)) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (/^on/i.test(attr)) found.push(`<${el.localName} ${attr}="${value.slice(0, 40)}">`);
        // Browsers ignore control characters and whitespace before the scheme.
        if (
          URL_ATTRIBUTES.includes(attr.toLowerCase()) &&
          /^(javascript|vbscript|data):/i.test(value.replace(/[\s\p{Cc}]/gu, ''))
        )
          found.push(`<${el.localName} ${attr}="${value.slice(0, 40)}">`);
      }
      const ok =
        el.localName === 'script' &&
        ['application/json', 'application/ld+json'].includes((el as HTMLScriptElement).type);
      if (['script', 'iframe', 'object', 'embed', 'foreignobject'].includes(el.localName) && !ok)
        found.push(`<${el.localName}>`);
    }
  }
  return found;
}
