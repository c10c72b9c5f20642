import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/stepper/stepper.js';
import type { ReciproStepper } from '../src/components/stepper/stepper.component.js';
import { openDetails } from './open-details.js';

interface StepperArgs {
  persist: string;
  startStep: string;
  submitInclude: string;
  locale: string;
}

const stepper = (args: Partial<StepperArgs>) =>
  html`<recipro-stepper
    persist=${args.persist ?? ''}
    start-step=${args.startStep ?? ''}
    submit-include=${args.submitInclude ?? ''}
    locale=${args.locale ?? ''}
  ></recipro-stepper>`;

const finder = (canvasElement: HTMLElement) => canvasElement.querySelector<ReciproStepper>('recipro-stepper')!;

/** Clicks the button with this text, as a reader would. */
async function press(el: ReciproStepper, label: string): Promise<void> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent?.trim() === label,
  );
  button?.click();
  await el.updateComplete;
}

/** Writes into the open step's notes fields, one note per prompt, as typing would. */
async function write(el: ReciproStepper, notes: string[]): Promise<void> {
  const fields = el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea');
  notes.forEach((note, i) => {
    const field = fields[i];
    if (!field) return;
    field.value = note;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await el.updateComplete;
}

/** Two steps done with notes, the third in progress: how the stepper looks a week in. */
async function midway(el: ReciproStepper): Promise<void> {
  await el.updateComplete;
  await write(el, [
    'I say "I\'m fine" when I am not.',
    'Asking feels like a burden.',
    'Rest, and a walk with a friend.',
  ]);
  await press(el, 'Done — next step');
  await write(el, ['Time together without phones.', '"I feel closer when we eat together."']);
  await press(el, 'Done — next step');
  await write(el, ['Our Sunday calls.']);
}

const meta = {
  title: 'Elements/Stepper',
  component: 'recipro-stepper',
  tags: ['autodocs'],
  args: { persist: '', startStep: '', submitInclude: '', locale: '' },
  argTypes: {
    persist: { control: 'inline-radio', options: ['', 'session', 'local'] },
    startStep: {
      control: 'select',
      options: ['', 'reflect', 'express', 'check-in', 'invest', 'practice-balance', 'repair', 'observe'],
    },
    submitInclude: { control: 'inline-radio', options: ['', 'scores', 'notes'] },
  },
  render: (args) => stepper(args),
  parameters: {
    docs: {
      description: {
        component:
          'The seven RECIPRO steps as a guided, private reflection. **Script tag:** `<script ' +
          'type="module" src="https://your-site.example/recipro.js"></script>` then ' +
          '`<recipro-stepper></recipro-stepper>`. Notes stay on the page unless the reader ticks ' +
          '"Keep my notes on this device" (or the host sets `persist`); "Clear my notes" removes ' +
          'them. Each step has one way on, "Done — next step". ' +
          "**npm:** `import 'recipro-widgets/stepper';`. Use the quiz for a scored " +
          'result, the checklist inside an article, the stepper for a guided reflection over ' +
          'days or weeks.',
      },
    },
  },
} satisfies Meta<StepperArgs>;

export default meta;
type Story = StoryObj<StepperArgs>;

/** The first step: one way on ("Done — next step"), no "Clear my notes" and no statuses before any note. */
export const FirstStep: Story = {};

export const MidwayWithNotes: Story = {
  play: ({ canvasElement }) => midway(finder(canvasElement)),
};

export const Summary: Story = {
  play: async ({ canvasElement }) => {
    const el = finder(canvasElement);
    await midway(el);
    await press(el, 'Summary');
  },
};

/** A step already done, opened again: "Next", and a quiet "Mark as not done". */
export const DoneStepOpenedAgain: Story = {
  play: async ({ canvasElement }) => {
    const el = finder(canvasElement);
    await midway(el);
    await press(el, 'Back');
  },
};

export const StartAtCheckIn: Story = { args: { startStep: 'check-in' } };

/** Observe, with the question readers ask there ("What if they still do not respond?") opened. */
export const ObserveWithQuestion: Story = {
  args: { startStep: 'observe' },
  play: ({ canvasElement }) => openDetails(finder(canvasElement)),
};

export const Error: Story = {
  render: () =>
    html`<recipro-stepper
      .definition=${{
        kind: 'stepper',
        id: 'broken',
        version: '1',
        title: 'Broken',
        disclaimer: 'x',
        steps: [{ id: 'a', title: 'A', summary: 's', body: 'b', prompts: [], practice: { text: 'p' } }],
      }}
    ></recipro-stepper>`,
};

export const Dark: Story = {
  render: (args) => html`<div class="dark-theme">${stepper(args)}</div>`,
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
          --recipro-danger: #ff9ea3;
          --recipro-warning: #f3b566;
        }
      </style>
      ${story()}`,
  ],
  play: ({ canvasElement }) => midway(finder(canvasElement)),
};

export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl" lang="ar">${stepper(args)}</div>`,
  play: ({ canvasElement }) => midway(finder(canvasElement)),
};

/** A phone (390 px): the steps as a row of 44 px letters, the open one filled. */
export const Phone: Story = {
  render: (args) => html`<div class="phone">${stepper(args)}</div>`,
  decorators: [
    (story) => html`<style>
        .phone {
          inline-size: 390px;
        }
      </style>
      ${story()}`,
  ],
  play: ({ canvasElement }) => midway(finder(canvasElement)),
};

/** The summary on a phone: its actions at the top and again at the bottom. */
export const PhoneSummary: Story = {
  ...Phone,
  play: async ({ canvasElement }) => {
    const el = finder(canvasElement);
    await midway(el);
    await press(el, 'Summary');
  },
};

export const Narrow: Story = {
  render: (args) => html`<div class="narrow">${stepper(args)}</div>`,
  decorators: [
    (story) => html`<style>
        .narrow {
          inline-size: 320px;
        }
      </style>
      ${story()}`,
  ],
  play: ({ canvasElement }) => midway(finder(canvasElement)),
};
