/** Strings of `<recipro-checklist>`. */
export const checklist = {
  checkedOf: (n: number, total: number) => `${n} of ${total}`,
  seeMeaning: 'See what this means',
};
