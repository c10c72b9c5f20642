// The published JSON Schemas (recipro-widgets/schemas/<kind>.json) against the validator they are
// generated from: every built-in pack validates, a standard validator (Ajv, draft 2020-12, strict)
// and parseDefinition agree on the fuzz corpus of the reliability tests, and every field says
// what it is for. What a JSON Schema cannot check (the meaning checks) is named below and in
// docs/authoring.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';
import * as z from 'zod/mini';
import { presets } from 'recipro-widgets/content';
import { parseDefinition } from 'recipro-widgets/core';
import ar from 'recipro-widgets/locales/ar';
import fr from 'recipro-widgets/locales/fr';
import hi from 'recipro-widgets/locales/hi';
import { checklistDoc, quizDoc, stepperDoc } from '../../dist/npm/core/schemas/descriptions.js';
import { checklistDefinition } from '../../dist/npm/core/schemas/checklist.js';
import { quizDefinition } from '../../dist/npm/core/schemas/quiz.js';
import { stepperDefinition } from '../../dist/npm/core/schemas/stepper.js';
import { quizBase } from './fixtures.mjs';

const KINDS = ['quiz', 'checklist', 'stepper'];
const ID = (kind) => `https://cdn.jsdelivr.net/npm/recipro-widgets@0/dist/schemas/${kind}.json`;
const zodSchemas = { quiz: quizDefinition, checklist: checklistDefinition, stepper: stepperDefinition };
const docs = { quiz: quizDoc, checklist: checklistDoc, stepper: stepperDoc };

/** Each JSON Schema as an app reads it, through the package's `exports`. */
const jsonSchemas = Object.fromEntries(
  KINDS.map((kind) => [
    kind,
    JSON.parse(readFileSync(new URL(import.meta.resolve(`recipro-widgets/schemas/${kind}.json`)), 'utf8')),
  ]),
);

// strict: no unknown keywords, no ambiguous types, and NaN or Infinity are not numbers (as in JSON).
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validators = Object.fromEntries(KINDS.map((kind) => [kind, ajv.compile(jsonSchemas[kind])]));
const ajvErrors = (kind, value) => (validators[kind](value) ? [] : validators[kind].errors);

/**
 * What a JSON Schema cannot say: checks on the meaning of a definition, which only parseDefinition
 * makes (src/core/check-*.ts, and one refinement in the zod schema). A definition rejected for
 * these alone still validates against the JSON Schema. docs/authoring.md lists the same.
 */
const MEANING_CHECKS = {
  'duplicate ids': [/ id "[^"]*" is already used by /, /^"[^"]*" is already the id of a dimension$/],
  'duplicate values on a scale': [/^value \S+ is used twice in scale "/],
  'references between ids': [
    /^"[^"]*" is not a (scale|dimension|dimension or earlier score|dimension or score|step|banding) of this quiz /,
    /^"[^"]*" is not a banding declared before this one /,
    /^"[^"]*" is not a band of banding "/,
    /^"[^"]*" is declared at or after this score; /,
    /^\S+ is not a value of scale "/,
  ],
  'scoring that cannot work': [
    /^no item feeds dimension "/,
    /^only items that feed a dimension are scored, so only they can be reverse-scored$/,
    /^"[^"]*" has no banding, so there is no advice to show for it$/,
  ],
  'band coverage': [
    /^band "[^"]*" ends \(max \S+\) before it starts \(min \S+\)$/,
    /^band "[^"]*" \(\S+ to \S+\) reaches outside the possible range of /,
    /^no band covers .* from \S+ to \S+: the (lowest band must start|highest band must end) at /,
    /^gap between bands "[^"]*" and "[^"]*": nothing covers /,
    /^bands "[^"]*" and "[^"]*" overlap between /,
  ],
  'safety needs support': [
    /^a safety rule shows support resources, so the quiz needs a "resources" section$/,
    /^a safety sign needs support resources to bring forward: add "resources" to the checklist$/,
    /^a checklist needs at least one sign that is not a safety sign$/,
  ],
  'a region named twice in emergencyByRegion': [/names a region twice/],
};
/** zod refinements that are meaning checks too: issues with these messages are not shape errors. */
const ZOD_MEANING = [/names a region twice/];

const categoryOf = (message) =>
  Object.entries(MEANING_CHECKS).find(([, patterns]) => patterns.some((p) => p.test(message)))?.[0];

/** zod's verdict on the shape alone, leaving out the refinements that are meaning checks. */
function shapeOk(kind, value) {
  const parsed = z.safeParse(zodSchemas[kind], value);
  return parsed.success || parsed.error.issues.every((i) => ZOD_MEANING.some((p) => p.test(i.message)));
}

describe('JSON Schemas: the files', () => {
  for (const kind of KINDS) {
    it(`${kind}.json is draft 2020-12 with a stable $id, a title and a description`, () => {
      const schema = jsonSchemas[kind];
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(schema.$id, ID(kind));
      assert.equal(schema.title, `recipro-widgets ${kind} definition`);
      assert.ok(schema.description.length > 40, schema.description);
      assert.equal(schema.additionalProperties, false);
      assert.deepEqual(schema.properties.kind, { type: 'string', const: kind, description: `Always "${kind}".` });
      assert.ok(ajv.validateSchema(schema), ajv.errorsText());
    });

    it(`${kind}.json: every property says what it is for, in words from descriptions.ts`, () => {
      const written = new Set();
      const collect = (doc) => {
        written.add(doc.description);
        for (const field of Object.values(doc.fields ?? {})) collect(field);
      };
      collect(docs[kind]);
      const missing = [];
      let count = 0;
      const walk = (node, at) => {
        if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${at}/${i}`));
        if (!node || typeof node !== 'object') return;
        for (const [name, property] of Object.entries(node.properties ?? {})) {
          count++;
          if (typeof property.description !== 'string' || !written.has(property.description))
            missing.push(`${at}/properties/${name}`);
        }
        for (const [key, child] of Object.entries(node)) if (key !== 'examples') walk(child, `${at}/${key}`);
      };
      walk(jsonSchemas[kind], '#');
      assert.deepEqual(missing, []);
      // The walk reached every field (as counted when this was written; a field added only raises the count).
      assert.ok(count >= { quiz: 116, checklist: 44, stepper: 45 }[kind], `${count} properties`);
    });
  }

  it('constrains every value: no empty schema (which would accept anything)', () => {
    const empty = [];
    const walk = (node, at) => {
      if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${at}/${i}`));
      if (!node || typeof node !== 'object') return;
      const isMap = /\/(properties|\$defs)$/.test(at);
      if (!isMap && Object.keys(node).every((key) => key === 'description' || key === 'examples')) empty.push(at);
      for (const [key, child] of Object.entries(node)) if (key !== 'examples') walk(child, `${at}/${key}`);
    };
    for (const kind of KINDS) walk(jsonSchemas[kind], kind);
    assert.deepEqual(empty, []);
  });

  it('every example a field gives is valid for that field', () => {
    let checked = 0;
    const walk = (node) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const property of Object.values(node.properties ?? {})) {
        if (!property.examples) continue;
        const validate = ajv.compile(property);
        for (const example of property.examples) {
          assert.ok(validate(example), `${JSON.stringify(example)}: ${ajv.errorsText(validate.errors)}`);
          checked++;
        }
      }
      for (const [key, child] of Object.entries(node)) if (key !== 'examples') walk(child);
    };
    for (const kind of KINDS) walk(jsonSchemas[kind]);
    assert.ok(checked >= 50, `${checked} examples`);
  });

  it('lets a definition name its JSON Schema with $schema', () => {
    for (const kind of KINDS) {
      const pack = Object.values(presets).find((p) => p.kind === kind);
      const named = { $schema: ID(kind), ...pack };
      assert.deepEqual(ajvErrors(kind, named), []);
      assert.equal(parseDefinition(named, kind).ok, true);
    }
  });
});

describe('JSON Schemas: every built-in pack validates', () => {
  const languages = { en: presets, fr: fr.packs, hi: hi.packs, ar: ar.packs };
  let validated = 0;
  for (const [language, packs] of Object.entries(languages)) {
    it(`${language}: all ${Object.keys(packs).length} packs`, () => {
      assert.equal(Object.keys(packs).length, 8);
      for (const [id, pack] of Object.entries(packs)) {
        assert.equal(parseDefinition(pack, pack.kind).ok, true, `${language} ${id}: parseDefinition`);
        assert.deepEqual(ajvErrors(pack.kind, JSON.parse(JSON.stringify(pack))), [], `${language} ${id}`);
        validated++;
      }
    });
  }
  it('32 packs in all (8 in each of 4 languages)', () => assert.equal(validated, 32));

  it('the examples’ hosted definition names its JSON Schema and validates', () => {
    const clinic = JSON.parse(readFileSync(new URL('../../dist/examples/clinic-quiz.json', import.meta.url), 'utf8'));
    assert.equal(clinic.$schema, ID('quiz'));
    assert.deepEqual(ajvErrors('quiz', clinic), []);
  });
});

/** test/reliability/fuzz.ts (TypeScript, written for the browser tests), bundled for Node. */
async function loadFuzz() {
  const bundle = await build({
    entryPoints: [new URL('../reliability/fuzz.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

describe('JSON Schemas agree with parseDefinition on the fuzz corpus', async () => {
  const { fuzzCases } = await loadFuzz();
  // As many as the reliability tests render (test/reliability/reliability.test.ts), and more from another seed.
  const corpus = (kind) => [...fuzzCases(kind, 300), ...fuzzCases(kind, 700, 20261130)];

  for (const kind of KINDS) {
    it(`${kind}: valid ones validate, shape errors are rejected by both, meaning errors pass the JSON Schema`, () => {
      const counts = { cases: 0, notJson: 0, valid: 0, shape: 0, meaning: 0 };
      const problems = [];
      const seen = new Set();
      for (const [i, c] of corpus(kind).entries()) {
        counts.cases++;
        const parsed = parseDefinition(c.value, kind);
        let value = c.value;
        if (c.delivery !== 'property') {
          try {
            value = JSON.parse(c.value);
          } catch {
            // Not JSON (truncated): no JSON Schema applies; parseDefinition says so.
            counts.notJson++;
            if (parsed.ok) problems.push(`case ${i} (${c.label}): not JSON, but parsed`);
            continue;
          }
        }
        const ajvOk = validators[kind](value);
        const where = `case ${i} (${c.label})`;
        if (parsed.ok) {
          counts.valid++;
          if (!ajvOk)
            problems.push(`${where}: valid, but the JSON Schema says ${ajv.errorsText(validators[kind].errors)}`);
        } else if (!shapeOk(kind, value)) {
          counts.shape++;
          if (ajvOk) problems.push(`${where}: a shape error the JSON Schema lets through: ${parsed.issues[0].message}`);
        } else {
          counts.meaning++;
          if (!ajvOk) problems.push(`${where}: only meaning errors, but the JSON Schema rejects it`);
          for (const issue of parsed.issues) {
            const category = categoryOf(issue.message);
            if (category) seen.add(category);
            else problems.push(`${where}: "${issue.message}" is in no category of MEANING_CHECKS`);
          }
        }
      }
      assert.deepEqual(problems.slice(0, 10), []);
      // The corpus exercises each verdict: some stay valid, most break the shape, some only the meaning.
      assert.equal(counts.cases, 1000);
      assert.ok(counts.valid > 0 && counts.shape > 500 && counts.meaning > 0, JSON.stringify(counts));
      console.log(`json-schema agreement: ${kind}: ${JSON.stringify(counts)}; meaning checks met: ${[...seen]}`);
    });
  }
});

describe('docs/authoring.md lists the meaning checks', () => {
  const doc = readFileSync(new URL('../../docs/authoring.md', import.meta.url), 'utf8');
  const section = doc.split('## What only the element checks')[1].split('\n## ')[0];
  const headings = [...section.matchAll(/^### (.+)$/gm)].map((m) => m[1].toLowerCase());
  /** Each bullet's first code span: the message an author sees. */
  const messages = [...section.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]);

  it('with a heading for each category of MEANING_CHECKS', () => {
    assert.deepEqual(headings, [
      'duplicate ids',
      'duplicate values on a scale',
      'references between ids',
      'scoring that cannot work',
      'band coverage',
      'safety needs support',
      'a region named twice',
    ]);
  });

  it('whose every message is one the checks give, under its category', () => {
    assert.ok(messages.length >= 24, `${messages.length} messages`);
    const byHeading = section.split(/^### /m).slice(1);
    for (const part of byHeading) {
      const heading = part.split('\n')[0].toLowerCase();
      for (const [, message] of part.matchAll(/^- `([^`]+)`/gm)) {
        const category = categoryOf(message);
        assert.ok(category?.startsWith(heading), `"${message}" (under "${heading}") is in category ${category}`);
      }
    }
  });
});

// ---- Hand-written expectations ----

const checklist = {
  kind: 'checklist',
  id: 'my-list',
  version: '1',
  title: 'A short list',
  disclaimer: 'A reflection tool, not a diagnosis.',
  items: [
    { id: 'a', text: 'We take turns.' },
    { id: 'b', text: 'I feel heard.' },
  ],
  bands: [
    { id: 'low', min: 0, max: 50, label: 'Low', takeaway: 'Few signs.' },
    { id: 'high', min: 50, max: 100, label: 'High', takeaway: 'Many signs.' },
  ],
};
const quiz = {
  ...quizBase,
  id: 'my-quiz',
  title: 'A short quiz',
  bandings: [
    {
      id: 'giving',
      score: 'give',
      bands: [
        { id: 'low', min: 0, max: 50, label: 'Low', summary: 'You give a little.' },
        { id: 'high', min: 50, max: 100, label: 'High', summary: 'You give a lot.' },
      ],
    },
  ],
  resources: {
    title: 'Support',
    emergency: 'If you are in danger now, call your local emergency number.',
    items: [{ region: 'any', name: 'A helpline', description: 'Free.', contacts: [{ label: 'Call', phone: '1' }] }],
  },
};
const clone = (value) => JSON.parse(JSON.stringify(value));
const edit = (value, change) => {
  const copy = clone(value);
  change(copy);
  return copy;
};
/** Ajv's errors, as `keyword at path`. */
const errorsOf = (kind, value) => ajvErrors(kind, value).map((e) => `${e.keyword} at ${e.instancePath}`);

describe('JSON Schemas: hand-written expectations', () => {
  it('the fixtures are valid to both', () => {
    assert.equal(parseDefinition(checklist, 'checklist').ok, true);
    assert.equal(parseDefinition(quiz, 'quiz').ok, true);
    assert.deepEqual(errorsOf('checklist', checklist), []);
    assert.deepEqual(errorsOf('quiz', quiz), []);
  });

  it('a checklist with no items: minItems at /items', () => {
    assert.deepEqual(
      errorsOf(
        'checklist',
        edit(checklist, (c) => (c.items = [])),
      ),
      ['minItems at /items'],
    );
  });

  it('a missing field: required, naming it', () => {
    const errors = ajvErrors(
      'checklist',
      edit(checklist, (c) => delete c.disclaimer),
    );
    assert.deepEqual(
      errors.map((e) => [e.keyword, e.instancePath, e.params.missingProperty]),
      [['required', '', 'disclaimer']],
    );
  });

  it('an unknown key: additionalProperties, naming it', () => {
    const errors = ajvErrors(
      'checklist',
      edit(checklist, (c) => (c.items[0].colour = 'red')),
    );
    assert.deepEqual(
      errors.map((e) => [e.keyword, e.instancePath, e.params.additionalProperty]),
      [['additionalProperties', '/items/0', 'colour']],
    );
  });

  it('wrong types and out-of-range numbers', () => {
    assert.deepEqual(
      errorsOf(
        'checklist',
        edit(checklist, (c) => (c.items[1].weight = 0)),
      ),
      ['exclusiveMinimum at /items/1/weight'],
    );
    assert.deepEqual(
      errorsOf(
        'checklist',
        edit(checklist, (c) => (c.bands[1].max = 101)),
      ),
      ['maximum at /bands/1/max'],
    );
    assert.deepEqual(
      errorsOf(
        'checklist',
        edit(checklist, (c) => (c.title = 42)),
      ),
      ['type at /title'],
    );
    assert.deepEqual(
      errorsOf(
        'checklist',
        edit(checklist, (c) => (c.items[0].id = 'two words')),
      ),
      ['pattern at /items/0/id'],
    );
  });

  it('a definition of another kind: const at /kind', () => {
    assert.ok(errorsOf('quiz', checklist).includes('const at /kind'));
    assert.deepEqual(
      errorsOf(
        'checklist',
        edit(checklist, (c) => (c.kind = 'stepper')),
      ),
      ['const at /kind'],
    );
  });

  it('links: https, http, tel and mailto in any case; javascript: is refused by both', () => {
    for (const url of ['https://example.org', 'HTTPS://EXAMPLE.ORG', 'tel:+441234', 'Mailto:a@example.org']) {
      const ok = edit(checklist, (c) => (c.attribution = { text: 'Credit', url }));
      assert.deepEqual(errorsOf('checklist', ok), [], url);
      assert.equal(parseDefinition(ok, 'checklist').ok, true, url);
    }
    const bad = edit(checklist, (c) => (c.attribution = { text: 'Credit', url: 'javascript:alert(1)' }));
    assert.deepEqual(errorsOf('checklist', bad), ['pattern at /attribution/url']);
    assert.equal(parseDefinition(bad, 'checklist').ok, false);
  });

  it('a text worded per relationship needs at least one wording, in both', () => {
    const empty = edit(quiz, (q) => (q.items[0].text = {}));
    assert.deepEqual(errorsOf('quiz', empty), [
      'type at /items/0/text',
      'minProperties at /items/0/text',
      'anyOf at /items/0/text',
    ]);
    assert.equal(parseDefinition(empty, 'quiz').ok, false);
    const one = edit(quiz, (q) => (q.items[0].text = { friend: 'I help my friend.' }));
    assert.deepEqual(errorsOf('quiz', one), []);
    assert.equal(parseDefinition(one, 'quiz').ok, true);
  });

  // One definition per meaning check: valid to the JSON Schema, refused by parseDefinition with these words.
  const meaning = [
    [
      'duplicate ids',
      'checklist',
      edit(checklist, (c) => (c.items[1].id = 'a')),
      'item id "a" is already used by items[0]',
    ],
    [
      'references between ids',
      'quiz',
      edit(quiz, (q) => (q.items[0].scale = 'often')),
      '"often" is not a scale of this quiz (known: agree, safe)',
    ],
    [
      'scoring that cannot work',
      'quiz',
      edit(quiz, (q) => q.dimensions.push({ id: 'spare', label: 'Spare' })),
      'no item feeds dimension "spare"',
    ],
    [
      'band coverage',
      'checklist',
      edit(checklist, (c) => (c.bands[1].min = 60)),
      'gap between bands "low" and "high": nothing covers 50 to 60',
    ],
    [
      'band coverage',
      'quiz',
      edit(quiz, (q) => (q.bandings[0].bands[1].max = 120)),
      'band "high" (50 to 120) reaches outside the possible range of "give", 0 to 100',
    ],
    [
      'safety needs support',
      'quiz',
      edit(quiz, (q) => delete q.resources),
      'a safety rule shows support resources, so the quiz needs a "resources" section',
    ],
    [
      'a region named twice in emergencyByRegion',
      'quiz',
      edit(quiz, (q) => {
        q.resources.emergencyByRegion = [
          { region: 'uk', text: 'Call 999.' },
          { region: 'uk', text: 'Call 112.' },
        ];
      }),
      'names a region twice',
    ],
  ];
  for (const [category, kind, definition, message] of meaning) {
    it(`${category}: valid to the JSON Schema, refused by parseDefinition ("${message}")`, () => {
      assert.ok(MEANING_CHECKS[category]);
      assert.deepEqual(errorsOf(kind, definition), []);
      const parsed = parseDefinition(definition, kind);
      assert.equal(parsed.ok, false);
      assert.ok(
        parsed.issues.some((issue) => issue.message.includes(message)),
        parsed.issues.map((i) => i.message).join('; '),
      );
      assert.equal(categoryOf(parsed.issues[0].message), category);
    });
  }
});
