/** The library version, compared when the same tag is defined twice. */
export const VERSION = '0.1.0';

/**
 * Defines a custom element once. Including the library twice is harmless: the second define is
 * skipped, with a console warning only when the versions differ.
 */
export function defineOnce(tag: string, element: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing.version !== undefined && existing.version !== VERSION) {
      console.warn(
        `recipro-widgets: <${tag}> is already defined by version ${existing.version}; ` +
          `version ${VERSION} was not registered.`,
      );
    }
    return;
  }
  element.version = VERSION;
  customElements.define(tag, element);
}
