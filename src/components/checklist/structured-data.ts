import type { ChecklistDefinition } from '../../core/index.js';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript: (input: string) => string }): ScriptPolicy;
}

// One policy per page: Trusted Types refuses a second policy of the same name.
let policy: ScriptPolicy | null | undefined;

/**
 * The script text as the page requires it: a TrustedScript from the `recipro-widgets` policy when
 * the page has Trusted Types (the JSON passes unchanged), else the string. Null when the page's
 * CSP does not allow the policy: then no structured data is written.
 */
function scriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return json;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('recipro-widgets', { createScript: (input) => input });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScript(json) : null;
}

/** schema.org `ItemList` JSON-LD for a checklist: its title and items in order. */
export function itemListJSON(definition: ChecklistDefinition): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: definition.title,
    numberOfItems: definition.items.length,
    itemListElement: definition.items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.text,
    })),
  };
  // `<` escaped so the text stays inert if the page is ever serialised back to HTML.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * Keeps one `<script type="application/ld+json">` child of `host` holding `json`, or removes it
 * when `json` is null. Returns the script now in place, if any.
 */
export function writeStructuredData(
  host: HTMLElement,
  script: HTMLScriptElement | undefined,
  json: string | null,
): HTMLScriptElement | undefined {
  const text = json === null ? null : scriptText(json);
  if (text === null) {
    script?.remove();
    return undefined;
  }
  const element = script ?? document.createElement('script');
  element.type = 'application/ld+json';
  if (element.text !== json) (element as { text: unknown }).text = text;
  if (element.parentNode !== host) host.append(element);
  return element;
}
