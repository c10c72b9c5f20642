import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/builder/builder.js';
import type { ReciproBuilder } from '../src/components/builder/builder.component.js';

interface BuilderArgs {
  kind: string;
  locale: string;
}

const builder = (args: Partial<BuilderArgs>) =>
  html`<recipro-builder kind=${args.kind ?? 'checklist'} locale=${args.locale ?? ''}></recipro-builder>`;

const finder = (canvasElement: HTMLElement) => canvasElement.querySelector<ReciproBuilder>('recipro-builder')!;

/** Types into the JSON tab, as an author would. */
async function typeJSON(el: ReciproBuilder, text: string): Promise<void> {
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-json')?.click();
  await el.updateComplete;
  const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#json')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

const meta = {
  title: 'Builder',
  component: 'recipro-builder',
  tags: ['autodocs'],
  args: { kind: 'checklist', locale: '' },
  argTypes: {
    kind: { control: 'inline-radio', options: ['checklist', 'quiz', 'stepper'] },
    locale: { control: 'inline-radio', options: ['', 'en', 'fr', 'hi', 'ar'] },
  },
  render: (args) => builder(args),
  parameters: {
    docs: {
      description: {
        component:
          'An authoring tool for definitions: start from a built-in pack or blank, edit in the form ' +
          '(checklists and quizzes) or as JSON, see the real element beside it, then download the JSON or ' +
          'copy an embed snippet. Drafts stay in memory unless the author ticks "Keep a draft in this ' +
          'browser". **Script tag:** `<script type="module" src="https://your-site.example/builder.js">' +
          '</script>` then `<recipro-builder></recipro-builder>` (never part of `recipro.js`). ' +
          "**npm:** `import 'recipro-widgets/builder';`.",
      },
    },
  },
} satisfies Meta<BuilderArgs>;

export default meta;
type Story = StoryObj<BuilderArgs>;

/** A blank checklist: one sign and one band, ready to fill. */
export const BlankChecklist: Story = {};

/** A blank quiz: one question on a three-point scale. */
export const BlankQuiz: Story = { args: { kind: 'quiz' } };

/** A stepper: edited as JSON (there is no form for steppers). */
export const Stepper: Story = { args: { kind: 'stepper' } };

/** Invalid JSON while typing: the error says where, and the preview keeps the last valid version. */
export const InvalidJSON: Story = {
  play: ({ canvasElement }) => typeJSON(finder(canvasElement), '{ "kind": "checklist", '),
};

/** A definition with problems: each is listed, linked to its field; the preview shows the element's own error. */
export const WithProblems: Story = {
  play: async ({ canvasElement }) => {
    const el = finder(canvasElement);
    await el.updateComplete;
    await typeJSON(el, JSON.stringify({ ...el.definition, items: [] }, null, 2));
  },
};

/** In Arabic: the builder mirrors, the JSON stays left to right. */
export const Arabic: Story = { args: { locale: 'ar' } };
