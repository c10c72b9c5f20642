/*
 * The JSON Schemas (draft 2020-12) of the three definition kinds, generated from the zod schemas with
 * the hand-written descriptions of `schemas/descriptions.ts`. Build-time only (scripts/json-schemas.mjs
 * writes `dist/schemas/<kind>.json`): no element imports this module, so the texts never reach a page.
 */
import * as z from 'zod/mini';
import { SAFE_URL } from './constants.js';
import type { DefinitionKind } from './parse.js';
import { checklistDefinition } from './schemas/checklist.js';
import { relationalText, url } from './schemas/common.js';
import {
  checklistDoc,
  quizDoc,
  stepperDoc,
  type DefinitionDoc,
  type FieldDoc,
  type Fields,
} from './schemas/descriptions.js';
import { jsonSchemaId } from './constants.js';
import { quizDefinition } from './schemas/quiz.js';
import { stepperDefinition } from './schemas/stepper.js';

export { jsonSchemaId };

type Schema = z.core.$ZodType;
type Meta = Record<string, unknown>;
type JsonSchema = Record<string, unknown>;

const definitions: Record<DefinitionKind, [Schema, DefinitionDoc]> = {
  quiz: [quizDefinition, quizDoc],
  checklist: [checklistDefinition, checklistDoc],
  stepper: [stepperDefinition, stepperDoc],
};

/** `re` for a JSON Schema `pattern`, which has no flags: an `i` flag becomes [xX] for each letter. */
function patternOf(re: RegExp): string {
  if (!re.flags.includes('i')) return re.source;
  if (/\\[a-zA-Z]|\[/.test(re.source)) throw new Error(`cannot spell /${re.source}/i without the i flag`);
  return re.source.replace(/[a-zA-Z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
}

/**
 * What zod checks with code and a JSON Schema can still say: the keywords added to these schemas
 * wherever they appear. (zod writes a regex's source and drops its flags; a refine becomes nothing.)
 */
const keywords = new Map<Schema, Meta>([
  // Links are matched case-insensitively ("HTTPS://" is fine).
  [url, { pattern: patternOf(SAFE_URL) }],
  // A text worded per relationship needs at least one wording.
  [(relationalText._zod.def.options as readonly Schema[])[1]!, { minProperties: 1 }],
]);

/**
 * A copy of `schema` whose every object field is a schema of its own, registered in `registry`
 * with its description. Copies, because zod's schemas are shared (`text`, `id`): each field's own
 * instance carries its own words. `at` names the place, for the build's errors.
 */
class Describer {
  readonly registry = z.registry<Meta>();
  /** Every `fields` met, with the names used: an entry that names no field is a mistake. */
  readonly used = new Map<Fields, Set<string>>();

  field(schema: Schema, doc: FieldDoc, at: string): Schema {
    const copy = this.copy(schema, doc.fields, at);
    const { description, examples } = doc;
    this.registry.add(copy, {
      ...this.registry.get(copy),
      description,
      ...(examples ? { examples: [...examples] } : {}),
    });
    return copy;
  }

  copy(schema: Schema, fields: Fields | undefined, at: string): Schema {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    let copy: Schema;
    switch (def.type) {
      case 'object': {
        if (!fields) throw new Error(`${at}: no descriptions for this object's fields`);
        const names = this.used.get(fields) ?? new Set();
        this.used.set(fields, names);
        const shape: Record<string, Schema> = {};
        for (const [name, value] of Object.entries(def.shape as Record<string, Schema>)) {
          const doc = Object.hasOwn(fields, name) ? fields[name] : undefined;
          if (!doc) throw new Error(`${at}.${name}: no description (src/core/schemas/descriptions.ts)`);
          names.add(name);
          shape[name] = this.field(value, doc, `${at}.${name}`);
        }
        copy = this.clone(schema, { ...def, shape });
        break;
      }
      case 'optional':
        copy = this.clone(schema, { ...def, innerType: this.copy(def.innerType as Schema, fields, at) });
        break;
      case 'array':
        copy = this.clone(schema, { ...def, element: this.copy(def.element as Schema, fields, `${at}[]`) });
        break;
      case 'union':
        copy = this.clone(schema, {
          ...def,
          options: (def.options as Schema[]).map((option) => this.copy(option, fields, at)),
        });
        break;
      case 'record':
        copy = this.clone(schema, { ...def, valueType: this.copy(def.valueType as Schema, fields, `${at}{}`) });
        break;
      default:
        // Leaves (strings, numbers, enums…) and tuples of ids: nothing inside has fields.
        copy = this.clone(schema, { ...def });
    }
    const extra = keywords.get(schema);
    if (extra) this.registry.add(copy, { ...extra });
    return copy;
  }

  private clone(schema: Schema, def: Record<string, unknown>): Schema {
    // With a def of its own, the copy has no `parent`: it inherits no one's metadata.
    return (schema as unknown as { clone(def: unknown): Schema }).clone(def);
  }

  /** Fails on a description that names no field of the objects it was given to. */
  checkAllUsed(kind: string): void {
    for (const [fields, names] of this.used) {
      const unused = Object.keys(fields).filter((name) => !names.has(name));
      if (unused.length) throw new Error(`${kind}: descriptions name no field: ${unused.join(', ')}`);
    }
  }
}

/** The JSON Schema of one definition kind, with a description on every field. */
export function definitionJsonSchema(kind: DefinitionKind): JsonSchema {
  const [schema, doc] = definitions[kind];
  const describer = new Describer();
  const described = describer.copy(schema, doc.fields, kind);
  describer.checkAllUsed(kind);
  const json = z.toJSONSchema(described, {
    target: 'draft-2020-12',
    metadata: describer.registry,
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  const { $schema, ...rest } = json;
  return { $schema, $id: jsonSchemaId(kind), title: doc.title, description: doc.description, ...rest };
}

/** All three, by kind. */
export function definitionJsonSchemas(): Record<DefinitionKind, JsonSchema> {
  return {
    quiz: definitionJsonSchema('quiz'),
    checklist: definitionJsonSchema('checklist'),
    stepper: definitionJsonSchema('stepper'),
  };
}
