import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/checklist/checklist.js';
import type { ReciproChecklist } from '../src/components/checklist/checklist.component.js';
import { oneSidedSigns, romanticSigns } from '../src/content/index.js';
import { openDetails } from './open-details.js';

interface ChecklistArgs {
  preset: string;
  persist: string;
  locale: string;
  structuredData: boolean;
}

/** What a blogger writes: an ordinary list in the element. */
const writersList = (args: Partial<ChecklistArgs>) =>
  html`<recipro-checklist
    persist=${args.persist ?? ''}
    locale=${args.locale ?? ''}
    ?structured-data=${args.structuredData ?? false}
  >
    <h3>Signs you share the load</h3>
    <ul>
      <li>Both of you feel heard when you talk.</li>
      <li>Plans are made by either of you, not always the same one.</li>
      <li data-weight="2">Thanks and appreciation go both ways.</li>
      <li>Chores are split in a way you both think is fair.</li>
      <li>Either of you can ask for help without it becoming a big deal.</li>
    </ul>
  </recipro-checklist>`;

const preset = (id: string, checked: readonly string[] = []) =>
  html`<recipro-checklist preset=${id} .checked=${[...checked]}></recipro-checklist>`;

/** Presses "See what this means", as a reader would: the full takeaway shows and takes focus. */
async function reveal(canvasElement: HTMLElement): Promise<ReciproChecklist> {
  const el = canvasElement.querySelector<ReciproChecklist>('recipro-checklist')!;
  await el.updateComplete;
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'See what this means')?.click();
  await el.updateComplete;
  return el;
}

/** The first `n` item ids of a pack: pre-checked through the `checked` property (no events). */
const first = (list: { items: { id: string }[] }, n: number) => list.items.slice(0, n).map((i) => i.id);

/** A page of prose around the element, as in an article. */
const article = (content: TemplateResult) => html`<style>
    .article {
      max-inline-size: 42rem;
      font-family: Georgia, serif;
      font-size: 1.1rem;
      line-height: 1.6;
    }
  </style>
  <article class="article">
  <p>Reciprocity is the everyday give and take that keeps a relationship feeling fair to both people.</p>
  ${content}
  <p>Whatever you ticked, one small, kind step is a good place to begin.</p>
</article>`;

const meta = {
  title: 'Elements/Checklist',
  component: 'recipro-checklist',
  tags: ['autodocs'],
  args: { preset: '', persist: '', locale: '', structuredData: false },
  argTypes: {
    preset: {
      control: 'select',
      options: [
        '',
        'romantic-signs',
        'one-sided-signs',
        'friendship-balance',
        'work-reciprocity',
        'trauma-and-reciprocity',
        'restore-steps',
      ],
    },
    persist: { control: 'inline-radio', options: ['', 'session', 'local'] },
    structuredData: { control: 'boolean' },
  },
  render: (args) => article(writersList(args)),
  parameters: {
    docs: {
      description: {
        component:
          `A checklist that upgrades a writer's own list. **Script tag:** \`<script type="module" ` +
          `src="https://your-site.example/recipro.js"></script>\`, then wrap the list: ` +
          `\`<recipro-checklist><ul><li>Both of us feel heard</li>…</ul></recipro-checklist>\`. ` +
          `The list stays in the page for search engines, feed readers and readers without ` +
          `JavaScript. Or use \`preset\`, \`src\`, a child JSON script or the \`definition\` ` +
          `property. **npm:** \`import 'recipro-widgets/checklist';\`. Use the quiz for a scored ` +
          `result, the checklist inside an article, the stepper for a guided reflection over days ` +
          `or weeks.`,
      },
    },
  },
} satisfies Meta<ChecklistArgs>;

export default meta;
type Story = StoryObj<ChecklistArgs>;

/** A writer's list, upgraded. */
export const UpgradedList: Story = {};

/**
 * A writer's list of warning signs: every item has `data-polarity="warning"`, so more checked reads
 * as more concern.
 */
export const WarningSignsList: Story = {
  render: () =>
    article(html`<recipro-checklist title="Signs the balance has tipped">
      <ul>
        <li data-polarity="warning">I start nearly every plan or call.</li>
        <li data-polarity="warning">My news rarely gets asked about.</li>
        <li data-polarity="warning">I often feel drained after we meet.</li>
      </ul>
    </recipro-checklist>`),
};

export const PresetRomanticSigns: Story = { render: () => preset('romantic-signs') };
export const PresetOneSidedSigns: Story = { render: () => preset('one-sided-signs') };
export const PresetFriendshipBalance: Story = { render: () => preset('friendship-balance') };
export const PresetWorkReciprocity: Story = { render: () => preset('work-reciprocity') };
export const PresetTraumaAndReciprocity: Story = { render: () => preset('trauma-and-reciprocity') };
export const PresetRestoreSteps: Story = { render: () => preset('restore-steps') };

/** While the reader ticks (4 of 8 signs): the count and the band so far, the takeaway not yet asked for. */
export const WhileTicking: Story = { render: () => preset('romantic-signs', first(romanticSigns, 4)) };

/**
 * The stories below press "See what this means": the full takeaway (band, takeaway, "What you could
 * do next" and the questions readers ask) shows, and focus moves to its heading.
 */
/** Healthy list, lowest band (1 of 8 signs). */
export const TakeawayFewSigns: Story = {
  render: () => preset('romantic-signs', first(romanticSigns, 1)),
  play: async ({ canvasElement }) => void (await reveal(canvasElement)),
};
/** Healthy list, middle band (4 of 8). */
export const TakeawaySomeSigns: Story = {
  render: () => preset('romantic-signs', first(romanticSigns, 4)),
  play: async ({ canvasElement }) => void (await reveal(canvasElement)),
};
/** Healthy list, top band (7 of 8). */
export const TakeawayManySigns: Story = {
  render: () => preset('romantic-signs', first(romanticSigns, 7)),
  play: async ({ canvasElement }) => void (await reveal(canvasElement)),
};
/** Warning list, lowest band (1 of 8 warning signs): support only as a quiet link. */
export const TakeawayFewWarningSigns: Story = {
  render: () => preset('one-sided-signs', first(oneSidedSigns, 1)),
  play: async ({ canvasElement }) => void (await reveal(canvasElement)),
};
/** Warning list, middle band (3 of 8). */
export const TakeawaySomeWarningSigns: Story = {
  render: () => preset('one-sided-signs', first(oneSidedSigns, 3)),
  play: async ({ canvasElement }) => void (await reveal(canvasElement)),
};
/** Warning list, top band (6 of 8), before the reader asks: support comes forward as soon as the band is reached. */
export const ManyWarningSignsWhileTicking: Story = { render: () => preset('one-sided-signs', first(oneSidedSigns, 6)) };
/** Warning list, top band (6 of 8): support services shown with the takeaway and its next step. */
export const TakeawayManyWarningSigns: Story = {
  render: () => preset('one-sided-signs', first(oneSidedSigns, 6)),
  play: async ({ canvasElement }) => void (await reveal(canvasElement)),
};
/** Many one-sided signs, with the questions readers ask at that point opened. */
export const TakeawayWithQuestions: Story = {
  render: () => preset('one-sided-signs', first(oneSidedSigns, 6)),
  play: async ({ canvasElement }) => openDetails(await reveal(canvasElement)),
};

/** A writer's list of good signs with one `data-polarity="warning"` sign, ticked: counted apart. */
export const WarningSignCountedApart: Story = {
  render: () =>
    article(html`<recipro-checklist .checked=${['plans', 'heard', 'thanks', 'score']}>
      <h3>Signs you share the load</h3>
      <ul>
        <li data-id="heard">Both of you feel heard when you talk.</li>
        <li data-id="plans">Plans are made by either of you, not always the same one.</li>
        <li data-id="thanks">Thanks and appreciation go both ways.</li>
        <li data-id="chores">Chores are split in a way you both think is fair.</li>
        <li data-id="help">Either of you can ask for help without it becoming a big deal.</li>
        <li data-id="time">You both make time for each other.</li>
        <li data-id="score" data-polarity="warning">One of you keeps score of who did what.</li>
      </ul>
    </recipro-checklist>`),
};

/** An invalid list (two items share a `data-id`): the error names it, and the writer's list stays readable. */
export const Error: Story = {
  render: () =>
    article(html`<recipro-checklist>
      <ul>
        <li data-id="heard">Both of you feel heard.</li>
        <li data-id="heard">Plans are made by either of you.</li>
      </ul>
    </recipro-checklist>`),
};

export const Dark: Story = {
  render: (args) => html`<div class="dark-theme">${article(writersList(args))}</div>`,
  decorators: [
    (story) => html`<style>
        .dark-theme {
          background: #101514;
          color: #e8eeec;
          padding: 1rem;
          color-scheme: dark;
          --recipro-accent: #7fcbb3;
          --recipro-on-accent: #0d1f1a;
          --recipro-border: #7d8d89;
          --recipro-focus: #8ab4ff;
          --recipro-warning: #f3b566;
          --recipro-danger: #ff9ea3;
        }
      </style>
      ${story()}`,
  ],
};

export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    ${article(html`<recipro-checklist>
      <h3>علامات المعاملة بالمثل</h3>
      <ul>
        <li>كلانا يشعر بأنه مسموع عندما نتحدث.</li>
        <li>كلانا يبادر إلى وضع الخطط.</li>
        <li>الشكر والتقدير يسيران في الاتجاهين.</li>
      </ul>
    </recipro-checklist>`)}
  </div>`,
};
