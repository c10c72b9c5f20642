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
  disclaimerLabel: 'Please note',
  summary: 'Summary',
  /** A label and its text on one line of a copied or downloaded summary. */
  labelled: (label: string, text: string) => `${label}: ${text}`,
};
