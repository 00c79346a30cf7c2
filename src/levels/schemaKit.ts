import * as z from 'zod/mini';
import { printable } from './printable';

/**
 * The small kit every schema of outside data is written with: zod's "mini" build (a fraction of
 * the size of the classic one, which matters in the first chunk the title screen loads) plus the
 * few shapes we use everywhere, and our own English for its issues (the mini build carries none).
 */
export { z };

/**
 * A schema built on its first use and kept. Building zod schemas is real work when the main chunk
 * is evaluated (tens of milliseconds on a slow phone), and a page that opens a shipped level reads
 * no user file: it never needs them.
 */
export function lazySchema<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

export const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
export const num = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
export const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
export const pattern = (re: RegExp, what: string) => z.string().check(z.regex(re, what));
export const list = <T extends z.ZodMiniType>(item: T, min: number, max: number) => z.array(item).check(z.minLength(min), z.maxLength(max));
export const exactly = <T extends z.ZodMiniType>(item: T, n: number) => z.array(item).check(z.length(n));

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  keys?: string[];
  values?: unknown[];
  format?: string;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isInteger(v)) return 'a fraction';
  return typeof v;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, k) ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  }
  return v;
}

/** An issue in plain English ("expected int, got a fraction"; "unknown field: population"). */
export function issueText(issue: Issue, input: unknown): string {
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : null;
  switch (issue.code) {
    case 'invalid_type': {
      const got = valueAt(input, issue.path);
      return got === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${kindOf(got)}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `holds more than ${issue.maximum} item(s)`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_format': return custom ?? 'is not in the expected form';
    case 'invalid_value': return `expected ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys': {
      // A hostile file can hold thousands of keys, with control characters in them: name a few, cut.
      const keys = issue.keys ?? [];
      const more = keys.length > 5 ? ` and ${keys.length - 5} more` : '';
      return `unknown field(s): ${keys.slice(0, 5).map((k) => printable(k, 40)).join(', ')}${more}`;
    }
    case 'invalid_union': return 'is none of the allowed forms (check its "type")';
    default: return custom ?? issue.code;
  }
}

/** The first issue of a failed parse, as "path: what is wrong". */
export function firstIssue(error: { issues: readonly unknown[] }, input: unknown, formatPath: (p: readonly PropertyKey[]) => string): string {
  const issue = error.issues[0] as Issue;
  return `${formatPath(issue.path)}: ${issueText(issue, input)}`;
}
