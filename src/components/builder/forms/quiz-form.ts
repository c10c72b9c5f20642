import { html, nothing, type TemplateResult } from 'lit';
import { relationships } from '../../../core/constants.js';
import { scoreRanges, type Range } from '../../../core/ranges.js';
import type { QuizDefinition } from '../../../core/schemas/quiz.js';
import type { FormContext } from '../form-context.js';
import { choiceGroup } from './choice-group.js';
import { aboutFields, barBands } from './common-fields.js';
import { checkField, numberField, section, selectField, textField, type Choice } from './fields.js';
import { freshId, idOf, listAt, setAt, stringAt, type Json, type Path } from './edit.js';
import { formStrings } from './form-strings.js';
import { listEditor } from './list-editor.js';
import { rangeBar } from './range-bar.js';
import { relationalField } from './relational-field.js';
import { resourcesForm } from './resources-form.js';

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const ids = (list: readonly unknown[]): string[] =>
  list.flatMap((entry) => (isRecord(entry) && typeof entry['id'] === 'string' && entry['id'] ? [entry['id']] : []));

/** The range of each score, read from a draft that may be incomplete (unreadable entries skipped). */
function ranges(draft: Json): Map<string, Range> {
  const dimensions = listAt(draft, ['dimensions']).filter((d) => isRecord(d) && typeof d['id'] === 'string');
  const scores = listAt(draft, ['scores']).filter(
    (score) =>
      isRecord(score) &&
      typeof score['id'] === 'string' &&
      ['mean', 'sum', 'difference'].includes(score['kind'] as string) &&
      Array.isArray(score['of']) &&
      score['of'].length > 0 &&
      (score['kind'] !== 'difference' || score['of'].length === 2),
  );
  return scoreRanges({ dimensions, scores } as unknown as QuizDefinition);
}

/** An empty quiz-level safety message (`{}`) is no message: removed, so the schema does not ask for one. */
function withoutEmptySafety(context: FormContext): FormContext {
  return {
    draft: context.draft,
    issues: context.issues,
    lang: context.lang,
    edit: (next, label, coalesce) => {
      const safety = next['safety'];
      context.edit(
        isRecord(safety) && !Object.keys(safety).length ? setAt(next, ['safety'], undefined) : next,
        label,
        coalesce,
      );
    },
  };
}

/** The form editor of a quiz (core/schemas/quiz.ts). Derived scores, focus and chart stay in the JSON tab. */
export function quizForm(outer: FormContext): TemplateResult {
  const context = withoutEmptySafety(outer);
  const s = formStrings(context.lang);
  const draft = context.draft;
  const scales = listAt(draft, ['scales']);
  const dimensionIds = ids(listAt(draft, ['dimensions']));
  const scoreIds = [...dimensionIds, ...ids(listAt(draft, ['scores']))];
  const stepChoices = ids(listAt(draft, ['steps'])).map((id) => ({ value: id, label: id }));
  const asChoices = (values: readonly string[]): Choice[] => values.map((value) => ({ value, label: value }));
  const scoreRange = ranges(draft);
  const hasSafetyRule = listAt(draft, ['items']).some((item) => isRecord(item) && item['safety'] !== undefined);

  const scaleOptions = (scaleId: string) => {
    const scale = scales.find((entry) => isRecord(entry) && entry['id'] === scaleId);
    return listAt(scale, ['options']).flatMap((option) => {
      const value = isRecord(option) ? option['value'] : undefined;
      if (typeof value !== 'number') return [];
      const label = stringAt(option, ['label']);
      return [{ value, label: label ? `${label} (${value})` : String(value) }];
    });
  };

  const question = (at: Path) => html`${relationalField(context, [...at, 'text'], s.text)}
    <div class="row">
      ${selectField(context, [...at, 'dimension'], s.dimension, asChoices(dimensionIds), s.notScored)}
      ${selectField(context, [...at, 'scale'], s.scale, asChoices(ids(scales)))}
      ${numberField(context, [...at, 'weight'], s.weight)}
      ${textField(context, [...at, 'id'], s.id, { required: true, hint: s.idHint })}
    </div>
    ${checkField(context, [...at, 'reverse'], s.reverse)}
    ${choiceGroup(context, [...at, 'safety', 'values'], s.safetyRule, scaleOptions(stringAt(draft, [...at, 'scale'])), [
      ...at,
      'safety',
    ])}`;

  const band = (at: Path) => html`<div class="row">
      ${numberField(context, [...at, 'min'], s.min)} ${numberField(context, [...at, 'max'], s.max)}
      ${textField(context, [...at, 'id'], s.id, { required: true, hint: s.idHint })}
    </div>
    ${textField(context, [...at, 'label'], s.label, { required: true })}
    ${relationalField(context, [...at, 'summary'], s.summary)}
    ${textField(context, [...at, 'advice'], s.advice, { multiline: true })}
    ${choiceGroup(context, [...at, 'steps'], s.bandSteps, stepChoices)}
    ${checkField(context, [...at, 'neutral'], s.neutral)}`;

  const banding = (at: Path) => {
    const score = stringAt(draft, [...at, 'score']);
    const range = scoreRange.get(score) ?? { min: 0, max: 100 };
    const bands = listAt(draft, [...at, 'bands']);
    return html`<div class="row">
        ${textField(context, [...at, 'id'], s.id, { required: true, hint: s.idHint })}
        ${selectField(context, [...at, 'score'], s.score, asChoices(scoreIds))}
      </div>
      ${listEditor(context, {
        path: [...at, 'bands'],
        title: s.bands,
        entryLabel: s.band,
        addLabel: s.addBand,
        create: (list) => ({ id: freshId(list, 'band'), min: range.min, max: range.max, label: '', summary: '' }),
        focus: 'label',
        nested: true,
        before: rangeBar(context.lang, barBands(bands, s.band), range, `${idOf([...at, 'bands'])}--bar`),
        entry: band,
      })}`;
  };

  return html`<div class="form quiz-form">
    ${section(
      context,
      'about',
      s.about,
      html`${aboutFields(context)}
        <div class="row">
          ${numberField(context, ['estimatedMinutes'], s.minutes)}
          ${selectField(
            context,
            ['defaultRelationship'],
            s.defaultRelationship,
            relationships.map((r) => ({ value: r, label: s[r] })),
            s.notSet,
          )}
        </div>`,
    )}
    ${listEditor(context, {
      path: ['scales'],
      title: s.scales,
      entryLabel: s.scaleN,
      addLabel: s.addScale,
      create: (list) => ({
        id: freshId(list, 'scale'),
        options: [
          { value: 1, label: '' },
          { value: 2, label: '' },
        ],
      }),
      focus: 'id',
      entry: (at) => html`${textField(context, [...at, 'id'], s.id, { required: true, hint: s.idHint })}
      ${listEditor(context, {
        path: [...at, 'options'],
        title: s.options,
        entryLabel: s.option,
        addLabel: s.addOption,
        create: (list) => ({ value: list.length + 1, label: '' }),
        focus: 'label',
        nested: true,
        entry: (option) => html`<div class="row">
          ${numberField(context, [...option, 'value'], s.value)}
          ${textField(context, [...option, 'label'], s.label, { required: true })}
        </div>`,
      })}`,
    })}
    ${listEditor(context, {
      path: ['dimensions'],
      title: s.dimensions,
      entryLabel: s.dimensionN,
      addLabel: s.addDimension,
      create: (list) => ({ id: freshId(list, 'dimension'), label: '' }),
      focus: 'label',
      entry: (at) => html`${textField(context, [...at, 'label'], s.label, { required: true })}
      ${textField(context, [...at, 'id'], s.id, { required: true, hint: s.idHint })}
      ${textField(context, [...at, 'description'], s.description, { multiline: true })}`,
    })}
    ${listEditor(context, {
      path: ['items'],
      title: s.questions,
      entryLabel: s.question,
      addLabel: s.addQuestion,
      create: (list) => ({
        id: freshId(list, 'question'),
        text: '',
        scale: ids(scales)[0] ?? '',
        ...(dimensionIds[0] ? { dimension: dimensionIds[0] } : {}),
      }),
      focus: 'text',
      entry: question,
    })}
    ${listEditor(context, {
      path: ['bandings'],
      title: s.results,
      entryLabel: s.banding,
      addLabel: s.addBanding,
      create: (list) => ({
        id: freshId(list, 'result'),
        score: scoreIds[0] ?? '',
        bands: [{ id: 'band-1', min: 0, max: 100, label: '', summary: '' }],
      }),
      focus: 'id',
      entry: banding,
    })}
    ${listEditor(context, {
      path: ['steps'],
      title: s.steps,
      entryLabel: s.step,
      addLabel: s.addStep,
      create: (list) => ({ id: freshId(list, 'step'), title: '', summary: '' }),
      focus: 'title',
      optional: true,
      entry: (at) => html`${textField(context, [...at, 'title'], s.title, { required: true })}
        <div class="row">
          ${textField(context, [...at, 'letter'], s.letter)}
          ${textField(context, [...at, 'id'], s.id, { required: true, hint: s.idHint })}
        </div>
        ${textField(context, [...at, 'summary'], s.summary, { multiline: true, required: true })}`,
    })}
    ${section(
      context,
      'safety',
      s.safety,
      html`${
        hasSafetyRule
          ? nothing
          : html`<p class="notice warning" role="note"><strong>${s.warningPrefix}</strong> ${s.noSafetyRule}</p>`
      }
        ${textField(context, ['safety', 'title'], s.safetyTitle)}
        ${textField(context, ['safety', 'message'], s.safetyMessage, { multiline: true })}`,
      ['safety'],
    )}
    ${resourcesForm(context)}
    <p class="muted">${s.inJson}</p>
  </div>`;
}
