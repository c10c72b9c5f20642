import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/quiz/quiz.js';

/**
 * Embedding: the ways a page can give an element its definition, with every `recipro-*` event
 * written to a visible log.
 *
 * - Script tag: `<script type="module" src="/recipro.js"></script>` defines every element.
 * - Autoloader: `<script type="module" src="/cdn/autoloader.js"></script>` loads each element when its tag appears.
 * - Inline JSON: a child `<script type="application/json">` holding a definition.
 * - `src`: a URL of a JSON definition, fetched without cookies.
 */
const meta = {
  title: 'Embedding',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: [
          '**Script tag** (every element): `<script type="module" src="/recipro.js"></script>`, ' +
            'then `<recipro-quiz></recipro-quiz>`.',
          '**Autoloader** (loads each element only when its tag appears, also later): `<script ' +
            'type="module" src="/cdn/autoloader.js"></script>`.',
          '**Classic script** for site builders: `<script src="/recipro.iife.js"></script>`.',
          '**Inline JSON**: put a `<script type="application/json">` with a definition inside the element.',
          '**`src`**: `<recipro-quiz src="/my-quiz.json">`, fetched without cookies.',
          'Each story below logs the `recipro-*` events it fires.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta;
export default meta;

function logTo(log: HTMLElement, event: Event): void {
  const item = document.createElement('li');
  const detail = (event as CustomEvent).detail;
  item.textContent = `${event.type}: ${JSON.stringify(detail)?.slice(0, 160) ?? ''}`;
  log.prepend(item);
}

const withLog = (element: ReturnType<typeof html>) => html`<div
    class="embedding"
    @recipro-start=${(e: Event) => logTo((e.currentTarget as HTMLElement).querySelector('ol')!, e)}
    @recipro-change=${(e: Event) => logTo((e.currentTarget as HTMLElement).querySelector('ol')!, e)}
    @recipro-complete=${(e: Event) => logTo((e.currentTarget as HTMLElement).querySelector('ol')!, e)}
    @recipro-error=${(e: Event) => logTo((e.currentTarget as HTMLElement).querySelector('ol')!, e)}
  >
    ${element}
    <h2>Events</h2>
    <ol aria-live="polite"></ol>
  </div>`;

const inlineDefinition = JSON.stringify({
  $schema: 'https://cdn.jsdelivr.net/npm/recipro-widgets@0/dist/schemas/quiz.json',
  kind: 'quiz',
  id: 'inline-example',
  version: '1',
  title: 'A two-question check',
  disclaimer: 'A reflection tool, not a diagnosis.',
  scales: [{ id: 'f', options: ['Never', 'Sometimes', 'Often'].map((label, i) => ({ value: i + 1, label })) }],
  dimensions: [
    { id: 'give', label: 'What I give' },
    { id: 'get', label: 'What I get' },
  ],
  items: [
    { id: 'g', text: 'I make time for them.', scale: 'f', dimension: 'give' },
    { id: 'r', text: 'They make time for me.', scale: 'f', dimension: 'get' },
  ],
  scores: [{ id: 'lean', kind: 'difference', of: ['give', 'get'] }],
  bandings: [
    {
      id: 'overall',
      score: 'lean',
      bands: [
        {
          id: 'less',
          min: -100,
          max: -1,
          label: 'You receive more',
          summary: 'They make more time for you than you do for them.',
        },
        { id: 'even', min: -1, max: 1, label: 'Even', summary: 'Time flows both ways.' },
        { id: 'more', min: 1, max: 100, label: 'You give more', summary: 'You make more time than you get back.' },
      ],
    },
  ],
});

export const InlineJson: StoryObj = {
  render: () =>
    withLog(
      html`<recipro-quiz layout="list"><script type="application/json">${inlineDefinition}</script></recipro-quiz>`,
    ),
};

export const FromSrc: StoryObj = {
  render: () =>
    withLog(html`<recipro-quiz src=${`data:application/json,${encodeURIComponent(inlineDefinition)}`}></recipro-quiz>`),
};

export const InvalidDefinition: StoryObj = {
  render: () =>
    withLog(html`<recipro-quiz><script type="application/json">{"kind": "quiz", "id": "x"}</script></recipro-quiz>`),
};
