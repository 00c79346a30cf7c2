import { thousands } from '../engine/format';
import { printable } from './printable';

/**
 * Parsing text that came from outside the game (a level file, a replay, a save, a share code).
 * Size is checked before parsing so a 50 MB file costs nothing, and keys that could reach an
 * object's prototype are refused with their path rather than silently dropped.
 */
export const MAX_INPUT_BYTES = 1_000_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJsonSafely(text: unknown, what: string, maxBytes = MAX_INPUT_BYTES): JsonResult {
  if (typeof text !== 'string') return { ok: false, error: `${what}: expected text, got ${text === null ? 'null' : typeof text}` };
  if (text.length > maxBytes) {
    return { ok: false, error: `${what}: too large (${thousands(text.length)} characters; the limit is ${thousands(maxBytes)})` };
  }
  let value: unknown;
  try {
    // Editors on Windows often save UTF-8 with a byte-order mark; JSON.parse refuses it.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, error: `${what}: not valid JSON (${(e as Error).message})` };
  }
  const bad = findForbiddenKey(value, '');
  if (bad !== null) return { ok: false, error: `${what}: ${printable(bad, 80)}: this key is not allowed` };
  return { ok: true, value };
}

/** Path of the first forbidden key, or null. Iterative so deep nesting cannot blow the stack. */
export function findForbiddenKey(root: unknown, base: string): string | null {
  const stack: Array<[unknown, string]> = [[root, base]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
      continue;
    }
    for (const k of Object.keys(v)) {
      const p = path ? `${path}.${k}` : k;
      if (FORBIDDEN_KEYS.has(k)) return p;
      stack.push([(v as Record<string, unknown>)[k], p]);
    }
  }
  return null;
}
