// What the Node specs' quizzes share: a five-point scale, a two-answer safety scale, and two
// dimensions of two scored questions each, then one safety question (any answer but "Never" fires).

export const quizBase = {
  kind: 'quiz',
  version: '1',
  disclaimer: 'A reflection tool, not a diagnosis.',
  scales: [
    { id: 'agree', options: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })) },
    {
      id: 'safe',
      options: [
        { value: 1, label: 'Never' },
        { value: 2, label: 'Sometimes' },
      ],
    },
  ],
  dimensions: [
    { id: 'give', label: 'Give' },
    { id: 'receive', label: 'Receive' },
  ],
  items: [
    { id: 'g1', text: 'I help.', scale: 'agree', dimension: 'give' },
    { id: 'g2', text: 'I listen.', scale: 'agree', dimension: 'give' },
    { id: 'r1', text: 'I am helped.', scale: 'agree', dimension: 'receive' },
    { id: 'r2', text: 'I am heard.', scale: 'agree', dimension: 'receive' },
    { id: 'afraid', text: 'I feel afraid.', scale: 'safe', safety: { values: [2] } },
  ],
};
