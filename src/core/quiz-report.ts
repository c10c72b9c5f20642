import type { Culture, Region, Relationship } from './constants.js';
import type { Questions } from './schemas/common.js';
import type { QuizDefinition, QuizStep } from './schemas/quiz.js';
import { isMixed, type BandResult, type QuizResult } from './score-quiz.js';
import { textFor } from './text.js';

/**
 * A line of the result: a band's label, what it means for the relationship in use, and (unless
 * support comes first) what to try and the questions it answers.
 */
export interface ReportLine {
  label: string;
  summary: string;
  advice?: string;
  questions?: Questions;
}

/** A score to work on first: its name, and its band's label, summary, advice and questions. */
export interface ReportFocus extends ReportLine {
  score: string;
  scoreLabel: string;
}

/** One form of the chart, and what it is about. */
export interface ReportForm {
  score: string;
  label: string;
  description: string;
}

/**
 * What a quiz result tells the reader, in order, decided once for every way it is shown (the
 * result screen, the copied text, the printout). When a safety rule fired, support comes first
 * and no advice is given.
 */
export interface QuizReport {
  /** A safety rule fired: the safety message and support resources lead, and nothing advises. */
  safety: boolean;
  /**
   * A safety rule fired and the reader has not asked for the rest: only the safety message and
   * support are shown (no band, summary, chart, cultural note or steps), on screen, in print and
   * in the copied text. The rest, once asked for, still gives no advice.
   */
  withheld: boolean;
  /** Whether the chart of the forms of reciprocity is shown. */
  chart: boolean;
  /** Whose helplines come first: the page's culture, else the reader's region. */
  supportRegion: Region | null;
  /** The overall band. */
  headline: ReportLine | null;
  /**
   * Balanced overall, uneven in places: the overall band is neutral while some forms lean (the
   * scoring's focus is not empty). The screen, copy and print then say so instead of the band's
   * label alone. False when no headline is shown.
   */
  mixed: boolean;
  /** Other bandings worth a line: not neutral, not a focus candidate, not charted. */
  others: ReportLine[];
  focus: ReportFocus[];
  /** Suggested RECIPRO steps, at most three; none when support comes first. */
  steps: QuizStep[];
  /** What each charted form is about (those with a description); empty when the chart is not shown. */
  forms: ReportForm[];
  cultureNote?: { title: string; body: string };
}

/** The label of a dimension or derived score. */
export function scoreLabel(definition: QuizDefinition, id: string): string {
  return (
    definition.scores?.find((s) => s.id === id)?.label ?? definition.dimensions.find((d) => d.id === id)?.label ?? id
  );
}

/** How a result is told: for which culture and region, and whether the reader asked for the rest. */
export interface ReportOptions {
  /** The page's `culture`: its cultural note, and its helplines first. */
  culture?: Culture | null;
  /** The reader's region (from their locale): its helplines first when the page sets no culture. */
  region?: Region | null;
  /** The reader asked to see the rest of a result that put safety first. */
  rest?: boolean;
  /** Whose wording band summaries use; the definition's default relationship when not set. */
  relationship?: Relationship | null;
}

/** The result as the reader is told it: see {@link QuizReport}. */
export function quizReport(
  definition: QuizDefinition,
  result: QuizResult,
  { culture = null, region = null, rest = false, relationship = null }: ReportOptions = {},
): QuizReport {
  const safety = result.guidance.showResources;
  const supportRegion = culture ?? region;
  if (safety && !rest) {
    const none = { headline: null, others: [], focus: [], steps: [], forms: [] };
    return { safety, withheld: true, chart: false, supportRegion, mixed: false, ...none };
  }
  const summary = (b: BandResult) =>
    textFor(b.band.summary, relationship ?? undefined, definition.defaultRelationship ?? 'partner');
  const questions = (b: BandResult) => (!safety && b.band.questions ? { questions: b.band.questions } : {});
  const line = (b: BandResult): ReportLine => ({
    label: b.band.label,
    summary: summary(b),
    ...(!safety && b.band.advice ? { advice: b.band.advice } : {}),
    ...questions(b),
  });
  // The same exclusions as the advice scoreQuiz gives: focus candidates speak through the focus.
  const skipped = new Set([...(definition.chart?.scores ?? []), ...(definition.focus?.scores ?? [])]);
  const others = result.bands.slice(1).filter((b) => !b.band.neutral && !skipped.has(b.score));
  const focus = safety
    ? []
    : result.focus.map((f) => ({ score: f.score, scoreLabel: scoreLabel(definition, f.score), ...line(f) }));
  const forms = (definition.chart?.scores ?? []).flatMap((id) => {
    const description =
      definition.scores?.find((s) => s.id === id)?.description ??
      definition.dimensions.find((d) => d.id === id)?.description;
    return description ? [{ score: id, label: scoreLabel(definition, id), description }] : [];
  });
  const steps = result.guidance.steps.flatMap((id) => definition.steps?.find((s) => s.id === id) ?? []);
  const cultureNote = culture ? definition.cultureNotes?.[culture] : undefined;
  return {
    safety,
    withheld: false,
    chart: !!definition.chart,
    supportRegion,
    headline: result.band ? line(result.band) : null,
    mixed: isMixed(result),
    others: others.map(line),
    focus,
    steps,
    forms,
    ...(cultureNote ? { cultureNote } : {}),
  };
}
