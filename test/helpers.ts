import { aTimeout, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

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
  const report = result.violations
    .map(
      (v) =>
        `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}\n  ${n.html}\n  ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n\n');
  expect(result.violations.length, report).to.equal(0);
}

/** Waits for an element's pending update (and one more, for changes made in `updated`). */
export async function settle(element: { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  await aTimeout(0);
  await element.updateComplete;
}

/** The element's shadow root, typed. */
export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** The element focused inside a shadow root (or the document). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
