import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/quiz/quiz.js';

interface ThemeArgs {
  accent: string;
  onAccent: string;
  surface: string;
  surfaceAlt: string;
  text: string;
  muted: string;
  border: string;
  radius: string;
  space: string;
  font: string;
}

const css = (selector: string, a: ThemeArgs) => `${selector} {
  --recipro-accent: ${a.accent};
  --recipro-on-accent: ${a.onAccent};
  --recipro-surface: ${a.surface};
  --recipro-surface-alt: ${a.surfaceAlt};
  --recipro-text: ${a.text};
  --recipro-muted: ${a.muted};
  --recipro-border: ${a.border};
  --recipro-radius: ${a.radius};
  --recipro-space: ${a.space};
  --recipro-font: ${a.font};
}`;

const dark: ThemeArgs = {
  accent: '#7fcbb3',
  onAccent: '#0d1f1a',
  surface: '#161b1a',
  surfaceAlt: '#222a28',
  text: '#e8eeec',
  muted: '#b4c2be',
  border: '#7d8d89',
  radius: '0.5rem',
  space: '1rem',
  font: 'system-ui, sans-serif',
};

/**
 * Theming through custom properties: a counselling brand (editable with the controls) beside a
 * dark theme, with the CSS that produces each. Styles are applied with a `<style>` element in the
 * story, as a site's own stylesheet would; the elements themselves never use inline styles.
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
    radius: '0.75rem',
    space: '1.1rem',
    font: "Georgia, 'Times New Roman', serif",
  },
  argTypes: {
    accent: { control: 'color' },
    onAccent: { control: 'color' },
    surface: { control: 'color' },
    surfaceAlt: { control: 'color' },
    text: { control: 'color' },
    muted: { control: 'color' },
    border: { control: 'color' },
  },
} satisfies Meta<ThemeArgs>;
export default meta;

export const BrandAndDark: StoryObj<ThemeArgs> = {
  render: (args) => html`<style>
      ${css('.brand recipro-quiz', args)}
      ${css('.dark recipro-quiz', dark)}
      .themes { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1.5rem; }
      .dark { background: #101514; color: #e8eeec; padding: 1rem; }
      .themes pre { white-space: pre-wrap; font-size: 0.8rem; }
    </style>
    <div class="themes">
      <section class="brand" aria-label="Counselling brand">
        <recipro-quiz></recipro-quiz>
        <pre><code>${css('recipro-quiz', args)}</code></pre>
      </section>
      <section class="dark" aria-label="Dark theme">
        <recipro-quiz></recipro-quiz>
        <pre><code>${css('recipro-quiz', dark)}</code></pre>
      </section>
    </div>`,
};
