import * as z from 'zod/mini';
import { CHECKLIST_MAX_ITEMS, WEIGHT_MAX } from '../limits.js';
import { base, id, questions, resources, text } from './common.js';

export const polarity = z.enum(['healthy', 'warning']);
export type Polarity = z.infer<typeof polarity>;

export const checklistItem = z.strictObject({
  id,
  text,
  /** `healthy`: a sign that things are well; `warning`: a sign to pay attention to. */
  polarity: z.optional(polarity),
  weight: z.optional(z.number().check(z.gt(0), z.lte(WEIGHT_MAX))),
  /**
   * A sign of feeling afraid or controlled: ticking it brings the support resources forward,
   * whatever else is ticked. It is left out of the score (it is not a matter of balance).
   */
  safety: z.optional(z.literal(true)),
});

export const checklistBand = z.strictObject({
  id,
  /** Inclusive lower bound of the score (0–100). */
  min: z.number().check(z.gte(0), z.lte(100)),
  /** Exclusive upper bound, except for the last band (which ends at 100). */
  max: z.number().check(z.gte(0), z.lte(100)),
  label: text,
  /** The one-line takeaway. */
  takeaway: text,
  /** One concrete next step, shown with the full takeaway ("What you could do next"). */
  next: z.optional(text),
  questions: z.optional(questions),
});

export const checklistDefinition = z.strictObject({
  ...base,
  kind: z.literal('checklist'),
  intro: z.optional(text),
  /**
   * Which way the list reads: for a `warning` list, more checked means more concern.
   * Items default to this polarity. Bands are written in the list's direction.
   */
  polarity: z.optional(polarity),
  items: z.array(checklistItem).check(z.minLength(1), z.maxLength(CHECKLIST_MAX_ITEMS)),
  bands: z.array(checklistBand).check(z.minLength(1)),
  /** Support resources the element offers (e.g. for lists about warning signs). */
  resources: z.optional(resources),
});

export type ChecklistItem = z.infer<typeof checklistItem>;
export type ChecklistBand = z.infer<typeof checklistBand>;
export type ChecklistDefinition = z.infer<typeof checklistDefinition>;
