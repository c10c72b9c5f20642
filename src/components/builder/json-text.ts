/** What the JSON tab's text holds: an object to edit, or where and why it is not JSON. */
export type JSONText =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; line: number; column: number; message: string; notObject?: boolean };

/** Line and column (from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where JSON text first goes wrong: the offset of the first character a JSON parser cannot take.
 * The browsers' own messages do not all give a position (V8: "Unexpected token '}'"), so the
 * builder finds it itself, the same in every browser. Only called for text `JSON.parse` refused.
 */
export function errorOffset(text: string): number {
  let i = 0;
  const fail = () => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[\da-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
  return text.length;
}

/** Reads the JSON tab's text: an object, or the line and column where it stops being JSON. */
export function readJSONText(text: string): JSONText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, ...lineAndColumn(text, errorOffset(text)), message };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, line: 1, column: 1, message: '', notObject: true };
  return { ok: true, value: value as Record<string, unknown> };
}

/** `items[3].text` → `['items', 3, 'text']`. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const [, key, index, quoted] of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g))
    segments.push(index !== undefined ? Number(index) : quoted !== undefined ? (JSON.parse(quoted) as string) : key!);
  return segments;
}

/** The path one level up: `items[3].text` → `items[3]` → `items` → `` (none above the root). */
export function parentPath(path: string): string | undefined {
  if (!path) return undefined;
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut > 0 ? path.slice(0, cut) : '';
}

/**
 * The offset in `text` (valid JSON) where the value at `path` starts, or where its nearest
 * existing parent starts: the JSON tab puts the caret there for an issue the form cannot show.
 * A small scanner that follows the path through the text, so the author's own layout is kept.
 */
export function offsetOfPath(text: string, path: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const skipString = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  // Skips one value of any kind, from its first character.
  const skipValue = (): void => {
    space();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      while (i < text.length && text[i] !== close) {
        if (c === '{') {
          skipString();
          space();
          i++; // colon
        }
        skipValue();
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
      return;
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  space();
  let found = i;
  for (const segment of pathSegments(path)) {
    space();
    const open = text[i];
    if (typeof segment === 'number' ? open !== '[' : open !== '{') return found;
    i++;
    let index = 0;
    let hit = false;
    space();
    while (i < text.length && text[i] !== ']' && text[i] !== '}') {
      if (open === '{') {
        const start = i;
        skipString();
        const key = JSON.parse(text.slice(start, i)) as string;
        space();
        i++; // colon
        space();
        if (key === segment) {
          hit = true;
          break;
        }
      } else if (index === segment) {
        hit = true;
        break;
      }
      skipValue();
      space();
      if (text[i] === ',') i++;
      space();
      index++;
    }
    if (!hit) return found;
    space();
    found = i;
  }
  return found;
}
