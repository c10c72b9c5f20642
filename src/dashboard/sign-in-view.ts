import { html, type TemplateResult } from 'lit';

/** The sign-in form: the token the receiver printed at its first start. */
export function signInView(busy: boolean, onSubmit: (event: SubmitEvent) => void): TemplateResult {
  return html`<form class="sign-in" @submit=${onSubmit}>
    <h2 tabindex="-1" data-view-heading>Sign in</h2>
    <p id="token-help">Enter the access token that the receiver printed when it first started.</p>
    <div class="field">
      <label for="token">Access token</label>
      <input
        id="token"
        name="token"
        type="password"
        autocomplete="off"
        spellcheck="false"
        required
        aria-describedby="token-help"
      />
    </div>
    <div class="check">
      <input id="remember-token" name="remember" type="checkbox" />
      <label for="remember-token">Remember in this tab</label>
    </div>
    <div class="actions">
      <button class="primary" type="submit" ?disabled=${busy}>Sign in</button>
    </div>
  </form>`;
}
