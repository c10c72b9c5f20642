import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Docs pages list attributes, events, parts and custom properties from the JSDoc in the source.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
  },
  // A language switcher: the elements take the language of the nearest `lang`.
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'hi', title: 'हिन्दी' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      const locale = (context.globals.locale as string) || 'en';
      return html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}>${story()}</div>`;
    },
  ],
};

export default preview;
