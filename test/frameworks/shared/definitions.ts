// The definitions both framework apps pass as the `definition` property: a small quiz of the app's own
// (two questions, one banding) and a checklist of its own (three signs). Typed by the package's exports.
import type { ChecklistDefinition, QuizDefinition } from 'recipro-widgets';

export const appQuiz: QuizDefinition = {
  kind: 'quiz',
  id: 'app-quiz',
  version: '1',
  title: 'Team give and take',
  intro: 'Two questions about your team.',
  disclaimer: 'A reflection, not an assessment.',
  scales: [
    {
      id: 'agree',
      options: [
        { value: 1, label: 'Disagree' },
        { value: 2, label: 'Unsure' },
        { value: 3, label: 'Agree' },
      ],
    },
  ],
  dimensions: [{ id: 'share', label: 'Sharing' }],
  items: [
    { id: 'q1', text: 'Work is shared fairly.', scale: 'agree', dimension: 'share' },
    { id: 'q2', text: 'Help is returned.', scale: 'agree', dimension: 'share' },
  ],
  bandings: [
    {
      id: 'overall',
      score: 'share',
      bands: [
        { id: 'uneven', min: 0, max: 50, label: 'Uneven', summary: 'Some carry more.' },
        { id: 'even', min: 50, max: 100, label: 'Even', summary: 'Work is shared.', neutral: true },
      ],
    },
  ],
};

export const appChecklist: ChecklistDefinition = {
  kind: 'checklist',
  id: 'app-checklist',
  version: '1',
  title: 'Signs of a fair team',
  disclaimer: 'Not an assessment.',
  items: [
    { id: 'credit', text: 'Credit is shared.' },
    { id: 'cover', text: 'We cover for each other.' },
    { id: 'score', text: 'Someone keeps score.', polarity: 'warning' },
  ],
  bands: [
    { id: 'few', min: 0, max: 50, label: 'A few signs', takeaway: 'Start with one.' },
    { id: 'many', min: 50, max: 100, label: 'Many signs', takeaway: 'Keep it up.' },
  ],
};
