// Drivers that complete each element as a reader would (by clicking), in this window or in an
// iframe page of the built bundle, and a scanner for dangerous markup in an element's DOM.

export type Lit = HTMLElement & { updateComplete: Promise<boolean> };
type QuizLike = Lit & { quiz?: { items: { dimension?: string }[] } };
type StepperLike = Lit & { stepper?: { steps: { id: string }[] } };

export const buttonNamed = (root: ShadowRoot, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);

export async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
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

/** Writes `note` into every notes field of every step and marks each done; returns how often it completed. */
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
    buttonNamed(root, 'Mark as done')?.click();
    await el.updateComplete;
  }
  buttonNamed(root, 'Summary')?.click();
  await el.updateComplete;
  el.removeEventListener('recipro-complete', count);
  return completed;
}

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
