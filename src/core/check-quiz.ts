import { checkBandCoverage, checkUniqueIds } from './check-bands.js';
import { listOf, type Issue } from './issues.js';
import { scoreRanges } from './ranges.js';
import type { QuizDefinition } from './schemas/quiz.js';

const known = (ids: Iterable<string>) => {
  const list = [...ids];
  return `(known: ${list.length ? listOf(list) : 'none'})`;
};

/** Checks what a quiz's shape cannot: unique ids, references that resolve, bands that cover. */
export function checkQuiz(quiz: QuizDefinition): Issue[] {
  const issues: Issue[] = [
    ...checkUniqueIds(quiz.scales, 'scales', 'scale'),
    ...checkUniqueIds(quiz.dimensions, 'dimensions', 'dimension'),
    ...checkUniqueIds(quiz.items, 'items', 'item'),
    ...checkUniqueIds(quiz.scores ?? [], 'scores', 'score'),
    ...checkUniqueIds(quiz.bandings, 'bandings', 'banding'),
    ...checkUniqueIds(quiz.steps ?? [], 'steps', 'step'),
  ];
  const scales = new Map(quiz.scales.map((scale) => [scale.id, scale]));
  const dimensionIds = new Set(quiz.dimensions.map((d) => d.id));
  const stepIds = new Set((quiz.steps ?? []).map((s) => s.id));

  quiz.scales.forEach((scale, s) => {
    const seen = new Set<number>();
    scale.options.forEach((option, o) => {
      if (seen.has(option.value)) {
        issues.push({
          path: `scales[${s}].options[${o}].value`,
          message: `value ${option.value} is used twice in scale "${scale.id}"`,
        });
      }
      seen.add(option.value);
    });
  });

  const fed = new Set<string>();
  quiz.items.forEach((item, i) => {
    const scale = scales.get(item.scale);
    if (!scale) {
      issues.push({
        path: `items[${i}].scale`,
        message: `"${item.scale}" is not a scale of this quiz ${known(scales.keys())}`,
      });
    }
    if (item.dimension !== undefined) {
      if (dimensionIds.has(item.dimension)) fed.add(item.dimension);
      else
        issues.push({
          path: `items[${i}].dimension`,
          message: `"${item.dimension}" is not a dimension of this quiz ${known(dimensionIds)}`,
        });
    } else if (item.reverse) {
      issues.push({
        path: `items[${i}].reverse`,
        message: 'only items that feed a dimension are scored, so only they can be reverse-scored',
      });
    }
    if (item.safety && scale) {
      const values = new Set(scale.options.map((o) => o.value));
      item.safety.values.forEach((value, v) => {
        if (!values.has(value)) {
          issues.push({
            path: `items[${i}].safety.values[${v}]`,
            message: `${value} is not a value of scale "${scale.id}" (values: ${listOf([...values].map(String))})`,
          });
        }
      });
    }
    if (item.safety && !quiz.resources) {
      issues.push({
        path: `items[${i}].safety`,
        message: 'a safety rule shows support resources, so the quiz needs a "resources" section',
      });
    }
  });
  quiz.dimensions.forEach((dimension, d) => {
    if (!fed.has(dimension.id))
      issues.push({ path: `dimensions[${d}]`, message: `no item feeds dimension "${dimension.id}"` });
  });

  // Derived scores may use dimensions and scores declared before them (no cycles by construction).
  const available = new Set(dimensionIds);
  (quiz.scores ?? []).forEach((score, s) => {
    if (dimensionIds.has(score.id)) {
      issues.push({ path: `scores[${s}].id`, message: `"${score.id}" is already the id of a dimension` });
    }
    score.of.forEach((ref, r) => {
      if (!available.has(ref)) {
        const later = (quiz.scores ?? []).some((other, o) => o >= s && other.id === ref);
        issues.push({
          path: `scores[${s}].of[${r}]`,
          message: later
            ? `"${ref}" is declared at or after this score; ` +
              'a score can only use dimensions and scores declared before it'
            : `"${ref}" is not a dimension or earlier score of this quiz ${known(available)}`,
        });
      }
    });
    available.add(score.id);
  });

  const refPath = (ref: string, path: string) => {
    if (!available.has(ref))
      issues.push({ path, message: `"${ref}" is not a dimension or score of this quiz ${known(available)}` });
  };
  quiz.focus?.scores.forEach((ref, r) => refPath(ref, `focus.scores[${r}]`));
  quiz.chart?.scores.forEach((ref, r) => refPath(ref, `chart.scores[${r}]`));
  quiz.bandings.forEach((banding, b) => {
    refPath(banding.score, `bandings[${b}].score`);
    if (banding.when) {
      const named = quiz.bandings.slice(0, b).find((other) => other.id === banding.when!.banding);
      if (!named) {
        issues.push({
          path: `bandings[${b}].when.banding`,
          message: `"${banding.when.banding}" is not a banding declared before this one ${known(
            quiz.bandings.slice(0, b).map((other) => other.id),
          )}`,
        });
      } else {
        banding.when.bands.forEach((ref, r) => {
          if (!named.bands.some((band) => band.id === ref))
            issues.push({
              path: `bandings[${b}].when.bands[${r}]`,
              message: `"${ref}" is not a band of banding "${named.id}" ${known(named.bands.map((n) => n.id))}`,
            });
        });
      }
    }
    issues.push(...checkUniqueIds(banding.bands, `bandings[${b}].bands`, 'band'));
    banding.bands.forEach((band, n) => {
      band.steps?.forEach((step, st) => {
        if (!stepIds.has(step)) {
          issues.push({
            path: `bandings[${b}].bands[${n}].steps[${st}]`,
            message: `"${step}" is not a step of this quiz ${known(stepIds)}`,
          });
        }
      });
    });
  });
  if (quiz.focus?.follow !== undefined && !quiz.bandings.some((b) => b.id === quiz.focus!.follow)) {
    issues.push({
      path: 'focus.follow',
      message: `"${quiz.focus.follow}" is not a banding of this quiz ${known(quiz.bandings.map((b) => b.id))}`,
    });
  }
  if (quiz.focus && !quiz.focus.scores.every((ref) => quiz.bandings.some((b) => b.score === ref))) {
    quiz.focus.scores.forEach((ref, r) => {
      if (available.has(ref) && !quiz.bandings.some((b) => b.score === ref)) {
        issues.push({
          path: `focus.scores[${r}]`,
          message: `"${ref}" has no banding, so there is no advice to show for it`,
        });
      }
    });
  }

  // Band coverage needs every reference resolved.
  if (issues.length === 0) {
    const ranges = scoreRanges(quiz);
    quiz.bandings.forEach((banding, b) => {
      const range = ranges.get(banding.score);
      if (range) issues.push(...checkBandCoverage(banding.bands, range, `bandings[${b}].bands`, `"${banding.score}"`));
    });
  }
  return issues;
}
