import { findBand } from './bands.js';
import type { ScoreProblem } from './issues.js';
import type { ChecklistBand, ChecklistDefinition, Polarity } from './schemas/checklist.js';

export interface ChecklistResult {
  kind: 'checklist';
  definitionId: string;
  definitionVersion: string;
  /** Checked item ids, in the definition's order. */
  checked: string[];
  count: number;
  total: number;
  /** Weighted share of items checked, 0–100. */
  checkedShare: number;
  /**
   * The banded score, 0–100, in the list's direction: for a `healthy` list, checked healthy
   * items and unchecked warning items count; for a `warning` list, the other way round.
   * For a list of one polarity it equals `checkedShare`.
   */
  score: number;
  band: ChecklistBand;
  byPolarity: Record<Polarity, { checked: number; total: number }>;
  /** Checked safety signs (items with `safety: true`): support comes first when there is any. */
  safety: string[];
  problems: ScoreProblem[];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Scores a checklist. Pure and total: unknown or repeated ids are reported, never thrown. */
export function scoreChecklist(definition: ChecklistDefinition, checkedIds: unknown): ChecklistResult {
  const problems: ScoreProblem[] = [];
  const wanted = new Set<string>();
  const list: unknown[] =
    checkedIds === undefined || checkedIds === null
      ? []
      : Array.isArray(checkedIds)
        ? checkedIds
        : checkedIds instanceof Set
          ? [...checkedIds]
          : (problems.push({ id: '', kind: 'invalid-input', message: 'checked ids must be a list' }), []);
  const known = new Set(definition.items.map((i) => i.id));
  for (const id of list) {
    if (typeof id !== 'string')
      problems.push({
        id: String(id),
        kind: 'invalid-value',
        message: `${JSON.stringify(id) ?? String(id)} is not an item id`,
      });
    else if (!known.has(id))
      problems.push({ id, kind: 'unknown-id', message: `"${id}" is not an item of this checklist` });
    else wanted.add(id);
  }

  const direction: Polarity = definition.polarity ?? 'healthy';
  const byPolarity: ChecklistResult['byPolarity'] = {
    healthy: { checked: 0, total: 0 },
    warning: { checked: 0, total: 0 },
  };
  let totalWeight = 0;
  let checkedWeight = 0;
  let scoreWeight = 0;
  const checked: string[] = [];
  const safety: string[] = [];
  for (const item of definition.items) {
    if (item.safety) {
      // Counted as checked, never scored: feeling afraid is not a matter of balance.
      if (wanted.has(item.id)) {
        checked.push(item.id);
        safety.push(item.id);
      }
      continue;
    }
    const weight = item.weight ?? 1;
    const polarity = item.polarity ?? direction;
    const isChecked = wanted.has(item.id);
    totalWeight += weight;
    byPolarity[polarity].total += 1;
    if (isChecked) {
      checked.push(item.id);
      checkedWeight += weight;
      byPolarity[polarity].checked += 1;
    }
    // An item counts towards the score when its state points the list's way.
    if (isChecked === (polarity === direction)) scoreWeight += weight;
  }
  const checkedShare = totalWeight ? round((100 * checkedWeight) / totalWeight) : 0;
  const score = totalWeight ? round((100 * scoreWeight) / totalWeight) : 0;
  return {
    kind: 'checklist',
    definitionId: definition.id,
    definitionVersion: definition.version,
    checked,
    count: checked.length,
    total: definition.items.length,
    checkedShare,
    score,
    band: findBand(definition.bands, score)!,
    byPolarity,
    safety,
    problems,
  };
}
