import type { Level } from './schema';
import { generateLevel, generatorSeedOf, GENERATOR_POOL_LEVEL, isGeneratedId, MAX_GENERATOR_SEED } from './generateLevel';
import { SHARE_TEXT as T } from '../share/strings';
import { quoted, tpl } from '../share/template';

export type LevelLookup = { ok: true; level: Level } | { ok: false; error: string };

/** Generated levels by pool and id, so asking twice gives the same object (views compare levels by identity). */
const generated = new WeakMap<Level, Map<string, Level>>();

/**
 * A level by its id, as a link, a share code, a replay or a save names it: one of the built-in
 * levels, or a generated level ("gen-" + a seed) made from the built-in campaign. Never throws.
 */
export function resolveLevel(id: string, levels: readonly Level[]): LevelLookup {
  const builtIn = levels.find((l) => l.id === id);
  if (builtIn) return { ok: true, level: builtIn };
  if (!/^[a-z0-9][a-z0-9-]{0,47}$/.test(id)) return { ok: false, error: tpl(T.notALevelId, { level: quoted(id) }) };
  if (!isGeneratedId(id)) return { ok: false, error: tpl(T.unknownLevel, { level: quoted(id), known: levels.map((l) => l.id).join(', ') || '—' }) };
  const seed = generatorSeedOf(id);
  if (seed === null) return { ok: false, error: tpl(T.genBadSeed, { level: quoted(id), max: MAX_GENERATOR_SEED }) };
  const pool = levels.find((l) => l.id === GENERATOR_POOL_LEVEL);
  if (!pool) return { ok: false, error: tpl(T.genNoPool, { pool: GENERATOR_POOL_LEVEL }) };
  let byId = generated.get(pool);
  if (!byId) generated.set(pool, (byId = new Map()));
  const hit = byId.get(id);
  if (hit) return { ok: true, level: hit };
  const r = generateLevel(seed, pool);
  if (!r.ok) return { ok: false, error: tpl(T.genFailed, { level: id, error: r.errors[0] ?? '' }) };
  byId.set(id, r.level);
  return { ok: true, level: r.level };
}
