import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/checklist/checklist.js';
import '../src/components/quiz/quiz.js';
import '../src/components/stepper/stepper.js';

/** One scheme of a brand: the colours a host sets (light ones as `--recipro-*`, dark ones as `-dark`). */
interface Colours {
  accent: string;
  onAccent: string;
  surface: string;
  surfaceAlt: string;
  text: string;
  muted: string;
  border: string;
  focus: string;
}

interface ThemeArgs extends Colours {
  accentDark: string;
  onAccentDark: string;
  surfaceDark: string;
  surfaceAltDark: string;
  textDark: string;
  mutedDark: string;
  borderDark: string;
  focusDark: string;
  radius: string;
  font: string;
}

const NAMES: [keyof Colours, string][] = [
  ['accent', 'accent'],
  ['onAccent', 'on-accent'],
  ['surface', 'surface'],
  ['surfaceAlt', 'surface-alt'],
  ['text', 'text'],
  ['muted', 'muted'],
  ['border', 'border'],
  ['focus', 'focus'],
];

/** The CSS a site would write for the brand: each light colour and its `-dark` twin. */
const brandCss = (selector: string, a: ThemeArgs) =>
  [
    `${selector} {`,
    ...NAMES.flatMap(([key, name]) => [
      `  --recipro-${name}: ${a[key]};`,
      `  --recipro-${name}-dark: ${a[`${key}Dark` as keyof ThemeArgs]};`,
    ]),
    `  --recipro-radius: ${a.radius};`,
    `  --recipro-font: ${a.font};`,
    '}',
  ].join('\n');

/**
 * The host pages: a white page that declares no colour scheme (most sites), and a dark page that
 * declares `color-scheme: dark`. Styles come from a `<style>` element, as a site's own stylesheet
 * would; the elements themselves never use inline styles.
 */
const PAGES = `
  .pages { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1.5rem; }
  .page { padding: 1rem; display: grid; gap: 1.5rem; align-content: start; }
  .white-page { background: #ffffff; color: #1a1a1a; }
  .dark-page { color-scheme: dark; background: #101514; color: #e8eeec; }
  .unmarked-dark-page { background: #101514; color: #e8eeec; }
  .page h2 { margin: 0; font-size: 1.1rem; }
  .page pre { white-space: pre-wrap; font-size: 0.8rem; margin: 0; }
`;

const page = (kind: 'white-page' | 'dark-page' | 'unmarked-dark-page', label: string, content: TemplateResult) =>
  html`<section class="page ${kind}" aria-label=${label}>
    <h2>${label}</h2>
    ${content}
  </section>`;

/** All three elements, with an optional `theme`. */
const elements = (theme?: 'dark') =>
  html`<recipro-quiz theme=${ifDefined(theme)}></recipro-quiz>
    <recipro-checklist theme=${ifDefined(theme)} preset="friendship-balance"></recipro-checklist>
    <recipro-stepper theme=${ifDefined(theme)}></recipro-stepper>`;

/**
 * Theming. The elements take the host page's colour scheme (`color-scheme`, inherited), not the
 * device's: a white page keeps a light widget on a phone set to dark, a dark page gets a dark
 * one. `theme="light"` or `"dark"` forces a scheme, `theme="auto"` follows the device. Every
 * colour has a light custom property and a `-dark` twin; only the twins apply in the dark scheme.
 */
const meta = {
  title: 'Theming',
  args: {
    accent: '#5b3f8c',
    onAccent: '#ffffff',
    surface: '#ffffff',
    surfaceAlt: '#f5f1fa',
    text: '#231b2e',
    muted: '#574b66',
    border: '#8c7fa3',
    focus: '#1b5fc1',
    accentDark: '#c9b3f0',
    onAccentDark: '#1e1430',
    surfaceDark: '#1b1624',
    surfaceAltDark: '#271f33',
    textDark: '#eee8f5',
    mutedDark: '#c2b6d3',
    borderDark: '#8a7aa3',
    focusDark: '#f0c36b',
    radius: '0.75rem',
    font: "Georgia, 'Times New Roman', serif",
  },
  argTypes: Object.fromEntries(
    NAMES.flatMap(([key]) => [
      [key, { control: 'color' }],
      [`${key}Dark`, { control: 'color' }],
    ]),
  ),
} satisfies Meta<ThemeArgs>;
export default meta;

type Story = StoryObj<ThemeArgs>;

/** A counselling brand (editable with the controls) on a white page and on a dark page, with its CSS. */
export const BrandInBothSchemes: Story = {
  render: (args) => html`<style>
      ${PAGES}
      ${brandCss('.brand', args)}
    </style>
    <div class="pages brand">
      ${page('white-page', 'On a white page: the light colours', html`<recipro-quiz></recipro-quiz>`)}
      ${page('dark-page', 'On a dark page: the -dark twins', html`<recipro-quiz></recipro-quiz>`)}
    </div>
    <pre><code>${brandCss('recipro-quiz, recipro-checklist, recipro-stepper', args)}</code></pre>`,
};

/**
 * A white page that declares no colour scheme, seen on a device set to dark: the elements stay
 * light (switch your device to dark to see it). Only `theme="auto"`, on the right, follows the device.
 */
export const LightPageOnDarkDevice: Story = {
  render: () => html`<style>
      ${PAGES}
    </style>
    <div class="pages">
      ${page('white-page', 'White page: stays light', html`<recipro-quiz></recipro-quiz>`)}
      ${page('white-page', 'theme="auto": follows the device', html`<recipro-quiz theme="auto"></recipro-quiz>`)}
    </div>`,
};

/** A page with `color-scheme: dark`: the three elements in their dark defaults. */
export const DarkPage: Story = {
  render: () => html`<style>
      ${PAGES}
    </style>
    ${page('dark-page', 'A dark page (color-scheme: dark)', elements())}`,
};

/**
 * `theme="dark"`: for a dark site that does not declare `color-scheme` (on the right, all three
 * elements), or a dark box on a white page (on the left). The checklist has no box of its own: it
 * takes the page's text colour, so give it `theme="dark"` only on a dark page.
 */
export const ThemeDark: Story = {
  render: () => html`<style>
      ${PAGES}
    </style>
    <div class="pages">
      ${page('white-page', 'theme="dark" on a white page', html`<recipro-quiz theme="dark"></recipro-quiz>`)}
      ${page('unmarked-dark-page', 'theme="dark" on a dark page without color-scheme', elements('dark'))}
    </div>`,
};
