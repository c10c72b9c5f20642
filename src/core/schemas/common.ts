import * as z from 'zod/mini';
import {
  cultures,
  ID_PATTERN,
  regions,
  relationships,
  SAFE_URL,
  type Culture,
  type Relationship,
} from '../constants.js';
import { ID_MAX_LENGTH, QUESTIONS_MAX, URL_MAX_LENGTH } from '../limits.js';

/** A non-empty, trimmed-enough string: hand-written JSON often leaves `""` behind. */
export const text = z.string().check(z.minLength(1));

/** Ids are used in storage keys, payloads and DOM ids, so they stay simple. */
export const id = z.string().check(z.minLength(1), z.maxLength(ID_MAX_LENGTH), z.regex(ID_PATTERN));

export { relationships, cultures, SAFE_URL, type Relationship, type Culture };

/**
 * Text that may be worded per relationship. A plain string serves every relationship;
 * an object gives one wording per relationship (at least one).
 */
export const relationalText = z.union([
  text,
  z
    .strictObject({
      partner: z.optional(text),
      family: z.optional(text),
      friend: z.optional(text),
      colleague: z.optional(text),
    })
    .check(
      z.refine(
        (o) => Object.values(o).some((v) => v !== undefined),
        'needs at least one wording: partner, family, friend or colleague',
      ),
    ),
]);
export type RelationalText = z.infer<typeof relationalText>;

export const url = z.string().check(z.minLength(1), z.maxLength(URL_MAX_LENGTH), z.regex(SAFE_URL));

export const attribution = z.strictObject({
  text,
  url: z.optional(url),
});

export const contact = z.strictObject({
  /** What to do, e.g. "Call or text". */
  label: text,
  /** The number as people read it, e.g. "1-800-799-7233". */
  phone: z.optional(text),
  /** Whether the number also takes text messages. */
  sms: z.optional(z.boolean()),
  url: z.optional(url),
});

export const resource = z.strictObject({
  /** `any` marks resources that apply everywhere. */
  region: z.enum([...regions, 'any']),
  name: text,
  /** One plain line: what the service is for, and whether it is free. */
  description: text,
  contacts: z.array(contact).check(z.minLength(1)),
});

/** A region's emergency line, e.g. "If you are in danger now, call 999, the UK emergency number." */
export const emergencyLine = z.strictObject({ region: z.enum(regions), text });

export const resources = z.strictObject({
  title: text,
  intro: z.optional(text),
  /**
   * The general emergency line, e.g. "If you are in danger now, call your local emergency number":
   * shown when the reader's region is unknown or has no line in `emergencyByRegion`.
   */
  emergency: text,
  /** One line per region: the reader's region's is shown instead of `emergency`, the others fold away. */
  emergencyByRegion: z.optional(
    z.array(emergencyLine).check(
      z.minLength(1),
      z.refine((lines) => new Set(lines.map((l) => l.region)).size === lines.length, 'names a region twice'),
    ),
  ),
  items: z.array(resource).check(z.minLength(1)),
});

/**
 * Questions a reader may have at this point, answered in a sentence or two. Shown folded, under
 * the text they belong to.
 */
export const questions = z
  .array(z.strictObject({ question: text, answer: text }))
  .check(z.minLength(1), z.maxLength(QUESTIONS_MAX));

export const base = {
  $schema: z.optional(z.string()),
  id,
  version: text,
  title: text,
  /** BCP 47 language tag of the definition's text, e.g. `en`, `fr`. */
  locale: z.optional(text),
  disclaimer: text,
  attribution: z.optional(attribution),
};

export type Attribution = z.infer<typeof attribution>;
export type Contact = z.infer<typeof contact>;
export type Resource = z.infer<typeof resource>;
export type Resources = z.infer<typeof resources>;
export type EmergencyLine = z.infer<typeof emergencyLine>;
export type Questions = z.infer<typeof questions>;
