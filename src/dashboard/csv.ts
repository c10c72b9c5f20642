/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled inside. A spreadsheet runs a cell that
 * starts with `=`, `+`, `-` or `@` (or a tab or carriage return) as a formula, so such a cell gets
 * a leading `'` first (OWASP's advice against CSV injection): results carry text from readers.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as one CSV text, the header row first, each record ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
