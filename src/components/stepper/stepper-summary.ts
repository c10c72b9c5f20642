/** The summary to copy or download: loaded only when the reader asks for one. */
import type { StepperDefinition, StepperData } from '../../core/index.js';
import { stepperProgress } from '../../core/index.js';
import { letterOf, noteOf, statusLabel } from './stepper-labels.js';
import type { StepperStrings } from './stepper-strings.js';

/**
 * One line of the reader's (or a definition's) text as Markdown that renders as the same plain
 * text: inline markup characters are backslash-escaped, and so is anything that would start a
 * heading, list, quote or rule at the start of the line. Leading spaces (code blocks) are dropped.
 */
export function escapeMarkdown(line: string): string {
  return line
    .trim()
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A multi-line note as a Markdown block quote that keeps its line breaks. */
function quote(text: string): string {
  const lines = text
    .trim()
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdown);
  return lines.map((line, i) => `> ${line}${line && lines[i + 1] ? '\\' : ''}`.trimEnd()).join('\n');
}

interface Section {
  heading: string;
  /** Done or in progress; empty for a step not started (as on screen). */
  status: string;
  summary: string;
  notes: { prompt: string; note: string }[];
  practice: string;
}

function sections(definition: StepperDefinition, state: StepperData, t: StepperStrings): Section[] {
  const progress = stepperProgress(definition, state);
  return definition.steps.map((step, i) => ({
    heading: t.labelled(letterOf(step, i), step.title),
    status: progress.steps[i]!.status === 'not-started' ? '' : statusLabel(t, progress.steps[i]!.status),
    summary: step.summary,
    notes: step.prompts
      .map((p) => ({ prompt: p.text, note: noteOf(state, step.id, p.id).trim() }))
      .filter((n) => n.note),
    practice: step.practice.text,
  }));
}

function head(
  definition: StepperDefinition,
  state: StepperData,
  t: StepperStrings,
  locale: string,
  now: Date,
): string[] {
  const progress = stepperProgress(definition, state);
  let date: string;
  try {
    date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now);
  } catch {
    date = now.toISOString().slice(0, 10);
  }
  return [t.labelled(definition.title, t.yourNotes), `${t.doneOf(progress.done, progress.total)} · ${date}`];
}

function foot(definition: StepperDefinition): string[] {
  return [definition.disclaimer, ...(definition.attribution ? [definition.attribution.text] : [])];
}

/** The summary as Markdown: every step with its status, the reader's notes (as text, never markup) and the practice. */
export function summaryMarkdown(
  definition: StepperDefinition,
  state: StepperData,
  t: StepperStrings,
  locale = 'en',
  now = new Date(),
): string {
  const [title, line] = head(definition, state, t, locale, now);
  const out = [`# ${escapeMarkdown(title!)}`, '', escapeMarkdown(line!), ''];
  for (const s of sections(definition, state, t)) {
    out.push(`## ${escapeMarkdown(s.heading)}`, '');
    if (s.status) out.push(`_${escapeMarkdown(s.status)}_`, '');
    out.push(escapeMarkdown(s.summary), '');
    if (!s.notes.length) out.push(`_${escapeMarkdown(t.noNotes)}_`, '');
    for (const n of s.notes) out.push(`**${escapeMarkdown(n.prompt)}**`, '', quote(n.note), '');
    out.push(t.labelled(`**${escapeMarkdown(t.practice)}**`, escapeMarkdown(s.practice)), '');
  }
  out.push('---', '', ...foot(definition).flatMap((p) => [escapeMarkdown(p), '']));
  return `${out.join('\n').trimEnd()}\n`;
}

/** The summary as plain text, for the clipboard. */
export function summaryText(
  definition: StepperDefinition,
  state: StepperData,
  t: StepperStrings,
  locale = 'en',
  now = new Date(),
): string {
  const out = [...head(definition, state, t, locale, now), ''];
  for (const s of sections(definition, state, t)) {
    out.push(s.status ? `${s.heading} (${s.status})` : s.heading, s.summary, '');
    if (!s.notes.length) out.push(t.noNotes, '');
    for (const n of s.notes) out.push(n.prompt, ...n.note.split(/\r\n|\r|\n/).map((l) => `  ${l}`), '');
    out.push(t.labelled(t.practice, s.practice), '');
  }
  out.push(...foot(definition));
  return out.join('\n');
}
