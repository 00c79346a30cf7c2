/**
 * Versioned data kept in the browser (saves, personal bests): each carries its format version.
 * An older version is brought up to date one step at a time by the migrations (from version n to
 * n + 1); a version newer than this game, or older than any migration, is refused as a whole with
 * a message: nothing is ever half-loaded.
 */
import { firstIssue, z } from '../levels/schemaKit';
import { formatPath } from '../levels/parseLevel';
import { parseJsonSafely } from '../levels/safeJson';
import { tpl } from '../i18n/template';

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

export type MigrateResult = { ok: true; value: Record<string, unknown> } | { ok: false; kind: 'newer' | 'older'; version: number };

export function migrate(value: Record<string, unknown>, current: number, migrations: Readonly<Record<number, Migration>>): MigrateResult {
  let v = value;
  let version = v.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, kind: 'older', version: Number(version) || 0 };
  if (version > current) return { ok: false, kind: 'newer', version };
  while (version < current) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return { ok: false, kind: 'older', version };
    v = { ...step(v), version: version + 1 };
    version += 1;
  }
  return { ok: true, value: v };
}

/** What a kind of versioned data is called and how its refusals read (templates for tpl()). */
export interface VersionedKind<T> {
  format: string;
  version: number;
  migrations: Readonly<Record<number, Migration>>;
  schema: z.ZodMiniType<unknown>;
  maxChars: number;
  /** the name of the thing for JSON errors ("the save") */
  what: string;
  words: { notText: string; invalid: string; wrongFormat: string; newer: string; older: string };
  /** the checked value, typed */
  cast: (value: unknown) => T;
}

/**
 * Untrusted text → the current version of the data, or one message: text, JSON within the size
 * limit, the right format, migrated up to this version, then the schema. Never throws.
 */
export function parseVersioned<T>(text: unknown, k: VersionedKind<T>): { ok: true; value: T } | { ok: false; error: string } {
  if (typeof text !== 'string') return { ok: false, error: k.words.notText };
  const json = parseJsonSafely(text, k.what, k.maxChars);
  if (!json.ok) return { ok: false, error: tpl(k.words.invalid, { detail: json.error }) };
  const v = json.value;
  if (!v || typeof v !== 'object' || Array.isArray(v) || (v as { format?: unknown }).format !== k.format) return { ok: false, error: k.words.wrongFormat };
  const m = migrate(v as Record<string, unknown>, k.version, k.migrations);
  if (!m.ok) return { ok: false, error: tpl(m.kind === 'newer' ? k.words.newer : k.words.older, { version: m.version, ours: k.version }) };
  const parsed = k.schema.safeParse(m.value);
  if (!parsed.success) return { ok: false, error: tpl(k.words.invalid, { detail: firstIssue(parsed.error, m.value, formatPath) }) };
  return { ok: true, value: k.cast(parsed.data) };
}
