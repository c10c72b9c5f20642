/** Strings of `<recipro-checklist>`. */
export const checklist = {
  checkedOf: (n: number, total: number) => `${n} of ${total} checked`,
  /** Warning signs a writer put in a list of good signs: counted apart, after the count. */
  warningSigns: (n: number) => (n === 1 ? '1 warning sign' : `${n} warning signs`),
  /** The band reached while the reader ticks, before they ask what it means. */
  soFar: (label: string) => `So far: ${label}`,
  seeMeaning: 'See what this means',
  /** Leads the band's next step in the full takeaway. */
  whatNext: 'What you could do next:',
  /** The name of a writer's list that has no heading and no `title`. */
  untitled: 'Checklist',
  /** Takeaway as one line, for the live region and the copied summary. */
  bandTakeaway: (label: string, takeaway: string) => `${label}: ${takeaway}`,
  countAndTakeaway: (count: string, takeaway: string) => `${count}. ${takeaway}`,
  resetDone: 'All items are unchecked.',
  /** Inside a `<form>`, when the checklist has the `required` attribute and the reader has not used it yet. */
  checklistRequired: 'Check what applies, or press “See what this means”.',
  /*
   * Bands for a checklist built from a writer's own list, whose topic the element cannot know:
   * worded so they fit any list about reciprocity, and never advising someone to give more.
   */
  listDisclaimer:
    'A tool for reflection, not a diagnosis and not therapy. It cannot assess your situation or your safety.',
  listFew: 'Few of these for now',
  listFewTakeaway: 'Pick one sign you would like more of and start there; small steps count.',
  listSome: 'Some of these',
  listSomeTakeaway: 'There is a base to build on: begin with one of the signs that is missing.',
  listMany: 'Many of these',
  listManyTakeaway: 'Much of this is already in place; keep the habits that make it so.',
  warningFew: 'Few of these',
  warningFewTakeaway: 'A few of these are common anywhere; the pattern over time matters more than any single day.',
  warningSome: 'Some of these',
  warningSomeTakeaway: 'It may help to talk one of these through with someone you trust.',
  warningMany: 'Many of these',
  warningManyTakeaway:
    'You may be carrying a lot. Be gentle with yourself, and consider talking it through with someone you ' +
    'trust or a professional.',
};
