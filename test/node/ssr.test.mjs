// Server rendering: the npm build imported in Node with @lit-labs/ssr's DOM shim, each element
// rendered to a string (Astro, Eleventy, Next and Nuxt do the same). Nothing may throw; each element
// comes out as a declarative shadow root holding its loading shell.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

/** The rendered HTML, styles left out and lit's markers removed: what a reader's browser shows before JavaScript. */
const renderToString = (template) => collectResult(render(template));
const readable = (out) =>
  out
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ');

/** The text inside the element's declarative shadow root. */
function shadowOf(out, tag) {
  const match = new RegExp(
    `<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">([\\s\\S]*?)</template>`,
  ).exec(out);
  assert.ok(match, `<${tag}> has no declarative shadow root`);
  return match[1];
}

describe('server rendering (@lit-labs/ssr)', () => {
  it('imports every npm entry without a browser', async () => {
    for (const entry of [
      'recipro-widgets',
      'recipro-widgets/define',
      'recipro-widgets/quiz',
      'recipro-widgets/quiz.component',
      'recipro-widgets/checklist',
      'recipro-widgets/checklist.component',
      'recipro-widgets/stepper',
      'recipro-widgets/stepper.component',
      'recipro-widgets/locales',
      'recipro-widgets/locales/fr',
    ])
      await import(entry);
    assert.equal(typeof globalThis.customElements.get('recipro-quiz'), 'function');
    assert.equal(typeof globalThis.customElements.get('recipro-checklist'), 'function');
    assert.equal(typeof globalThis.customElements.get('recipro-stepper'), 'function');
  });

  it('renders <recipro-quiz> with the built-in quiz’s cover, styles included', async () => {
    await import('recipro-widgets/define');
    const out = await renderToString(html`<recipro-quiz></recipro-quiz>`);
    const shadow = shadowOf(out, 'recipro-quiz');
    assert.match(shadow, /^<style>[\s\S]*--recipro-accent/);
    const text = readable(shadow);
    assert.match(text, /<div part="base" lang="en" dir="ltr">/);
    assert.match(text, /<h2 id="intro-heading" tabindex="-1">Reciprocity balance check<\/h2>/);
    assert.match(text, /<button class="primary" >Start<\/button>/);
  });

  it('renders <recipro-checklist> with the writer’s list left in the page, after a loading line', async () => {
    await import('recipro-widgets/define');
    const out = await renderToString(html`<recipro-checklist>
      <h3>Signs you share the load</h3>
      <ul>
        <li>Both of us feel heard when we talk.</li>
        <li data-polarity="warning">I start nearly every plan.</li>
      </ul>
    </recipro-checklist>`);
    const text = readable(shadowOf(out, 'recipro-checklist'));
    assert.match(text, /<p class="muted">Loading…<\/p><slot><\/slot>/);
    const light = readable(out.slice(out.indexOf('</template>')));
    assert.match(light, /<h3>Signs you share the load<\/h3>/);
    assert.match(light, /<li>Both of us feel heard when we talk\.<\/li>/);
    assert.match(light, /<li data-polarity="warning">I start nearly every plan\.<\/li>/);
  });

  it('renders <recipro-stepper> as its loading shell', async () => {
    await import('recipro-widgets/define');
    const out = await renderToString(html`<recipro-stepper persist="local"></recipro-stepper>`);
    const text = readable(shadowOf(out, 'recipro-stepper'));
    assert.match(text, /<div part="base" lang="en" dir="ltr">/);
    assert.match(text, /role="status" aria-live="polite" aria-atomic="true"><\/div>/);
    assert.match(text, /<p class="muted">Loading…<\/p>/);
  });

  it('speaks the element’s locale when the server registered it, else shows an English loading shell', async () => {
    await import('recipro-widgets/define');
    const before = readable(
      shadowOf(await renderToString(html`<recipro-quiz locale="hi"></recipro-quiz>`), 'recipro-quiz'),
    );
    // No English cover for a quiz that will speak Hindi: the loading line only.
    assert.doesNotMatch(before, /Reciprocity balance check/);
    assert.match(before, /<p class="muted">Loading…<\/p>/);

    const { registerLocale } = await import('recipro-widgets/locales');
    const { ar } = await import('recipro-widgets/locales/ar');
    registerLocale(ar);
    const after = readable(
      shadowOf(await renderToString(html`<recipro-stepper locale="ar"></recipro-stepper>`), 'recipro-stepper'),
    );
    assert.match(after, /<div part="base" lang="ar" dir="rtl">/);
    assert.match(after, /<p class="muted">جارٍ التحميل…<\/p>/);
  });
});
