/**
 * The validity of a `required` form-associated element: missing until the reader has answered,
 * with a message in the element's language anchored on a focusable part of its shadow root, so
 * that the browser shows the message there and focuses it when the form is submitted.
 * `setValidity` is called only when the message or its anchor changes: an element that is not
 * required never calls it, and an update that changes neither costs a comparison.
 */
export class RequiredValidity {
  private message: string | null = null;
  private anchor: HTMLElement | null = null;

  constructor(private readonly internals: ElementInternals) {}

  /** `message` null: nothing is missing (or the element is not required). `anchor` is looked up only when missing. */
  update(message: string | null, anchor: () => HTMLElement | null): void {
    const at = message === null ? null : anchor();
    if (message === this.message && at === this.anchor) return;
    this.message = message;
    this.anchor = at;
    if (message === null) this.internals.setValidity({});
    else this.internals.setValidity({ valueMissing: true }, message, at ?? undefined);
  }
}
