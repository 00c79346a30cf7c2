/**
 * Versioned data kept in the browser (saves, personal bests): each carries its format version.
 * An older version is brought up to date one step at a time by the migrations (from version n to
 * n + 1); a version newer than this game, or older than any migration, is refused as a whole with
 * a message: nothing is ever half-loaded.
 */
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
