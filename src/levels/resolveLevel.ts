import type { Level } from './schema';
import { generateLevel, generatorSeedOf, GENERATOR_POOL_LEVEL, isGeneratedId, MAX_GENERATOR_SEED } from './generateLevel';

/** Why no level answers to an id, as data: i18n/levelProblem.ts says it in the player's language.
 *  `level` is the id as given (untrusted: quote it when showing it). */
export type LevelProblem =
  | { code: 'notALevelId'; level: string }
  | { code: 'unknownLevel'; level: string; known: string[] }
  | { code: 'genBadSeed'; level: string; max: number }
  | { code: 'genNoPool'; pool: string }
  | { code: 'genFailed'; level: string; error: string };

export type LevelLookup = { ok: true; level: Level } | { ok: false; problem: LevelProblem };

/** Generated levels by pool and id, so asking twice gives the same object (views compare levels by identity). */
const generated = new WeakMap<Level, Map<string, Level>>();

/**
 * A level by its id, as a link, a share code, a replay or a save names it: one of the built-in
 * levels, or a generated level ("gen-" + a seed) made from the built-in campaign. Never throws.
 */
export function resolveLevel(id: string, levels: readonly Level[]): LevelLookup {
  const builtIn = levels.find((l) => l.id === id);
  if (builtIn) return { ok: true, level: builtIn };
  const fail = (problem: LevelProblem): LevelLookup => ({ ok: false, problem });
  if (!/^[a-z0-9][a-z0-9-]{0,47}$/.test(id)) return fail({ code: 'notALevelId', level: id });
  if (!isGeneratedId(id)) return fail({ code: 'unknownLevel', level: id, known: levels.map((l) => l.id) });
  const seed = generatorSeedOf(id);
  if (seed === null) return fail({ code: 'genBadSeed', level: id, max: MAX_GENERATOR_SEED });
  const pool = levels.find((l) => l.id === GENERATOR_POOL_LEVEL);
  if (!pool) return fail({ code: 'genNoPool', pool: GENERATOR_POOL_LEVEL });
  let byId = generated.get(pool);
  if (!byId) generated.set(pool, (byId = new Map()));
  const hit = byId.get(id);
  if (hit) return { ok: true, level: hit };
  const r = generateLevel(seed, pool);
  if (!r.ok) return fail({ code: 'genFailed', level: id, error: r.errors[0] ?? '' });
  byId.set(id, r.level);
  return { ok: true, level: r.level };
}
