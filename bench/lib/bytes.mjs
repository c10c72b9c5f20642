// Bytes on the wire: min, gzip (level 9) and brotli (quality 11), counted per file and summed,
// as scripts/size.mjs does. The library's rows follow dist/manifest.json and dist/cdn/manifest.json.
import { join } from 'node:path';
import {
  COVERED,
  DEFAULT_PACKS,
  FIRST_RENDER_PACKS,
  download,
  readManifest,
  sizes,
  translatedPacks,
} from '../../scripts/pages.mjs';

/** Sizes of absolute paths (as scripts/pages.mjs counts them), with the number of files. */
export function sizeOf(paths) {
  return { ...sizes('/', paths), files: paths.length };
}

/** Rows of { group, name, ...sizes }. */
export function measureBytes(root) {
  const dist = join(root, 'dist');
  const nm = join(root, 'node_modules');
  const rows = [];
  const add = (group, name, paths) => rows.push({ group, name, ...sizeOf(paths) });

  const esm = readManifest(dist);
  add(
    'recipro-widgets',
    'recipro.js + chunks for all 3 elements with their English packs',
    download(esm, ['recipro.js', ...Object.values(DEFAULT_PACKS)]).map((f) => join(dist, f)),
  );
  add(
    'recipro-widgets',
    'recipro.js + chunks up to the first render of all 3 elements',
    download(esm, ['recipro.js', ...FIRST_RENDER_PACKS]).map((f) => join(dist, f)),
  );
  add('recipro-widgets', 'recipro.iife.js (classic script, English)', [join(dist, 'recipro.iife.js')]);
  add('recipro-widgets', 'cdn/autoloader.js', [join(dist, 'cdn/autoloader.js')]);
  const cdn = readManifest(join(dist, 'cdn'));
  for (const element of ['quiz', 'checklist', 'stepper']) {
    const files = download(cdn, [element, DEFAULT_PACKS[element]]);
    add(
      'recipro-widgets',
      `<recipro-${element}> chunk closure (${files.length} files)`,
      files.map((f) => join(dist, 'cdn', f)),
    );
    add(
      'recipro-widgets',
      `page with only <recipro-${element}> (autoloader + closure)`,
      ['autoloader.js', ...files].map((f) => join(dist, 'cdn', f)),
    );
    if (COVERED.includes(element))
      add(
        'recipro-widgets',
        `page with only <recipro-${element}>, up to its first render (autoloader + closure, pack after)`,
        ['autoloader.js', ...download(cdn, [element])].map((f) => join(dist, 'cdn', f)),
      );
    if (element === 'checklist')
      add(
        'recipro-widgets',
        "page with a writer's list in <recipro-checklist> (autoloader + closure, no pack)",
        ['autoloader.js', ...download(cdn, [element])].map((f) => join(dist, 'cdn', f)),
      );
  }
  const validator = Object.keys(cdn).find((f) => /^chunks\/parse-/.test(f));
  if (validator)
    add('recipro-widgets', 'validator chunk (on demand, for `definition`/`src`)', [join(dist, 'cdn', validator)]);
  for (const language of ['fr', 'hi', 'ar']) {
    for (const element of ['quiz', 'checklist']) {
      add(
        'recipro-widgets',
        `${language}: what a page with only <recipro-${element}> adds (strings + translated pack, on demand)`,
        download(cdn, translatedPacks(language)[element]).map((f) => join(dist, 'cdn', f)),
      );
    }
  }

  add('plain lit', 'plain lit: 3 elements + same content (rollup+terser)', [join(dist, 'bench/plain-lit.js')]);
  add('SurveyJS', 'SurveyJS core + js-ui, JS (rollup+terser)', [join(dist, 'bench/surveyjs.js')]);
  add('SurveyJS', 'SurveyJS CSS (survey-core.min.css)', [join(nm, 'survey-core/survey-core.min.css')]);
  add('SurveyJS', 'SurveyJS JS + CSS', [join(dist, 'bench/surveyjs.js'), join(nm, 'survey-core/survey-core.min.css')]);
  add('SurveyJS', 'SurveyJS vendor .min.js (core + js-ui UMD), for reference', [
    join(nm, 'survey-core/survey.core.min.js'),
    join(nm, 'survey-js-ui/survey-js-ui.min.js'),
  ]);
  add('Typeform', 'Typeform embed loader, JS (createWidget, rollup+terser)', [join(dist, 'bench/typeform.js')]);
  add('Typeform', 'Typeform loader JS + widget.css', [
    join(dist, 'bench/typeform.js'),
    join(nm, '@typeform/embed/build/css/widget.css'),
  ]);
  add('Typeform', 'Typeform vendor build/embed.js (the CDN loader), for reference', [
    join(nm, '@typeform/embed/build/embed.js'),
  ]);
  return rows;
}
