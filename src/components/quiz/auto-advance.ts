import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a chosen answer stays on screen before the next question: long enough to see it taken. */
export const ADVANCE_DELAY_MS = 350;

/**
 * Moves on a moment after the reader chose an answer with the pointer or a number key. Arrow keys
 * and Space only select (keyboard and screen-reader users stay in control); a pending move is
 * cancelled by anything else the reader does, so nothing moves on twice.
 */
export class AutoAdvance implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pointer = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A pointer went down on an option: the answer it makes may move on. */
  pointed(): void {
    this.pointer = true;
  }

  /** A key went down: the answer it makes (arrows, Space) only selects. */
  keyed(): void {
    this.pointer = false;
  }

  /** Whether the answer being made came from a pointer; asking forgets it. */
  takePointer(): boolean {
    const pointer = this.pointer;
    this.pointer = false;
    return pointer;
  }

  /** Runs `next` after the pause, instead of any move already pending. */
  schedule(next: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      next();
    }, ADVANCE_DELAY_MS);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
    this.pointer = false;
  }
}
