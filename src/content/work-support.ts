import type { Resource, Resources } from '../core/index.js';

/**
 * Positions in every language's `supportResources.items` of the services for abuse in a close
 * relationship (US hotline, India's women helpline, UK Refuge line, 1800RESPECT, 3919): the same
 * positions in every language, which the structure tests keep true.
 */
export const ABUSE_LINES: readonly number[] = [1, 3, 5, 7, 10];

/**
 * Support for a working relationship: the workplace's own routes first, then the crisis and
 * mental-health lines of `resources`, without the lines for abuse at home.
 */
export function workSupport(
  resources: Resources,
  work: { title: string; intro: string; routes: Resource[] },
): Resources {
  return {
    ...resources,
    title: work.title,
    intro: work.intro,
    items: [...work.routes, ...resources.items.filter((_, index) => !ABUSE_LINES.includes(index))],
  };
}
