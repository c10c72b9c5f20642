import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/quiz/quiz.js';
import type { ReciproQuiz } from '../src/components/quiz/quiz.component.js';
import { openDetails } from './open-details.js';
import { reciprocityBalance } from '../src/content/quiz/reciprocity-balance.js';
import { answerQuiz, patterns } from './quiz-helpers.js';

interface QuizArgs {
  relationship: string;
  culture: string;
  layout: string;
  advance: string;
  persist: string;
  locale: string;
}

const quiz = (args: Partial<QuizArgs>) =>
  html`<recipro-quiz
    relationship=${args.relationship ?? 'partner'}
    culture=${args.culture ?? ''}
    layout=${args.layout ?? 'paged'}
    advance=${args.advance ?? 'auto'}
    persist=${args.persist ?? ''}
    locale=${args.locale ?? ''}
  ></recipro-quiz>`;

const finder = (canvasElement: HTMLElement) => canvasElement.querySelector<ReciproQuiz>('recipro-quiz')!;

const meta = {
  title: 'Elements/Quiz',
  component: 'recipro-quiz',
  tags: ['autodocs'],
  args: { relationship: 'partner', culture: '', layout: 'paged', advance: 'auto', persist: '', locale: '' },
  argTypes: {
    relationship: { control: 'select', options: ['partner', 'family', 'friend', 'colleague'] },
    culture: { control: 'select', options: ['', 'us', 'in', 'uk', 'au', 'ca', 'ae'] },
    layout: { control: 'inline-radio', options: ['paged', 'list'] },
    advance: { control: 'inline-radio', options: ['auto', 'manual'] },
    persist: { control: 'inline-radio', options: ['', 'session', 'local'] },
  },
  render: (args) => quiz(args),
  parameters: {
    docs: {
      description: {
        component:
          `A scored reciprocity self-assessment. **Script tag:** \`<script type="module" ` +
          `src="https://your-site.example/recipro.js"></script>\` then ` +
          `\`<recipro-quiz></recipro-quiz>\`. **npm:** \`import 'recipro-widgets/quiz';\`. Use the ` +
          `quiz for a scored result across six forms of reciprocity; use the checklist inside an ` +
          `article; use the stepper for a guided reflection over days or weeks.`,
      },
    },
  },
} satisfies Meta<QuizArgs>;

export default meta;
type Story = StoryObj<QuizArgs>;

export const Intro: Story = {};

export const Question: Story = {
  play: async ({ canvasElement }) => {
    const el = finder(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  },
};

/**
 * A question with an answer chosen: each option shows the number key that picks it (1–5). A
 * pointer or a number key moves on after a short pause; arrow keys only select.
 */
export const QuestionWithNumberKeys: Story = {
  args: { advance: 'manual' },
  play: async ({ canvasElement }) => {
    const el = finder(canvasElement);
    await el.updateComplete;
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    root.querySelectorAll<HTMLInputElement>('input[type=radio]')[3]!.click();
    await el.updateComplete;
  },
};

export const ListLayout: Story = {
  args: { layout: 'list' },
  play: async ({ canvasElement }) => {
    const el = finder(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  },
};

export const ResultYouCarryMore: Story = {
  play: ({ canvasElement }) => answerQuiz(finder(canvasElement), patterns.carryMore),
};
export const ResultYouReceiveMore: Story = {
  play: ({ canvasElement }) => answerQuiz(finder(canvasElement), patterns.receiveMore),
};
export const ResultBalanced: Story = {
  play: ({ canvasElement }) => answerQuiz(finder(canvasElement), patterns.balanced),
};
export const ResultDisengaged: Story = {
  play: ({ canvasElement }) => answerQuiz(finder(canvasElement), patterns.disengaged),
};
/**
 * One-way care in the family wording: the summaries say care can rightly flow one way for a season.
 * The questions readers often ask and "What each form means" are opened.
 */
export const ResultFamilyCarryMore: Story = {
  args: { relationship: 'family' },
  play: async ({ canvasElement }) => {
    const el = finder(canvasElement);
    await answerQuiz(el, patterns.carryMore);
    await openDetails(el);
  },
};
/** Balanced overall, uneven in places: the verdict says so, and where to begin names both directions. */
export const ResultMixed: Story = {
  play: ({ canvasElement }) => answerQuiz(finder(canvasElement), patterns.mixed),
};
/** A practice's call to action, as a primary button right after the verdict's advice. */
export const ResultWithCallToAction: Story = {
  render: (args) =>
    html`<recipro-quiz
      relationship=${args.relationship ?? 'partner'}
      .definition=${{
        ...reciprocityBalance,
        callToAction: { label: 'Book a free first session', url: 'https://practice.example/book' },
      }}
    ></recipro-quiz>`,
  play: ({ canvasElement }) => answerQuiz(finder(canvasElement), patterns.carryMore),
};
export const ResultWithCulturalNote: Story = {
  args: { culture: 'in' },
  play: ({ canvasElement }) => answerQuiz(finder(canvasElement), patterns.balanced),
};
/** A safety concern: the safety message and the helplines alone, until the reader asks for the rest. */
export const SafetyResult: Story = {
  play: ({ canvasElement }) => answerQuiz(finder(canvasElement), patterns.safetyConcern),
};
/** After "Show the rest of my result": bands, chart and cultural note, with no advice and no steps. */
export const SafetyResultRest: Story = {
  args: { culture: 'uk' },
  play: async ({ canvasElement }) => {
    const el = finder(canvasElement);
    await answerQuiz(el, patterns.safetyConcern);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#show-rest')?.click();
    await el.updateComplete;
  },
};

export const Error: Story = {
  render: () =>
    html`<recipro-quiz
      .definition=${{
        kind: 'quiz',
        id: 'broken',
        version: '1',
        title: 'Broken',
        disclaimer: 'x',
        scales: [],
        dimensions: [],
        items: [],
        bandings: [],
      }}
    ></recipro-quiz>`,
};

export const Dark: Story = {
  render: (args) => html`<div class="dark-theme">${quiz(args)}</div>`,
  decorators: [
    (story) => html`<style>
        .dark-theme {
          background: #101514;
          padding: 1rem;
          color-scheme: dark;
          --recipro-surface: #161b1a;
          --recipro-surface-alt: #222a28;
          --recipro-text: #e8eeec;
          --recipro-muted: #b4c2be;
          --recipro-border: #7d8d89;
          --recipro-accent: #7fcbb3;
          --recipro-on-accent: #0d1f1a;
          --recipro-focus: #8ab4ff;
        }
      </style>
      ${story()}`,
  ],
  play: ({ canvasElement }) => answerQuiz(finder(canvasElement), patterns.carryMore),
};

export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl" lang="ar">${quiz(args)}</div>`,
  play: ({ canvasElement }) => answerQuiz(finder(canvasElement), patterns.carryMore),
};
