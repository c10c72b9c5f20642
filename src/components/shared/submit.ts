import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IncludeOption, ResultPayload } from '../../core/index.js';
import { emit } from '../../events.js';
import type { SubmitController, SubmitOptions } from './submit-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Reads `submit-include`: a space- or comma-separated list of `scores`, `answers`, `notes`. */
export function parseInclude(value: string | null | undefined): IncludeOption[] {
  const known: IncludeOption[] = ['scores', 'answers', 'notes'];
  const picked = (value ?? '').split(/[\s,]+/).filter((v): v is IncludeOption => (known as string[]).includes(v));
  return picked.length ? picked : ['scores'];
}

/**
 * Sends results to the host's `submit-url`. The delivery code (queue, retries, beacon: see
 * SubmitController) loads only for an element that has a `submit-url`, as soon as it has one,
 * so it is there before the reader finishes. A page that sends nothing never downloads it.
 * `options` are handed to the SubmitController: elements pass their `submit-key` (which makes it
 * fetch the encryption code in turn); tests pass retry timing and a clock.
 */
export class Submitter implements ReactiveController {
  private controller?: Promise<SubmitController | undefined>;

  constructor(
    private readonly host: Host,
    private readonly url: () => string | null | undefined,
    private readonly options: SubmitOptions = {},
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.url()) void this.load();
  }

  private load(): Promise<SubmitController | undefined> {
    return (this.controller ??= import('./submit-controller.js').then(
      ({ SubmitController }) => new SubmitController(this.host, this.url, this.options),
      () => {
        this.controller = undefined; // offline: the next result tries again
        return undefined;
      },
    ));
  }

  /** Queues a result for delivery; without `submit-url`, does nothing. */
  send(payload: ResultPayload): void {
    if (!this.url()) return;
    void this.load().then((controller) => {
      if (controller) controller.send(payload);
      else
        emit(this.host, 'recipro-submit-error', { reason: 'the sending code could not be loaded', key: payload.key });
    });
  }
}
