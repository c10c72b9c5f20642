// Seeded generators of malformed definitions: random JSON, and mutations of the valid packs.
import fc from 'fast-check';
import type { DefinitionKind } from '../../src/core/index.js';
import { presets } from '../../src/content/index.js';

export const SEED = 20261126;

type Json = unknown;
type Path = (string | number)[];

export interface Case {
  /** How the definition reaches the element. */
  delivery: 'property' | 'script' | 'src';
  /** The object (property) or the JSON text (script, src). */
  value: unknown;
  label: string;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const packsOf = (kind: DefinitionKind) =>
  Object.values(presets).filter((pack) => pack.kind === kind) as unknown[];

/** Every path in a JSON tree (the root excluded). */
function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...at, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      paths(child, path, out);
    }
  }
  return out;
}

function parentOf(root: Json, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return node;
}

function deep(depth: number): unknown {
  let node: unknown = 'bottom';
  for (let i = 0; i < depth; i++) node = i % 2 ? [node] : { nested: node };
  return node;
}

const WRONG = [42, -1, 0, null, true, false, [], {}, '', ' ', 'x', [1, 2, 3], { kind: 'quiz' }];
const NON_FINITE = [NaN, Infinity, -Infinity, Number.MAX_VALUE, -0, 1e-320];
const OPS = [
  'wrongType',
  'delete',
  'hugeString',
  'deepNest',
  'dangling',
  'duplicate',
  'nonFinite',
  'emptyArray',
  'protoKey',
] as const;
type Op = (typeof OPS)[number];

/** Applies one mutation at a path chosen by `pick`. */
function mutate(root: Json, op: Op, pick: number, choice: number): string {
  const all = paths(root);
  if (!all.length) return 'none';
  const path = all[pick % all.length]!;
  const parent = parentOf(root, path);
  const key = path[path.length - 1]!;
  const where = path.join('.');
  switch (op) {
    case 'wrongType':
      parent[key] = WRONG[choice % WRONG.length];
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'hugeString':
      parent[key] = '\u00c4<b>'.repeat(20_000 + (choice % 5) * 10_000);
      break;
    case 'deepNest':
      parent[key] = deep(500 + (choice % 4) * 500);
      break;
    case 'dangling':
      parent[key] = typeof parent[key] === 'string' ? `no-such-${String(parent[key])}` : 'no-such-id';
      break;
    case 'duplicate': {
      // Duplicate a sibling in the nearest array (duplicate ids).
      for (let i = path.length - 1; i >= 0; i--) {
        const container = i === 0 ? root : parentOf(root, path.slice(0, i + 1));
        const arrayKey = path[i]!;
        const array = (container as Record<string | number, unknown>)[arrayKey];
        if (Array.isArray(array) && array.length) {
          array.push(clone(array[choice % array.length]));
          break;
        }
      }
      break;
    }
    case 'nonFinite':
      parent[key] = NON_FINITE[choice % NON_FINITE.length];
      break;
    case 'emptyArray':
      parent[key] = [];
      break;
    case 'protoKey':
      if (parent && typeof parent === 'object' && !Array.isArray(parent)) {
        Object.defineProperty(parent, '__proto__', {
          value: { polluted: true },
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      break;
  }
  return `${op} at ${where}`;
}

/** `cases` seeded malformed definitions for one kind (and some that stay valid by chance). */
export function fuzzCases(kind: DefinitionKind, count: number, seed = SEED): Case[] {
  const packs = packsOf(kind);
  const mutation = fc
    .record({
      pack: fc.nat(packs.length - 1),
      ops: fc.array(fc.tuple(fc.constantFrom(...OPS), fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }),
    })
    .map(({ pack, ops }) => {
      const value = clone(packs[pack]) as Json;
      const labels = ops.map(([op, pick, choice]) => mutate(value, op, pick, choice));
      return { value, label: labels.join('; ') };
    });
  const randomJson = fc.oneof(
    fc.jsonValue().map((value) => ({ value, label: 'random JSON' })),
    fc
      .dictionary(fc.string(), fc.jsonValue())
      .map((value) => ({ value: { ...value, kind }, label: 'random object of this kind' })),
    fc
      .constantFrom(...(['quiz', 'checklist', 'stepper'] as const))
      .map((other) => ({ value: clone(packsOf(other)[0]), label: `a ${other} pack` })),
  );
  const base = fc.oneof({ arbitrary: mutation, weight: 4 }, { arbitrary: randomJson, weight: 1 });
  const arb = fc.tuple(base, fc.nat(19)).map(([{ value, label }, d]): Case => {
    if (d < 13) return { delivery: 'property', value, label };
    let text = JSON.stringify(value) ?? 'undefined';
    // JSON text can hold what an object cannot: 1e999 (Infinity), truncation, a __proto__ key.
    if (d % 4 === 0) text = text.replace(/(:\s*)(-?\d+(\.\d+)?)/, '$11e999');
    else if (d % 4 === 1) text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    else if (d % 4 === 2)
      text = text.replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    return {
      delivery: d < 17 ? 'script' : 'src',
      value: text,
      label: `${label} (${d % 4 === 0 ? '1e999' : d % 4 === 1 ? 'truncated' : d % 4 === 2 ? '__proto__' : 'text'})`,
    };
  });
  return fc.sample(arb, { seed, numRuns: count });
}
