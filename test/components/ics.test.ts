import { expect } from '@open-wc/testing';
import {
  escapeText,
  foldLine,
  icsDate,
  icsUtc,
  reminderCalendar,
  type CalendarReminder,
} from '../../src/components/stepper/ics.js';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

const octets = (s: string) => new TextEncoder().encode(s).length;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A small RFC 5545 reader: checks the physical lines (CRLF, at most 75 octets, no split
 * characters), unfolds them, and parses `NAME;PARAM=VALUE:value` lines into nested components.
 */
function parseCalendar(text: string): Component {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(text.replace(/\r\n/g, ''), 'no bare CR or LF').to.not.match(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(octets(line), `at most 75 octets: ${line}`).to.be.at.most(75);
    expect(LONE_SURROGATE.test(line), `no character split across lines: ${line}`).to.equal(false);
  }
  const root: Component = { name: '', properties: [], components: [] };
  const stack = [root];
  for (const line of text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')) {
    const match = /^([A-Z][A-Z0-9-]*)((?:;[A-Z-]+=[^;:]*)*):(.*)$/.exec(line);
    expect(match, `a content line: ${line}`).to.not.equal(null);
    const [, name, paramText, value] = match!;
    const params = Object.fromEntries(
      paramText!
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    if (name === 'BEGIN') {
      const component: Component = { name: value!, properties: [], components: [] };
      stack.at(-1)!.components.push(component);
      stack.push(component);
    } else if (name === 'END') {
      expect(stack.pop()!.name, 'END matches BEGIN').to.equal(value);
    } else {
      stack.at(-1)!.properties.push({ name: name!, params, value: value! });
    }
  }
  expect(stack, 'every component ended').to.have.length(1);
  expect(root.components, 'one VCALENDAR').to.have.length(1);
  return root.components[0]!;
}

const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const one = (component: Component, name: string): Property => {
  const found = component.properties.filter((p) => p.name === name);
  expect(found, `exactly one ${name} in ${component.name}`).to.have.length(1);
  return found[0]!;
};

const reminder: CalendarReminder = {
  title: 'Reciprocity check-in',
  description: 'Set aside ten quiet minutes to ask "How are we doing?" and listen.',
  everyWeeks: 2,
  start: new Date(2026, 0, 31, 18, 30),
  now: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
  uid: '0b7c4f8e-1111-4222-8333-444455556666',
};

describe('reminderCalendar (RFC 5545)', () => {
  it('is a VCALENDAR with VERSION 2.0, a PRODID and one repeating all-day VEVENT', () => {
    const calendar = parseCalendar(reminderCalendar(reminder));
    expect(calendar.name).to.equal('VCALENDAR');
    expect(one(calendar, 'VERSION').value).to.equal('2.0');
    expect(one(calendar, 'PRODID').value).to.equal('-//recipro-widgets//RECIPRO stepper//EN');
    expect(calendar.components.map((c) => c.name)).to.deep.equal(['VEVENT']);
    const event = calendar.components[0]!;
    expect(one(event, 'UID').value).to.equal('0b7c4f8e-1111-4222-8333-444455556666@recipro-widgets');
    expect(one(event, 'DTSTAMP').value).to.equal('20260102T030405Z');
    expect(one(event, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20260131' });
    expect(one(event, 'DTEND')).to.deep.equal({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20260201' });
    expect(one(event, 'RRULE').value).to.equal('FREQ=WEEKLY;INTERVAL=2');
    expect(unescapeText(one(event, 'SUMMARY').value)).to.equal('Reciprocity check-in');
    expect(unescapeText(one(event, 'DESCRIPTION').value)).to.equal(reminder.description);
    const alarm = event.components[0]!;
    expect(alarm.name).to.equal('VALARM');
    expect(one(alarm, 'ACTION').value).to.equal('DISPLAY');
    expect(one(alarm, 'TRIGGER')).to.deep.equal({ name: 'TRIGGER', params: { RELATED: 'START' }, value: 'PT9H' });
    expect(unescapeText(one(alarm, 'DESCRIPTION').value)).to.equal('Reciprocity check-in');
  });

  it('escapes TEXT values so they read back exactly', () => {
    const description = 'Ask; then listen, really.\nA backslash \\ stays.\r\nThe end, too;';
    const title = 'Check in, again; \\ soon';
    const event = parseCalendar(reminderCalendar({ ...reminder, title, description })).components[0]!;
    expect(one(event, 'DESCRIPTION').value).to.equal(
      'Ask\\; then listen\\, really.\\nA backslash \\\\ stays.\\nThe end\\, too\\;',
    );
    expect(unescapeText(one(event, 'DESCRIPTION').value)).to.equal(description.replace(/\r\n/g, '\n'));
    expect(unescapeText(one(event, 'SUMMARY').value)).to.equal(title);
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const description = `${'Ünïcödé and emoji 👋🏽 — '.repeat(12)}end`;
    const text = reminderCalendar({ ...reminder, description, title: 'ä'.repeat(80) });
    const physical = text.split('\r\n');
    expect(physical.filter((l) => l.startsWith(' ')).length, 'some lines are folded').to.be.greaterThan(4);
    // Folding uses the room it has: a folded line is never far below the limit.
    const folded = physical.filter((l, i) => physical[i + 1]?.startsWith(' '));
    for (const line of folded) expect(octets(line)).to.be.within(72, 75);
    const event = parseCalendar(text).components[0]!;
    expect(unescapeText(one(event, 'DESCRIPTION').value)).to.equal(description);
    expect(unescapeText(one(event, 'SUMMARY').value)).to.equal('ä'.repeat(80));
  });

  it('leaves out control characters, which TEXT may not hold', () => {
    const event = parseCalendar(reminderCalendar({ ...reminder, description: 'a\u0007b\u0000c\td' })).components[0]!;
    expect(one(event, 'DESCRIPTION').value).to.equal('abc\td');
  });

  it('repeats every week at least, in whole weeks', () => {
    for (const [weeks, rule] of [
      [1, 'FREQ=WEEKLY;INTERVAL=1'],
      [4, 'FREQ=WEEKLY;INTERVAL=4'],
      [0, 'FREQ=WEEKLY;INTERVAL=1'],
      [2.4, 'FREQ=WEEKLY;INTERVAL=2'],
    ] as const) {
      const event = parseCalendar(reminderCalendar({ ...reminder, everyWeeks: weeks })).components[0]!;
      expect(one(event, 'RRULE').value).to.equal(rule);
    }
  });

  it('formats dates and times', () => {
    expect(icsDate(new Date(2026, 11, 31, 23, 59))).to.equal('20261231');
    expect(icsUtc(new Date(Date.UTC(2026, 5, 7, 8, 9, 10)))).to.equal('20260607T080910Z');
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    expect(foldLine('SHORT:line')).to.deep.equal(['SHORT:line']);
    expect(foldLine('X'.repeat(76))).to.deep.equal(['X'.repeat(75), ' X']);
  });
});
