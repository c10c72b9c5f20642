// Source of test/pages/reliability-host-lit.js: the host page's OWN lit, another major version
// (lit 2, installed as the alias `lit-2`; ours is lit 3), bundled so that it
// shares nothing with ours, and defines a small element. Rebuild with:
//   npx esbuild test/reliability/host-lit.src.js --bundle --format=esm --minify \
//     --banner:js="/* eslint-disable */" --outfile=test/pages/reliability-host-lit.js
// Each URL (e.g. `?tag=host-before`) is a separate module instance: a separate lit copy.
import { LitElement, html, css } from 'lit-2';

const tag = new URL(import.meta.url).searchParams.get('tag') || 'host-counter';

class HostCounter extends LitElement {
  static properties = { count: { type: Number } };
  static styles = css`button { color: rebeccapurple; }`;
  constructor() {
    super();
    this.count = 0;
  }
  render() {
    return html`<button @click=${() => this.count++}>clicked ${this.count}</button>`;
  }
}
if (!globalThis.customElements.get(tag)) globalThis.customElements.define(tag, HostCounter);
(globalThis.__hostLoaded ||= []).push(tag);
