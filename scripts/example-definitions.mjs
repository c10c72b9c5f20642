#!/usr/bin/env node
// Writes the definitions the examples load with `src`: what a provider would host next to its pages.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { reciprocityBalance } from 'recipro-widgets/content';

const out = new URL('../dist/examples/', import.meta.url);
mkdirSync(out, { recursive: true });

// Each hosted file names its JSON Schema (dist/schemas/, written before this), so editors check it.
const { $id } = JSON.parse(readFileSync(new URL('../dist/schemas/quiz.json', import.meta.url), 'utf8'));

// A counselling practice's copy of the default quiz, with its own id and a call to action.
const clinicQuiz = {
  $schema: $id,
  ...reciprocityBalance,
  id: 'clinic-reciprocity-check',
  version: '2026.11',
  callToAction: {
    label: 'Book a free 15-minute call with one of our counsellors',
    url: 'https://counselling.example/book',
  },
};
writeFileSync(new URL('clinic-quiz.json', out), JSON.stringify(clinicQuiz, null, 2));
console.log('examples: wrote dist/examples/clinic-quiz.json');
