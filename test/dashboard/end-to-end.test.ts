import { expect, fixture, html } from '@open-wc/testing';
import '../../src/dashboard/dashboard.js';
import type { ReciproDashboard } from '../../src/dashboard/dashboard.component.js';
import type { ReciproQuiz } from '../../src/components/quiz/quiz.js';
import { generateKeyPair } from '../../src/crypto/keys.js';
import { quiz, startQuiz } from '../components/quiz-fixture.js';
import { smallQuiz } from '../fixtures/definitions.js';
import { $, $$, button, settle, squash, text, until } from '../helpers.js';

// The whole encrypted path against the real receiver (test/server/real-receiver.mjs: the shipped
// createReceiver and createDashboard over an SQLite file, through the node adapter): a quiz seals
// its result, the database keeps only the envelope, the dashboard opens it with the private key.

/** Answers smallQuiz (5, 1, 1, 5, 1) with the pointer, to its result. */
async function complete(el: ReciproQuiz): Promise<void> {
  await startQuiz(el);
  for (const value of [5, 1, 1, 5, 1]) {
    $<HTMLInputElement>(el, `input[value="${value}"]`).click();
    await settle(el);
    $(el, '.actions .primary').click();
    await settle(el);
  }
  expect(text(el, 'h2')).to.equal('Your result');
}

const rows = (el: Element) =>
  $$(el, 'tbody tr').map((tr) => [...tr.querySelectorAll('th, td')].slice(1, 5).map((c) => squash(c.textContent)));

async function dashboard(site: string, token: string): Promise<ReciproDashboard> {
  const el = await fixture<ReciproDashboard>(html`<recipro-dashboard api=${`${site}/api`}></recipro-dashboard>`);
  await settle(el);
  $<HTMLInputElement>(el, '#token').value = token;
  button(el, 'Sign in').click();
  await until(() => $$(el, 'tbody tr').length > 0);
  return el;
}

async function useKey(el: ReciproDashboard, jwk: JsonWebKey): Promise<void> {
  $<HTMLTextAreaElement>(el, '#private-key').value = JSON.stringify(jwk);
  button(el, 'Use this key').click();
  await settle(el);
}

describe('encrypted results, end to end (quiz → real receiver → SQLite → dashboard)', () => {
  const session = `sqlite-e2e-${Date.now()}`;
  const base = `/__real-receiver/${session}`;
  let pair: Awaited<ReturnType<typeof generateKeyPair>>;
  let token: string;
  let value: NonNullable<ReciproQuiz['value']>;

  before(async () => {
    pair = await generateKeyPair();
    const el = await quiz(
      smallQuiz,
      `submit-url=${base}/results submit-key=${pair.publicKey} submit-include=scores,answers`,
    );
    const delivered: CustomEvent[] = [];
    el.addEventListener('recipro-submit', (e) => delivered.push(e as CustomEvent));
    await complete(el);
    await until(() => delivered.length > 0);
    value = el.value!;
    expect(delivered[0]!.detail).to.deep.equal({ status: 201, key: value.key });
    token = ((await (await fetch(`${base}/token`, { method: 'POST' })).json()) as { token: string }).token;
  });

  after(() => fetch(`${base}/reset`, { method: 'POST' }));

  it('stores only the envelope: no band, score, answer or language in the database', async () => {
    const stored = (await (await fetch(`${base}/raw`)).json()) as Record<string, unknown>[];
    expect(stored).to.have.length(1);
    const [row] = stored as [Record<string, unknown>];
    expect([
      row.key,
      row.definition_id,
      row.encrypted,
      row.kind,
      row.band_id,
      row.band_label,
      row.language,
    ]).to.deep.equal([value.key, 'small-quiz', 1, null, null, null, null]);
    const body = JSON.parse(row.body as string) as Record<string, unknown>;
    expect(Object.keys(body).sort()).to.deep.equal(
      ['ciphertext', 'completedAt', 'definition', 'enc', 'key', 'keyId', 'schema', 'schemaVersion', 'suite'].sort(),
    );
    const everything = JSON.stringify(stored);
    for (const clear of ['You carry more', 'carry-more', '"answers"', '"scores"', 'I help my partner', '"en"'])
      expect(everything.includes(clear), clear).to.equal(false);
  });

  it('the dashboard, given the private key, shows the result', async () => {
    const el = await dashboard(`${base}/site`, token);
    expect(rows(el)).to.deep.equal([['small-quiz v1.0.0', 'Encrypted', 'Encrypted', 'Yes']]);
    await useKey(el, pair.privateKeyJwk);
    await until(() => rows(el)[0]![3] === 'Yes, decrypted');
    expect(rows(el)).to.deep.equal([['small-quiz v1.0.0', 'You carry more', 'en', 'Yes, decrypted']]);
    $<HTMLButtonElement>(el, 'tbody button').click();
    await until(() => !!$(el, '.summary'));
    expect(squash($(el, '.summary li').textContent)).to.equal('Band: You carry more.');
  });

  it('the dashboard, given a wrong key, says so', async () => {
    const other = await generateKeyPair();
    const el = await dashboard(`${base}/site`, token);
    await useKey(el, other.privateKeyJwk);
    await until(() => rows(el)[0]![3] === 'Yes, not decrypted');
    $<HTMLButtonElement>(el, 'tbody button').click();
    await until(() => text(el, '.detail .notice') !== '' && text(el, '.detail .notice') !== 'Decrypting…');
    expect(text(el, '.detail .notice')).to.equal('This result was encrypted for a different key.');
  });

  it('the dashboard API answers 401 without the token, and the page is served under the strict CSP', async () => {
    const api = await fetch(`${base}/site/api/results`);
    expect([api.status, ((await api.json()) as { ok: boolean }).ok]).to.deep.equal([401, false]);
    const page = await fetch(`${base}/site/`);
    expect(page.status).to.equal(200);
    expect(page.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'; require-trusted-types-for 'script'",
    );
  });
});
