import type { Issue } from './issues.js';
import { EPSILON, type Range } from './ranges.js';

import type { BandLike } from './bands.js';

const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * Bands must cover `range` exactly: sorted by `min`, each starting where the previous ends,
 * from the range's minimum to its maximum, with no gap and no overlap.
 */
export function checkBandCoverage(bands: readonly BandLike[], range: Range, path: string, scoreName: string): Issue[] {
  const issues: Issue[] = [];
  const order = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  for (const { band, index } of order) {
    if (band.max <= band.min) {
      issues.push({
        path: `${path}[${index}]`,
        message: `band "${band.id}" ends (max ${fmt(band.max)}) before it starts (min ${fmt(band.min)})`,
      });
    }
    if (band.min < range.min - EPSILON || band.max > range.max + EPSILON) {
      issues.push({
        path: `${path}[${index}]`,
        message:
          `band "${band.id}" (${fmt(band.min)} to ${fmt(band.max)}) reaches outside the possible range of ` +
          `${scoreName}, ${fmt(range.min)} to ${fmt(range.max)}`,
      });
    }
  }
  if (issues.length) return issues;
  const first = order[0];
  const last = order[order.length - 1];
  if (first && first.band.min > range.min + EPSILON) {
    issues.push({
      path,
      message:
        `no band covers ${scoreName} from ${fmt(range.min)} to ${fmt(first.band.min)}: ` +
        `the lowest band must start at ${fmt(range.min)}`,
    });
  }
  for (let i = 1; i < order.length; i++) {
    const previous = order[i - 1]!.band;
    const current = order[i]!.band;
    if (current.min > previous.max + EPSILON) {
      issues.push({
        path,
        message:
          `gap between bands "${previous.id}" and "${current.id}": ` +
          `nothing covers ${fmt(previous.max)} to ${fmt(current.min)}`,
      });
    } else if (current.min < previous.max - EPSILON) {
      issues.push({
        path,
        message:
          `bands "${previous.id}" and "${current.id}" overlap ` +
          `between ${fmt(current.min)} and ${fmt(previous.max)}`,
      });
    }
  }
  if (last && last.band.max < range.max - EPSILON) {
    issues.push({
      path,
      message:
        `no band covers ${scoreName} from ${fmt(last.band.max)} to ${fmt(range.max)}: ` +
        `the highest band must end at ${fmt(range.max)}`,
    });
  }
  return issues;
}

/** Reports ids that appear more than once in `entries`. */
export function checkUniqueIds(entries: readonly { id: string }[], path: string, what: string): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  entries.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, index);
    else
      issues.push({
        path: `${path}[${index}].id`,
        message: `${what} id "${entry.id}" is already used by ${path}[${first}]`,
      });
  });
  return issues;
}
