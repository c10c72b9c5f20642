import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/dashboard/dashboard.js';
import type { ReciproDashboard } from '../../src/dashboard/dashboard.component.js';
import type { RecordDetail } from '../../src/dashboard/types.js';
import { $, $$, button, deepActiveElement, expectAccessible, settle, squash, text, until } from '../helpers.js';
import {
  apiCalls,
  formulaRecord,
  keyPair,
  partialQuizRecord,
  quizRecord,
  requests,
  seed,
  sealedRecord,
  stepperRecord,
  stopRecording,
  TOKEN,
  type KeyPair,
} from './fixtures.js';

const API = '/__dashboard/api';

async function mount(): Promise<ReciproDashboard> {
  const el = await fixture<ReciproDashboard>(html`<recipro-dashboard api=${API}></recipro-dashboard>`);
  await settle(el);
  return el;
}

/** The cells of each row of the results table, as their text. */
const rows = (el: Element) =>
  $$(el, 'tbody tr').map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 5).map((c) => squash(c.textContent)));

const errorText = (el: Element) => text(el, '[role=alert]');

/** Waits for the calls started by the last action to finish (the element is busy meanwhile). */
const idle = async (el: ReciproDashboard) => {
  await until(() => !(el as unknown as { busy: boolean }).busy);
  await settle(el);
};

async function signIn(el: ReciproDashboard, token = TOKEN, remember = false): Promise<void> {
  $<HTMLInputElement>(el, '#token').value = token;
  $<HTMLInputElement>(el, '#remember-token').checked = remember;
  button(el, 'Sign in').click();
  await idle(el);
}

async function useKey(el: ReciproDashboard, key: string, remember = false): Promise<void> {
  $<HTMLTextAreaElement>(el, '#private-key').value = key;
  $<HTMLInputElement>(el, '#remember-key').checked = remember;
  button(el, 'Use this key').click();
  await idle(el);
}

async function openResult(el: ReciproDashboard, id: string): Promise<void> {
  $<HTMLButtonElement>(el, `button[data-id="${id}"]`).click();
  await idle(el);
}

async function filter(el: ReciproDashboard, values: Partial<Record<string, string>>): Promise<void> {
  for (const [name, value] of Object.entries(values)) $<HTMLInputElement>(el, `#filter-${name}`).value = value!;
  button(el, 'Apply filters').click();
  await idle(el);
}

describe('<recipro-dashboard>', () => {
  let key: KeyPair;
  let sealed: RecordDetail;

  before(async () => {
    key = await keyPair();
    sealed = await sealedRecord(key.raw);
  });

  beforeEach(async () => {
    sessionStorage.clear();
    await seed([quizRecord, formulaRecord, sealed]);
  });

  after(async () => {
    sessionStorage.clear();
    await stopRecording();
  });

  it('is accessible: signing in, the list, a result', async () => {
    const el = await mount();
    await expectAccessible(el);
    await signIn(el);
    await expectAccessible(el);
    await openResult(el, 'r-quiz');
    await expectAccessible(el);
  });

  it('asks for the token in a labelled password field, and nothing else is loaded', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#token');
    expect(input.type).to.equal('password');
    expect(squash($(el, 'label[for=token]').textContent)).to.equal('Access token');
    expect(await apiCalls()).to.deep.equal([]);
  });

  it('says a wrong token is not right, and stays on sign-in with the field focused', async () => {
    const el = await mount();
    await signIn(el, 'not-the-token');
    expect(errorText(el)).to.equal('That token is not right. Sign in again with the token the receiver printed.');
    expect($(el, '#list-heading')).to.equal(null);
    expect(deepActiveElement()).to.equal($(el, '#token'));
    expect(sessionStorage.length).to.equal(0);
  });

  it('with the right token lists the results newest first, sending the token only as a bearer', async () => {
    const el = await mount();
    await signIn(el);
    expect(rows(el)).to.deep.equal([
      ['2026-11-22 08:15 UTC', 'one-sided-signs v1.2.0', 'Encrypted', 'Encrypted', 'Yes'],
      ['2026-11-21 09:29 UTC', 'my-signs v2', '=SUM(1,2)', 'fr', 'No'],
      ['2026-11-20 10:00 UTC', 'reciprocity-balance v1.0.0', 'Mostly balanced', 'en', 'No'],
    ]);
    expect(text(el, 'caption')).to.equal('3 results, newest first');
    expect(text(el, '[role=status]')).to.equal('3 results shown.');
    expect(deepActiveElement()).to.equal($(el, '#list-heading'));
    expect(await apiCalls()).to.deep.equal(['GET session', 'GET results?limit=50']);
    const api = (await requests()).filter((r) => r.url.startsWith(API));
    expect(api.map((r) => r.headers.authorization)).to.deep.equal([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    // The token is in memory only: nothing was kept in the tab.
    expect(sessionStorage.length).to.equal(0);
  });

  it('maps the filters to the query, and clears them', async () => {
    const el = await mount();
    await signIn(el);
    await filter(el, { definition: 'my-signs', band: 'few', language: 'fr', since: '2026-11-01', until: '2026-11-30' });
    expect((await apiCalls()).at(-1)).to.equal(
      'GET results?definition=my-signs&band=few&language=fr&since=2026-11-01T00%3A00%3A00.000Z' +
        '&until=2026-11-30T23%3A59%3A59.999Z&limit=50',
    );
    expect(rows(el).map((r) => r[1])).to.deep.equal(['my-signs v2']);
    await filter(el, { definition: 'nothing-like-it' });
    expect(text(el, '.list > p')).to.equal('No results match.');
    const before = (await apiCalls()).length;
    button(el, 'Clear filters').click();
    await until(async () => (await apiCalls()).length > before);
    await until(() => rows(el).length === 3);
    expect((await apiCalls()).at(-1)).to.equal('GET results?limit=50');
    expect($<HTMLInputElement>(el, '#filter-definition').value).to.equal('');
  });

  it('loads the next page with `before` after the last row', async () => {
    const many: RecordDetail[] = Array.from({ length: 51 }, (_, i) => {
      const minute = String(i).padStart(2, '0');
      return {
        ...quizRecord,
        id: `r-${minute}`,
        key: `key-many-${minute}`,
        receivedAt: `2026-11-01T00:${minute}:00.000Z`,
        completedAt: `2026-11-01T00:${minute}:00.000Z`,
      };
    });
    await seed(many);
    const el = await mount();
    await signIn(el);
    expect(rows(el)).to.have.length(50);
    expect(rows(el)[0]![0]).to.equal('2026-11-01 00:50 UTC');
    expect(text(el, '[role=status]')).to.equal('50 results shown; more can be loaded.');
    button(el, 'Load more').click();
    await until(() => rows(el).length === 51);
    expect((await apiCalls()).at(-1)).to.equal('GET results?limit=50&before=r-01');
    expect(rows(el)[50]![0]).to.equal('2026-11-01 00:00 UTC');
    expect(button(el, 'Load more')).to.equal(undefined);
  });

  describe('a result in detail', () => {
    it('tells a clear quiz result in words, with its answers and raw JSON, and goes back', async () => {
      const el = await mount();
      await signIn(el);
      await openResult(el, 'r-quiz');
      expect(text(el, '#detail-heading')).to.equal('Result of 2026-11-20 10:00 UTC');
      expect(deepActiveElement()).to.equal($(el, '#detail-heading'));
      expect($$(el, '.summary li').map((li) => squash(li.textContent))).to.deep.equal([
        'Band: Mostly balanced.',
        'Scores: giving 3.5, receiving 2.25.',
        'Answered 12 of 12 questions.',
        'To work on first: receiving.',
      ]);
      expect($$(el, '.detail tbody tr').map((tr) => squash(tr.textContent))).to.deep.equal(['q1 4', 'q2 2']);
      expect($$(el, '.detail h3').map((h) => squash(h.textContent))).to.deep.equal(['Summary', 'Answers']);
      expect(JSON.parse($(el, '.raw pre').textContent!).payload.key).to.equal('key-quiz-000001');
      expect((await apiCalls()).at(-1)).to.equal('GET results/r-quiz');
      button(el, 'Back to results').click();
      await until(() => !!$(el, '#list-heading'));
      await settle(el);
      expect(deepActiveElement()).to.equal($(el, 'button[data-id="r-quiz"]'));
    });

    it("tells a stepper's steps and notes, and a quiz without a band", async () => {
      await seed([stepperRecord, partialQuizRecord]);
      const el = await mount();
      await signIn(el);
      expect(rows(el)).to.deep.equal([
        ['2026-11-23 17:59 UTC', 'recipro-steps v1.0.0', 'None', 'Not given', 'No'],
        ['2026-11-20 10:00 UTC', 'reciprocity-balance v1.0.0', 'None', 'en', 'No'],
      ]);
      await openResult(el, 'r-stepper');
      expect($$(el, '.summary li').map((li) => squash(li.textContent))).to.deep.equal([
        '1 of 3 steps done.',
        'Steps: recognise (done), express (in progress), check (not started).',
      ]);
      expect($$(el, '.notes > *').map((n) => n.textContent)).to.deep.equal([
        'recognise, first',
        'I plan every weekend.\nShe never asks.',
      ]);
      button(el, 'Back to results').click();
      await until(() => !!$(el, '#list-heading'));
      await openResult(el, 'r-partial');
      expect($$(el, '.summary li').map((li) => squash(li.textContent))).to.deep.equal([
        'No overall band (too few answers).',
        'Scores: giving not scored.',
        'Answered 2 of 12 questions (too few for a full result).',
        'A safety rule fired: support was shown first.',
      ]);
      expect($$(el, '.detail h3').map((h) => squash(h.textContent))).to.deep.equal(['Summary']);
    });

    it('deletes a result only once confirmed', async () => {
      const el = await mount();
      await signIn(el);
      await openResult(el, 'r-formula');
      button(el, 'Delete this result').click();
      await settle(el);
      expect(text(el, '#confirm-question')).to.equal('Delete this result for good? This cannot be undone.');
      expect(deepActiveElement()).to.equal($(el, '#confirm-question'));
      button(el, 'Cancel').click();
      await settle(el);
      expect($(el, '#confirm-question')).to.equal(null);
      expect(deepActiveElement()).to.equal($(el, '#detail-heading'));
      button(el, 'Delete this result').click();
      await settle(el);
      button(el, 'Delete').click();
      await until(() => !!$(el, '#list-heading'));
      await settle(el);
      expect((await apiCalls()).filter((c) => c.startsWith('DELETE'))).to.deep.equal(['DELETE results/r-formula']);
      expect(rows(el).map((r) => r[1])).to.deep.equal(['one-sided-signs v1.2.0', 'reciprocity-balance v1.0.0']);
      expect(text(el, '[role=status]')).to.equal('The result was deleted.');
      expect(deepActiveElement()).to.equal($(el, '#list-heading'));
    });

    it('erases everything stored under the key', async () => {
      const el = await mount();
      await signIn(el);
      await openResult(el, 'r-quiz');
      button(el, 'Erase everything for this key').click();
      await settle(el);
      expect(text(el, '#confirm-question')).to.equal(
        'Erase every result stored under the key key-quiz-000001? This cannot be undone.',
      );
      button(el, 'Erase').click();
      await until(() => !!$(el, '#list-heading') && rows(el).length === 2);
      await settle(el);
      expect((await apiCalls()).filter((c) => c.startsWith('DELETE'))).to.deep.equal([
        'DELETE results?key=key-quiz-000001',
      ]);
      expect(text(el, '[role=status]')).to.equal('Erased 1 result stored under the key key-quiz-000001.');
    });

    it('says when the result is no longer stored', async () => {
      const el = await mount();
      await signIn(el);
      await seed([formulaRecord, sealed]);
      $<HTMLButtonElement>(el, 'button[data-id="r-quiz"]').click();
      await until(() => errorText(el) !== '');
      expect(errorText(el)).to.equal('That result is no longer stored.');
      expect(button(el, 'Retry')).to.equal(undefined);
    });

    it('asks for the key to read an encrypted result', async () => {
      const el = await mount();
      await signIn(el);
      await openResult(el, 'r-sealed');
      expect(text(el, '.detail .notice')).to.equal('This result is encrypted. Paste the private key below to read it.');
    });
  });

  describe('the private key', () => {
    it('opens the encrypted row and result in this browser, and never sends the key', async () => {
      const el = await mount();
      await signIn(el);
      expect(squash($(el, 'label[for=private-key]').textContent)).to.equal('Private key (JSON)');
      await useKey(el, key.privateJwk);
      await until(() => rows(el)[0]![4] === 'Yes, decrypted');
      expect(rows(el)[0]).to.deep.equal([
        '2026-11-22 08:15 UTC',
        'one-sided-signs v1.2.0',
        'Some signs of imbalance',
        'hi',
        'Yes, decrypted',
      ]);
      expect(text(el, '.key p')).to.equal('A private key is in use, in memory only. It never leaves this browser.');
      await openResult(el, 'r-sealed');
      await until(() => !!$(el, '.summary'));
      expect($$(el, '.summary li').map((li) => squash(li.textContent))).to.deep.equal([
        'Band: Some signs of imbalance.',
        '3 of 9 signs checked.',
      ]);
      expect(text(el, '.detail h3 + p')).to.equal('Checked: starts-plans, listens-less, forgets.');
      expect($$(el, '.raw summary').map((s) => squash(s.textContent))).to.deep.equal([
        'Raw JSON',
        'Decrypted payload (JSON)',
      ]);
      // Nothing the server saw, in any URL, header or body, carries the key.
      const seen = JSON.stringify(await requests());
      expect(seen).to.include('r-sealed'); // the requests were recorded
      expect(seen).to.not.include(key.d);
      expect(seen).to.not.include(key.privateJwk.slice(0, 40));
      expect(sessionStorage.length).to.equal(0);
    });

    it('says a wrong key is for a different key', async () => {
      const other = await keyPair();
      const el = await mount();
      await signIn(el);
      await useKey(el, other.privateJwk);
      await until(() => rows(el)[0]![4] === 'Yes, not decrypted');
      expect(rows(el)[0]![2]).to.equal('Encrypted');
      await openResult(el, 'r-sealed');
      await until(() => text(el, '.detail .notice') !== 'Decrypting…');
      expect(text(el, '.detail .notice')).to.equal('This result was encrypted for a different key.');
    });

    it('refuses text that is not a private key', async () => {
      const el = await mount();
      await signIn(el);
      await useKey(el, '{"kty":"EC"}');
      expect(errorText(el)).to.equal(
        'This is not a private key from recipro-receiver keygen (a JSON Web Key for P-256, with "d").',
      );
      expect($(el, '#private-key')).to.not.equal(null);
    });

    it('pasted in a result, opens it there; forgotten, the rows close again', async () => {
      const el = await mount();
      await signIn(el);
      await openResult(el, 'r-sealed');
      await useKey(el, key.privateJwk);
      await until(() => !!$(el, '.summary'));
      expect(text(el, '.summary li')).to.equal('Band: Some signs of imbalance.');
      button(el, 'Forget the key').click();
      await settle(el);
      expect(deepActiveElement()).to.equal($(el, '#private-key'));
      expect(text(el, '[role=status]')).to.equal('The private key was forgotten.');
      expect($(el, '.summary')).to.equal(null);
    });
  });

  it('remembers the token and the key in this tab only when asked', async () => {
    const el = await mount();
    await signIn(el, TOKEN, true);
    await useKey(el, key.privateJwk, true);
    expect(sessionStorage.getItem('recipro-dashboard:token')).to.equal(TOKEN);
    expect(sessionStorage.getItem('recipro-dashboard:key')).to.equal(key.privateJwk);
    expect(localStorage.length).to.equal(0);
    el.remove();
    // A page opened again in this tab signs in and opens the encrypted row by itself.
    const again = await mount();
    await until(() => rows(again)[0]?.[4] === 'Yes, decrypted');
    expect(text(again, '.key p')).to.equal(
      'A private key is in use, remembered in this tab. It never leaves this browser.',
    );
    button(again, 'Sign out').click();
    await settle(again);
    expect(sessionStorage.length).to.equal(0);
    expect($(again, '#token')).to.not.equal(null);
    expect(deepActiveElement()).to.equal($(again, '[data-view-heading]'));
  });

  it('returns to sign-in when the token stops working', async () => {
    const el = await mount();
    await signIn(el, TOKEN, true);
    await seed([quizRecord], 'a-new-token');
    button(el, 'Apply filters').click();
    await until(() => !!$(el, '#token'));
    await settle(el);
    expect(errorText(el)).to.equal('That token is not right. Sign in again with the token the receiver printed.');
    expect(deepActiveElement()).to.equal($(el, '[data-view-heading]'));
    expect(sessionStorage.length).to.equal(0);
  });

  describe('when the receiver cannot be reached', () => {
    const realFetch = window.fetch;
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('says so and retries', async () => {
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      const el = await mount();
      await signIn(el);
      expect(errorText(el)).to.equal(
        'The receiver could not be reached. Check that it is running and your connection, then retry. Retry',
      );
      window.fetch = realFetch;
      button(el, 'Retry').click();
      await until(() => rows(el).length === 3);
      expect(errorText(el)).to.equal('');
    });

    it('shows what the receiver answered to a failed call', async () => {
      const el = await mount();
      await signIn(el);
      window.fetch = async () =>
        new Response(JSON.stringify({ ok: false, error: 'The database is locked.' }), { status: 503 });
      button(el, 'Apply filters').click();
      await until(() => errorText(el) !== '');
      expect(errorText(el)).to.equal('The receiver answered 503: The database is locked. Retry');
    });
  });

  it('downloads the loaded rows as CSV, decrypted where it can, with formulas defused', async () => {
    const el = await mount();
    await signIn(el);
    await useKey(el, key.privateJwk);
    await until(() => rows(el)[0]![4] === 'Yes, decrypted');
    const blobs: Blob[] = [];
    const realCreate = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return realCreate(blob);
    };
    try {
      button(el, 'Download CSV').click();
    } finally {
      URL.createObjectURL = realCreate;
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    expect(await blobs[0]!.text()).to.equal(
      'id,key,completed_at,received_at,definition,definition_version,kind,band,band_label,language,relationship,' +
        'encrypted,decrypted\r\n' +
        'r-sealed,key-sealed-00003,2026-11-22T08:15:00.000Z,2026-11-22T08:15:02.000Z,one-sided-signs,1.2.0,' +
        'checklist,some,Some signs of imbalance,hi,friend,yes,yes\r\n' +
        `r-formula,key-formula-0002,2026-11-21T09:29:00.000Z,2026-11-21T09:30:00.000Z,my-signs,2,checklist,few,` +
        `"'=SUM(1,2)",fr,"'@risk ""x""",no,\r\n` +
        'r-quiz,key-quiz-000001,2026-11-20T10:00:00.000Z,2026-11-20T10:00:05.000Z,reciprocity-balance,1.0.0,' +
        'quiz,balanced,Mostly balanced,en,partner,no,\r\n',
    );
    expect(text(el, '[role=status]')).to.equal('CSV of 3 results downloaded.');
  });

  it('works with the keyboard alone: sign in, open a result, go back', async () => {
    const el = await mount();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#token'));
    await sendKeys({ type: TOKEN });
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, '#list-heading') && rows(el).length === 3);
    await settle(el);
    expect(deepActiveElement()).to.equal($(el, '#list-heading'));
    for (let i = 0; i < 30 && !deepActiveElement()?.matches('button[data-id]'); i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, 'button[data-id="r-sealed"]'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, 'button[data-id="r-formula"]'));
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, '.detail dl.facts'));
    await settle(el);
    expect(deepActiveElement()).to.equal($(el, '#detail-heading'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(squash(deepActiveElement()?.textContent)).to.equal('Back to results');
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, '#list-heading'));
    await settle(el);
    expect(deepActiveElement()).to.equal($(el, 'button[data-id="r-formula"]'));
  });
});
