import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/quiz/quiz.js';
import '../src/components/checklist/checklist.js';
import '../src/components/stepper/stepper.js';
import type { ReciproQuiz } from '../src/components/quiz/quiz.component.js';
import type { ReciproStepper } from '../src/components/stepper/stepper.component.js';
import { oneSidedSigns } from '../src/content/index.js';
import { answerQuiz, patterns } from './quiz-helpers.js';

/** The element inside a page whose language (and direction) the host sets. */
const page = (lang: string, content: TemplateResult, dir = 'ltr') =>
  html`<div lang=${lang} dir=${dir}>${content}</div>`;

/** The one-sided-signs checklist's safety sign (the last item), ticked. */
const safetySign = oneSidedSigns.items.filter((item) => item.safety).map((item) => item.id);

const quizAtSafety = async (canvasElement: HTMLElement) =>
  answerQuiz(canvasElement.querySelector<ReciproQuiz>('recipro-quiz')!, patterns.safetyConcern);

const meta = {
  title: 'Reader experience/Safety and support',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'What a reader sees when an answer raises a safety concern: "Leave this page quickly" first ' +
          '(it replaces this page in the history with `exit-url`, default a neutral weather page; Shift ' +
          "pressed three times does the same), then the emergency line and services for the reader's " +
          'region (from the page language, e.g. `lang="en-GB"`) as tap-to-call buttons, and the other ' +
          "countries' services folded away. With no region in the language, each country has its own fold.",
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A UK reader's quiz safety result: 999, Samaritans and Refuge first; "Clear my answers" beside the way out. */
export const QuizSafetyUK: Story = {
  render: () => page('en-GB', html`<recipro-quiz></recipro-quiz>`),
  play: ({ canvasElement }) => quizAtSafety(canvasElement),
};

/** A reader whose region the page does not say (`lang="en"`): the general emergency line, one fold per country. */
export const QuizSafetyRegionUnknown: Story = {
  render: () => page('en', html`<recipro-quiz></recipro-quiz>`),
  play: ({ canvasElement }) => quizAtSafety(canvasElement),
};

/** The checklist with its safety sign ticked, for a reader in India: support alone, the way out first. */
export const ChecklistSafetySign: Story = {
  render: () =>
    page('en-IN', html`<recipro-checklist preset="one-sided-signs" .checked=${safetySign}></recipro-checklist>`),
};

/** The stepper's "Support and helplines", opened below a step: the way out, then the UK services. */
export const StepperSupportOpen: Story = {
  render: () => page('en-GB', html`<recipro-stepper></recipro-stepper>`),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ReciproStepper>('recipro-stepper')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('details.resources-more > summary')!.click();
  },
};

/** An Arabic quiz (`locale="ar-AE"`) on an English, left-to-right page: right to left, UAE services first. */
export const ArabicOnEnglishPage: Story = {
  render: () => page('en', html`<recipro-quiz locale="ar-AE"></recipro-quiz>`),
  play: ({ canvasElement }) => quizAtSafety(canvasElement),
};
