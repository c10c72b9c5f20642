import type { Resources } from '../../core/index.js';

/** Support services as lines of a plain-text summary: the title, the emergency line, then one line per service. */
export function resourcesText(resources: Resources, t: { labelled: (label: string, text: string) => string }): string[] {
  return [
    resources.title,
    resources.emergency,
    ...resources.items.map((item) => `- ${t.labelled(item.name, item.contacts.map((c) => [c.label, c.phone, c.url].filter(Boolean).join(' ')).join('; '))}`),
  ];
}
