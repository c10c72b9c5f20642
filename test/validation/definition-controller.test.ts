import { expect } from '@open-wc/testing';
import { html, LitElement, type TemplateResult } from 'lit';
import { DefinitionController } from '../../src/components/shared/definition-controller.js';
import { errorView } from '../../src/components/shared/views.js';
import { parseDefinitionIn, type Issue } from '../../src/core/index.js';
import { smallChecklist } from '../fixtures/definitions.js';

/**
 * The smallest element with a definition from outside. Its validator loader stands for the
 * network: it rejects while `online` is false, as the validator chunk's import() does offline.
 */
class ValidatingHost extends LitElement {
  static override properties = { definition: { attribute: false } };
  declare definition: unknown;
  online = false;
  loads = 0;
  readonly definitionController = new DefinitionController(this, {
    kind: 'checklist',
    presets: {},
    source: () => ({ from: 'property', value: this.definition }),
    loadValidator: async () => {
      this.loads++;
      // What a dynamic import() rejects with in Chromium when the chunk cannot be fetched.
      if (!this.online) throw new TypeError('Failed to fetch dynamically imported module');
      return { parseDefinitionIn };
    },
  });

  override render(): TemplateResult {
    const state = this.definitionController.state;
    if (state.status === 'error') return errorView('en', state.issues);
    return html`<p>${state.status === 'ready' ? state.definition.title : 'Loading'}</p>`;
  }
}
customElements.define('validating-host', ValidatingHost);

/** Until the element has resolved its definition and rendered the outcome. */
async function settled(element: ValidatingHost): Promise<void> {
  await element.updateComplete;
  await element.definitionController.settled;
  await element.updateComplete;
}

/** A connected host showing `definition`, and the issues of every `recipro-error` it fires. */
async function connect(definition: unknown): Promise<{ element: ValidatingHost; errors: Issue[][] }> {
  const element = document.createElement('validating-host') as ValidatingHost;
  const errors: Issue[][] = [];
  element.addEventListener('recipro-error', (event) => errors.push((event as CustomEvent).detail.issues));
  element.definition = definition;
  document.body.append(element);
  await settled(element);
  return { element, errors };
}

const VALIDATOR_OFFLINE =
  'The definition could not be checked: the code that checks it could not be loaded (is the page offline?).';

const offline = [{ path: '', message: VALIDATOR_OFFLINE }];

describe('the validator chunk, when it cannot be loaded', () => {
  afterEach(() => document.querySelectorAll('validating-host').forEach((element) => element.remove()));

  it('shows why in an alert and fires recipro-error, instead of loading forever', async () => {
    const { element, errors } = await connect(structuredClone(smallChecklist));
    expect(element.definitionController.state).to.deep.equal({ status: 'error', issues: offline });
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('li')!.textContent).to.equal(VALIDATOR_OFFLINE);
    expect(errors).to.deep.equal([offline]);
  });

  it('tries again when the element next resolves a definition', async () => {
    const { element, errors } = await connect(structuredClone(smallChecklist));
    expect(element.loads).to.equal(1);

    element.online = true;
    element.definition = structuredClone(smallChecklist);
    await settled(element);
    expect(element.loads).to.equal(2);
    expect(element.definitionController.state.status).to.equal('ready');
    expect(element.shadowRoot!.querySelector('p')!.textContent).to.equal('Signs');
    expect(errors).to.have.length(1);
  });

  it('tries again with the same definition once the element, connected again, next updates', async () => {
    const { element } = await connect(structuredClone(smallChecklist));
    element.online = true;
    element.remove();
    document.body.append(element);
    // Reconnecting forgets the source; any update (a property, an edit of the light DOM) resolves it.
    element.requestUpdate();
    await settled(element);
    expect(element.loads).to.equal(2);
    expect(element.definitionController.state.status).to.equal('ready');
  });

  it('still reports the issues of an invalid definition once the validator is there', async () => {
    const { element } = await connect({ ...structuredClone(smallChecklist), items: [] });
    element.online = true;
    element.definition = { ...structuredClone(smallChecklist), items: [] };
    await settled(element);
    expect(element.definitionController.state).to.deep.equal({
      status: 'error',
      issues: [{ path: 'items', message: 'must list at least one entry' }],
    });
  });
});

describe('the validator chunk, loaded by default', () => {
  class DefaultHost extends LitElement {
    readonly definitionController = new DefinitionController(this, {
      kind: 'checklist',
      presets: {},
      source: () => ({ from: 'script', value: JSON.stringify(smallChecklist) }),
    });
  }
  customElements.define('default-validating-host', DefaultHost);

  it('validates a definition from outside', async () => {
    const element = document.createElement('default-validating-host') as DefaultHost;
    document.body.append(element);
    try {
      await element.updateComplete;
      await element.definitionController.settled;
      expect(element.definitionController.state.status).to.equal('ready');
    } finally {
      element.remove();
    }
  });
});
