import { checkLevelReferences } from './checkLevelReferences';
import { levelSchema, type Level } from './schema';
import { issueText } from './schemaKit';
import { parseJsonSafely } from './safeJson';
import { printable } from './printable';

export type LevelResult = { ok: true; level: Level } | { ok: false; errors: string[] };

/**
 * Turns untrusted data into a Level or a list of errors, each naming the source and the field:
 * `levels/north.json: links[3].to: unknown node "lvov"`. Never throws.
 */
export function validateLevel(data: unknown, source: string): LevelResult {
  const parsed = levelSchema().safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, 20).map((issue) => `${source}: ${formatPath(issue.path)}: ${issueText(issue, data)}`);
    return { ok: false, errors };
  }
  const refErrors = checkLevelReferences(parsed.data);
  if (refErrors.length) return { ok: false, errors: refErrors.slice(0, 20).map((e) => `${source}: ${e}`) };
  return { ok: true, level: parsed.data };
}

export function parseLevelText(text: unknown, source: string): LevelResult {
  const json = parseJsonSafely(text, source);
  if (!json.ok) return { ok: false, errors: [json.error] };
  return validateLevel(json.value, source);
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(the whole file)';
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${printable(String(p), 40)}` : printable(String(p), 40);
  }
  return out;
}
