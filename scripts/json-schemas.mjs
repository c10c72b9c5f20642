#!/usr/bin/env node
// Writes the definitions' JSON Schemas (draft 2020-12) to dist/schemas/<kind>.json, from the zod schemas
// and their hand-written descriptions (src/core/json-schema.ts, built into dist/npm by rollup).
import { mkdirSync, writeFileSync } from 'node:fs';
import { definitionJsonSchemas } from '../dist/npm/core/json-schema.js';

const out = new URL('../dist/schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [kind, schema] of Object.entries(definitionJsonSchemas())) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  writeFileSync(new URL(`${kind}.json`, out), text);
  console.log(`schemas: wrote dist/schemas/${kind}.json (${(text.length / 1024).toFixed(1)} KB)`);
}
