import { isServer } from 'lit';

/**
 * The locale an element speaks: its `locale` attribute, else the nearest ancestor's `lang`
 * (crossing shadow roots), else the document's, else the browser's, else English.
 */
export function resolveLocale(host: HTMLElement, attribute: string | null | undefined): string {
  if (attribute) return attribute;
  // On the server (`@lit-labs/ssr`) the element has no ancestors and there is no browser: English.
  if (isServer) return 'en';
  let node: Node | null = host.parentNode;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return navigator.languages?.[0] ?? navigator.language ?? 'en';
}

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb']);

const directions = new Map<string, 'rtl' | 'ltr'>();

/** `rtl` for right-to-left languages (remembered: every element asks on every render). */
export function directionOf(language: string): 'rtl' | 'ltr' {
  let dir = directions.get(language);
  if (!dir) {
    dir = RTL.has(language.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
    directions.set(language, dir);
  }
  return dir;
}

/**
 * The element's direction: its own `dir`; else, when it speaks a language of its own (`locale`),
 * that language's; else the page's explicit direction around it (nearest `dir`), else the language's.
 */
export function resolveDirection(host: HTMLElement, language: string, own = false): 'rtl' | 'ltr' {
  const explicit = (own || isServer ? host : host.closest('[dir]'))?.getAttribute('dir')?.toLowerCase();
  return explicit === 'rtl' || explicit === 'ltr' ? explicit : directionOf(language);
}
