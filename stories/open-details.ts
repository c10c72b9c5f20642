import type { LitElement } from 'lit';

/** Opens every folded part of an element (questions, "What each form means"), as a reader would. */
export async function openDetails(el: LitElement): Promise<void> {
  await el.updateComplete;
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
}
