import { VERSION } from '../shared/define.js';

/** Where the page gets the library: the CDN's autoloader, or a copy of `recipro.js` on the site. */
export type ScriptSource = 'cdn' | 'self';
/** How the element gets its definition: inline JSON inside it, or `src=` a hosted file. */
export type DefinitionEmbed = 'inline' | 'src';

/** The autoloader on jsDelivr, at this build's version (the same address README gives). */
export const CDN_AUTOLOADER = `https://cdn.jsdelivr.net/npm/recipro-widgets@${VERSION}/dist/cdn/autoloader.js`;
/** Where a site that hosts the library itself keeps `recipro.js` (the author replaces the path). */
export const SELF_HOSTED = '/path/to/recipro.js';

export interface SnippetOptions {
  kind: string;
  definition: unknown;
  script: ScriptSource;
  embed: DefinitionEmbed;
  /** The hosted file's address, for `embed: 'src'`. */
  url: string;
}

/**
 * JSON that is safe inside `<script type="application/json">`: `</script` cannot close the script
 * early and `<!--` cannot start a comment the HTML parser would honour (both stay the same JSON).
 */
export function scriptSafeJSON(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '\\u003c!--');
}

/** An attribute value in double quotes. */
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML an author pastes into their site: the script tag, then the element with its definition. */
export function embedSnippet({ kind, definition, script, embed, url }: SnippetOptions): string {
  const tag = `recipro-${kind}`;
  const src = script === 'cdn' ? CDN_AUTOLOADER : SELF_HOSTED;
  const loader = `<script type="module" src="${src}"></script>`;
  const element =
    embed === 'src'
      ? `<${tag} src="${attribute(url)}"></${tag}>`
      : `<${tag}>\n<script type="application/json">\n${scriptSafeJSON(definition)}\n</script>\n</${tag}>`;
  return `${loader}\n${element}\n`;
}
