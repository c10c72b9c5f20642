import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A neutral site to leave for, as GOV.UK's "Exit this page" uses. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** The page `exit-url` names, if http(s) (a relative address resolves against the page); else the default. */
export function exitTarget(url: string | undefined): string {
  try {
    const target = new URL(url || DEFAULT_EXIT_URL, document.baseURI);
    return /^https?:$/.test(target.protocol) ? target.href : DEFAULT_EXIT_URL;
  } catch {
    return DEFAULT_EXIT_URL;
  }
}

/** Longest pause between two Shift presses that still counts as "three in a row", in milliseconds. */
export const SHIFT_GAP = 1000;

const EVENTS = ['keyup', 'beforeprint', 'afterprint'];

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

interface SupportCallbacks {
  /** Three Shift presses in a row while a quick-exit button shows: leave the page. */
  leave(): void;
  /** One or two presses so far: `left` more are needed. */
  counting(left: number): void;
}

/**
 * What the support area needs from the page around it. While a "Leave this page quickly" button
 * shows, pressing Shift three times in a row (each within `SHIFT_GAP` of the last, with no other
 * key between, and not as the modifier of another key) leaves the page, as GOV.UK's
 * "Exit this page" does. When the page is printed, the folded support services print open.
 */
export class SupportController implements ReactiveController {
  private presses = 0;
  private last = 0;
  /** Whether the last key released was pressed with Shift held (Shift then acted as a modifier). */
  private modified = false;
  /** The folds opened for printing, closed again afterwards. */
  private opened: HTMLDetailsElement[] = [];

  constructor(
    private readonly host: Host,
    private readonly callbacks: SupportCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // On the window, capturing: a page that stops key events on their way cannot disable the way out.
    for (const type of EVENTS) window.addEventListener(type, this, true);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) window.removeEventListener(type, this, true);
  }

  handleEvent(event: Event): void {
    if (event.type === 'keyup') this.key(event as KeyboardEvent);
    else if (event.type === 'afterprint') {
      for (const details of this.opened) details.open = false;
      this.opened = [];
    } else {
      this.opened = [
        ...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>(
          ':is(details.resources-more, .resources details):not([open])',
        ),
      ];
      for (const details of this.opened) details.open = true;
    }
  }

  private key(event: KeyboardEvent): void {
    const shift = event.key === 'Shift' && !this.modified;
    this.modified = event.shiftKey;
    // Any other key ends a run without looking at the page: typing stays cheap with many elements.
    const exit = shift ? this.host.renderRoot.querySelector<HTMLElement>('.quick-exit') : null;
    // Shown, not merely present (the stepper keeps it in a closed fold); older Safari lacks checkVisibility.
    if (!exit || !(exit.checkVisibility?.() ?? exit.getClientRects().length)) {
      this.presses = 0;
      return;
    }
    this.presses = event.timeStamp - this.last <= SHIFT_GAP ? this.presses + 1 : 1;
    this.last = event.timeStamp;
    if (this.presses < 3) return this.callbacks.counting(3 - this.presses);
    this.presses = 0;
    this.callbacks.leave();
  }
}
