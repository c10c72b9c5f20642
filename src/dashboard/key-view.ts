import { html, type TemplateResult } from 'lit';

export interface KeyPanel {
  /** A key is in use; `remembered`: a copy is in this tab's storage. */
  inUse: boolean;
  remembered: boolean;
  busy: boolean;
  onUse: (event: SubmitEvent) => void;
  onForget: () => void;
}

/** Where the counsellor pastes the private key that opens encrypted results in this browser. */
export function keyView(panel: KeyPanel): TemplateResult {
  return html`<section class="key" aria-labelledby="key-heading">
    <h2 id="key-heading" tabindex="-1">Private key</h2>
    ${
      panel.inUse
        ? html`<p>
            A private key is in use, ${panel.remembered ? 'remembered in this tab' : 'in memory only'}. It never leaves
            this browser.
          </p>
          <div class="actions"><button type="button" @click=${panel.onForget}>Forget the key</button></div>`
        : html`<form @submit=${panel.onUse}>
          <p id="key-help">
            Encrypted results are opened here, in this browser, with the private key that
            <code>recipro-receiver keygen</code> wrote (a JSON Web Key). It is never sent to the receiver.
          </p>
          <div class="field">
            <label for="private-key">Private key (JSON)</label>
            <textarea
              id="private-key"
              name="key"
              rows="4"
              spellcheck="false"
              autocomplete="off"
              required
              aria-describedby="key-help"
            ></textarea>
          </div>
          <div class="check">
            <input id="remember-key" name="remember" type="checkbox" />
            <label for="remember-key">Remember in this tab</label>
          </div>
          <div class="actions">
            <button type="submit" ?disabled=${panel.busy}>Use this key</button>
          </div>
        </form>`
    }
  </section>`;
}
