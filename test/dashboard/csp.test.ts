// The built dashboard page (dist/dashboard/, `npm run build` first) as the receiver serves it:
// under the contract's strict CSP with Trusted Types, signed in, a key pasted, a result opened.
import { expect } from '@open-wc/testing';
import { openPage, squash, until, type PageWindow } from '../helpers.js';
import { keyPair, quizRecord, sealedRecord, seed, stopRecording, TOKEN } from './fixtures.js';

const inShadow = (doc: Document, selector: string) =>
  doc.querySelector('recipro-dashboard')?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

describe('the built dashboard page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  after(async () => {
    sessionStorage.clear();
    await stopRecording();
  });

  it('signs in, decrypts and shows a result under the strict CSP with no violation', async () => {
    sessionStorage.clear();
    const key = await keyPair();
    await seed([quizRecord, await sealedRecord(key.raw)]);
    const { win, doc } = await openPage('/__dashboard/');
    const page = win as PageWindow;
    await until(() => !!inShadow(doc, '#token'));
    (inShadow(doc, '#token') as HTMLInputElement).value = TOKEN;
    inShadow(doc, 'form.sign-in button[type=submit]')!.click();
    await until(() => doc.querySelector('recipro-dashboard')!.shadowRoot!.querySelectorAll('tbody tr').length === 2);
    (inShadow(doc, '#private-key') as HTMLTextAreaElement).value = key.privateJwk;
    inShadow(doc, '.key button[type=submit]')!.click();
    await until(() => squash(inShadow(doc, 'tbody tr td:nth-of-type(4)')?.textContent) === 'Yes, decrypted');
    inShadow(doc, 'button[data-id="r-sealed"]')!.click();
    await until(() => !!inShadow(doc, '.summary'));
    expect(squash(inShadow(doc, '.summary li')!.textContent)).to.equal('Band: Some signs of imbalance.');
    expect(page.__violations).to.deep.equal([]);
    expect(page.__errors).to.deep.equal([]);
  });

  it('is served under the policy: an inline style is refused', async () => {
    await seed([]);
    const { win, doc } = await openPage('/__dashboard/');
    const page = win as PageWindow;
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    doc.body.append(probe);
    await until(() => page.__violations.length > 0);
    expect(page.__violations[0]).to.match(/^style-src-attr /);
  });
});
