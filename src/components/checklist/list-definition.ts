import { ID_PATTERN } from '../../core/constants.js';
import { CHECKLIST_MAX_ITEMS, ID_MAX_LENGTH, WEIGHT_MAX } from '../../core/limits.js';
import type { Polarity } from '../../core/schemas/checklist.js';
import type { ChecklistStrings } from './checklist-strings.js';

/** A checklist definition read from a writer's `<ul>`/`<ol>`, not yet validated. */
export interface ListSource {
  /** Compared between reads: the same key means the same definition object is reused. */
  key: string;
  value: Record<string, unknown>;
  /** Whether the writer named the list (a heading or `title`); else the title is a generic name. */
  titled: boolean;
  /** The level of the writer's heading, so the element keeps the article's outline. Default 2. */
  level: number;
  /**
   * True when the definition is valid by construction (derived ids, sane data attributes), so
   * the page need not load the validator; anything doubtful goes through it for a readable error.
   */
  valid: boolean;
}

/** The schema's polarities, typed against it: one added there is a type error here until added. */
const POLARITIES: Record<Polarity, true> = { healthy: true, warning: true };

/** FNV-1a, 32 bits, in base 36: a short, stable fingerprint of a text. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * An item id from its text: a readable slug plus a hash of the whole text, so the id stays the
 * same when other items change, and two items that start alike still differ.
 */
export function itemId(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 32)
    .replace(/^-+|-+$/g, '');
  const hash = hashText(text);
  return slug ? `${slug}-${hash}` : hash;
}

/** The text of a list item without its nested lists, whitespace collapsed. */
function ownText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
    else if (child instanceof Element) {
      if (child.localName === 'br') text += ' ';
      else if (!/^(ul|ol|script|style|template)$/.test(child.localName)) text += ownText(child);
    }
  }
  return text;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The writer's list: the first `<ul>` or `<ol>` inside the element. */
export function findList(host: Element): HTMLUListElement | HTMLOListElement | null {
  return host.querySelector('ul, ol');
}

/** A number when the attribute reads as one; otherwise the raw text, so validation names it. */
function weightOf(raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
}

/**
 * Reads a writer's list as a checklist definition: item text as text, ids from `data-id` or the
 * text, `data-weight` and `data-polarity`, the title from `title` or the first heading. Returns
 * `previous` itself when nothing changed, so the definition is validated only when it does.
 */
export function readList(host: HTMLElement, t: ChecklistStrings, previous?: ListSource): ListSource | undefined {
  const list = findList(host);
  if (!list) return undefined;
  const used = new Set<string>();
  const items = Array.from(list.children)
    .filter((li) => li.localName === 'li')
    .map((li) => ({ li: li as HTMLElement, text: clean(ownText(li)) }))
    .filter(({ text }) => text !== '')
    .map(({ li, text }) => {
      let id = li.dataset.id;
      if (id === undefined) {
        // The same text twice is a writer's slip, not an error: number the repeats.
        const base = itemId(text);
        id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      }
      used.add(id);
      const item: { id: string; text: string; weight?: unknown; polarity?: string } = { id, text };
      const weight = weightOf(li.dataset.weight);
      if (weight !== undefined) item.weight = weight;
      if (li.dataset.polarity !== undefined) item.polarity = li.dataset.polarity;
      return item;
    });
  const heading = host.querySelector('h1, h2, h3, h4, h5, h6');
  const named = clean(host.getAttribute('title')) || clean(heading?.textContent);
  const warning = items.length > 0 && items.every((item) => item.polarity === 'warning');
  const band = (id: string, min: number, max: number, label: string, takeaway: string) => ({
    id,
    min,
    max,
    label,
    takeaway,
  });
  const value = {
    kind: 'checklist',
    id: `list-${hashText(items.map((i) => i.id).join(' '))}`,
    version: '1',
    title: named || t.untitled,
    disclaimer: t.listDisclaimer,
    polarity: warning ? 'warning' : 'healthy',
    items,
    bands: warning
      ? [
          band('few', 0, 30, t.warningFew, t.warningFewTakeaway),
          band('some', 30, 60, t.warningSome, t.warningSomeTakeaway),
          band('many', 60, 100, t.warningMany, t.warningManyTakeaway),
        ]
      : [
          band('few', 0, 40, t.listFew, t.listFewTakeaway),
          band('some', 40, 75, t.listSome, t.listSomeTakeaway),
          band('many', 75, 100, t.listMany, t.listManyTakeaway),
        ],
  };
  const level = !clean(host.getAttribute('title')) && heading ? Number(heading.localName[1]) : 2;
  const key = JSON.stringify([value, named !== '', level]);
  if (previous?.key === key) return previous;
  // Only what the writer controls can be wrong: the number of items, `data-id`, `data-weight` and
  // `data-polarity`. Everything else is built here and valid by construction. The limits are the
  // schema's own (core/limits.ts), so this shortcut never accepts what the validator would refuse.
  const ids = new Set(items.map((item) => item.id));
  const valid =
    items.length > 0 &&
    items.length <= CHECKLIST_MAX_ITEMS &&
    ids.size === items.length &&
    items.every(
      (item) =>
        item.id.length <= ID_MAX_LENGTH &&
        ID_PATTERN.test(item.id) &&
        (item.weight === undefined ||
          (typeof item.weight === 'number' && item.weight > 0 && item.weight <= WEIGHT_MAX)) &&
        (item.polarity === undefined || Object.hasOwn(POLARITIES, item.polarity)),
    );
  return { key, value, titled: named !== '', level, valid };
}
