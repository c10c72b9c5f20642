/** A repeating, all-day calendar reminder, as iCalendar text (RFC 5545). */
export interface CalendarReminder {
  /** The event's title (SUMMARY). */
  title: string;
  /** The event's description (DESCRIPTION). */
  description: string;
  /** The event repeats every this many weeks. */
  everyWeeks: number;
  /** The first day; its local calendar date is used. */
  start: Date;
  /** When the file is made (DTSTAMP). Default: now. */
  now?: Date;
  /** A unique id; the file's UID is `<uid>@recipro-widgets`. */
  uid: string;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values escape backslash, semicolon, comma and line breaks; other control characters are not allowed. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- TEXT may not hold control characters other than tab
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/**
 * Splits a content line into lines of at most 75 octets, never inside a UTF-8 sequence;
 * continuations begin with a space.
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDD` of a date in local time. */
export function icsDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function icsUtc(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** A VCALENDAR with one all-day VEVENT that repeats weekly, and a display alarm at 9:00 on the day. */
export function reminderCalendar(reminder: CalendarReminder): string {
  const start = new Date(reminder.start.getFullYear(), reminder.start.getMonth(), reminder.start.getDate());
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
  const title = escapeText(reminder.title);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//recipro-widgets//RECIPRO stepper//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${reminder.uid}@recipro-widgets`,
    `DTSTAMP:${icsUtc(reminder.now ?? new Date())}`,
    `DTSTART;VALUE=DATE:${icsDate(start)}`,
    `DTEND;VALUE=DATE:${icsDate(end)}`,
    `RRULE:FREQ=WEEKLY;INTERVAL=${Math.max(1, Math.round(reminder.everyWeeks))}`,
    `SUMMARY:${title}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER;RELATED=START:PT9H',
    `DESCRIPTION:${title}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.flatMap(foldLine).join('\r\n')}\r\n`;
}
