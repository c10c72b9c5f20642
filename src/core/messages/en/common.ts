/** Strings every element uses. */
export const common = {
  loading: 'Loading…',
  errorTitle: 'This assessment could not be shown',
  errorIntro: 'The page that embeds it has a problem with its configuration:',
  errorMore: (n: number) => `…and ${n} more.`,
  fetchFailed: (status: string) => `The definition could not be loaded (${status}).`,
  networkFailed: 'The definition could not be loaded: the network request failed.',
  validatorFailed:
    'The definition could not be checked: the code that checks it could not be loaded (is the page offline?).',
  notSaved: 'Your progress is not being saved on this device.',
  start: 'Start',
  next: 'Next',
  back: 'Back',
  resultTitle: 'Your result',
  print: 'Print',
  copy: 'Copy as text',
  copied: 'Copied.',
  copyFailed: 'Copying is blocked on this page; select the text to copy it.',
  /** Code that loads on demand (a download) could not be loaded. */
  unavailable: 'That could not be done just now (is the page offline?). Please try again.',
  reset: 'Reset',
  supportLink: 'Support and helplines',
  /** On the copy button for a few seconds after a copy worked. */
  copyDone: 'Copied',
  /** A button at the top of every safety result: leaves for a neutral site (`exit-url`). */
  quickExit: 'Leave this page quickly',
  quickExitHint: 'Or press Shift three times.',
  /** Said after the first and second Shift presses (`n` is 2, then 1). */
  shiftMore: (n: number) =>
    n === 1 ? 'Shift: press once more to leave this page.' : `Shift: press ${n} more times to leave this page.`,
  /** Before a phone number on a call button (when the service lists its own label, that is used). */
  call: 'Call',
  /** Before a phone number on a text-message button. */
  sendText: 'Text',
  /** The fold holding other regions' services, when the reader's region is known. */
  otherRegions: 'Services in other countries',
  /** Before the list of countries, each folded, when the reader's region is unknown. */
  byCountry: 'Services by country',
  disclaimerLabel: 'Please note',
  summary: 'Summary',
  /** A label and its text on one line of a copied or downloaded summary. */
  labelled: (label: string, text: string) => `${label}: ${text}`,
};
