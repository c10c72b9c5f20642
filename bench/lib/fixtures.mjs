// Generated definitions shared by the browser and Node benchmarks, and the default quiz converted
// to SurveyJS JSON (the same questions, as radiogroups, one per page, behind a start page).

/** A valid quiz with `items` questions over `dimensions` dimensions (as in bench/core.bench.mjs). */
export function largeQuiz(items, dimensionCount = 12) {
  const dimensions = Array.from({ length: dimensionCount }, (_, d) => ({ id: `d${d}`, label: `Dimension ${d}` }));
  const half = Math.floor(dimensionCount / 2);
  return {
    kind: 'quiz',
    id: 'bench',
    version: '1',
    title: 'Benchmark quiz',
    disclaimer: 'Not a diagnosis.',
    scales: [{ id: 'freq', options: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Option ${value}` })) }],
    dimensions,
    items: Array.from({ length: items }, (_, i) => ({
      id: `i${i}`,
      text: { partner: `Item ${i} for a partner`, friend: `Item ${i} for a friend` },
      scale: 'freq',
      dimension: `d${i % dimensionCount}`,
      reverse: i % 7 === 0,
      weight: 1 + (i % 3),
    })),
    scores: [
      { id: 'half-a', kind: 'mean', of: dimensions.slice(0, half).map((d) => d.id) },
      { id: 'half-b', kind: 'mean', of: dimensions.slice(half).map((d) => d.id) },
      { id: 'lean', kind: 'difference', of: ['half-a', 'half-b'] },
    ],
    bandings: [
      {
        id: 'overall',
        score: 'lean',
        bands: [
          { id: 'low', min: -100, max: -20, label: 'Low', summary: 'low' },
          { id: 'mid', min: -20, max: 20, label: 'Mid', summary: 'mid' },
          { id: 'high', min: 20, max: 100, label: 'High', summary: 'high' },
        ],
      },
    ],
  };
}

/** A valid checklist with `items` items. */
export function largeChecklist(items) {
  return {
    kind: 'checklist',
    id: 'bench-list',
    version: '1',
    title: 'Benchmark list',
    disclaimer: 'x',
    items: Array.from({ length: items }, (_, i) => ({ id: `c${i}`, text: `Sign ${i}`, weight: 1 + (i % 4) })),
    bands: [
      { id: 'a', min: 0, max: 50, label: 'A', takeaway: 'a' },
      { id: 'b', min: 50, max: 100, label: 'B', takeaway: 'b' },
    ],
  };
}

/**
 * A recipro quiz definition as SurveyJS JSON: a start page (title, intro, length, disclaimer), then
 * one radiogroup per page.
 */
export function toSurveyJs(quiz, relationship = 'partner') {
  const text = (t) => (typeof t === 'string' ? t : (t[relationship] ?? Object.values(t)[0]));
  const facts = [
    `${quiz.items.length} questions`,
    quiz.estimatedMinutes ? `about ${Math.round(quiz.estimatedMinutes)} minutes` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  return {
    title: quiz.title,
    firstPageIsStartPage: true,
    startSurveyText: 'Start',
    showProgressBar: 'top',
    pages: [
      {
        name: 'intro',
        elements: [
          {
            type: 'html',
            name: 'intro',
            html:
              `${quiz.intro ? `<p>${escape(quiz.intro)}</p>` : ''}` +
              `<p>${escape(facts)}</p><p>${escape(quiz.disclaimer)}</p>`,
          },
        ],
      },
      ...quiz.items.map((item) => {
        const scale = quiz.scales.find((s) => s.id === item.scale);
        return {
          name: `page-${item.id}`,
          elements: [
            {
              type: 'radiogroup',
              name: item.id,
              title: text(item.text),
              isRequired: true,
              choices: scale.options.map((o) => ({ value: o.value, text: o.label })),
            },
          ],
        };
      }),
    ],
  };
}
