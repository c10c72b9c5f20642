import { formatPath, type PathSegment } from '../../../core/issues.js';
import { fieldId } from '../form-context.js';

/** A path into the draft, as segments: `['items', 3, 'text']` is `items[3].text`. */
export type Path = readonly (string | number)[];

export type Json = Record<string, unknown>;

/** The Issue-style path (`items[3].text`) of `path`. */
export const pathText = (path: Path): string => formatPath(path as readonly PathSegment[]);

/** The id of the control that edits `path`. */
export const idOf = (path: Path): string => fieldId(pathText(path));

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path`, or `undefined` when any step is missing or of the wrong kind. */
export function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof key === 'number' ? !Array.isArray(value) : !isRecord(value)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Reading a draft defensively: a list that is not a list is empty, a text that is not one is `''`. */
export const listAt = (root: unknown, path: Path): unknown[] => {
  const value = getAt(root, path);
  return Array.isArray(value) ? value : [];
};
export const stringAt = (root: unknown, path: Path): string => {
  const value = getAt(root, path);
  return typeof value === 'string' ? value : '';
};

/**
 * A copy of `root` with `value` at `path` (`undefined` removes an object key), copying only the
 * objects and lists on the way; missing or wrong-kind steps are replaced by fresh ones.
 */
export function setAt(root: Json, path: Path, value: unknown): Json {
  return setIn(root, path, 0, value) as Json;
}

function setIn(node: unknown, path: Path, depth: number, value: unknown): unknown {
  if (depth === path.length) return value;
  const key = path[depth]!;
  if (typeof key === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    list[key] = setIn(list[key], path, depth + 1, value);
    return list;
  }
  const record: Json = isRecord(node) ? { ...node } : {};
  const next = setIn(record[key], path, depth + 1, value);
  if (next === undefined) delete record[key];
  else record[key] = next;
  return record;
}

/** The list at `path` changed by `change` (which gets a copy it may mutate). */
export function updateList(root: Json, path: Path, change: (list: unknown[]) => void): Json {
  const list = [...listAt(root, path)];
  change(list);
  return setAt(root, path, list);
}

/** Moves entry `from` of the list at `path` to index `to`. */
export const moveIn = (root: Json, path: Path, from: number, to: number): Json =>
  updateList(root, path, (list) => {
    const [entry] = list.splice(from, 1);
    list.splice(to, 0, entry);
  });

/** `prefix-1`, `prefix-2`, …: the first that no entry of `list` uses as its id. */
export function freshId(list: readonly unknown[], prefix: string): string {
  const used = new Set(list.map((entry) => (isRecord(entry) ? entry['id'] : undefined)));
  let n = list.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
