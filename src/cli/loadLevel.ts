import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Level } from '../levels/schema';
import { generateLevel, generatorSeedOf, GENERATOR_POOL_LEVEL, isGeneratedId } from '../levels/generateLevel';
import { parseLevelText } from '../levels/parseLevel';
import { MAX_INPUT_BYTES } from '../levels/safeJson';
import { fewErrors } from '../levels/printable';
import { readTextCapped } from './readCapped';

export const LEVELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../levels');

export type Loaded = { ok: true; level: Level; source: string } | { ok: false; error: string };

/** A shipped level by its id only (what a replay names: never a path it could point anywhere). */
export function loadBuiltInLevel(id: string): Loaded {
  if (!/^[a-z0-9][a-z0-9-]{0,47}$/.test(id)) return { ok: false, error: `"${id}" is not a level id` };
  return loadLevel(id);
}

/** `--level` takes a built-in level id (levels/<id>.json), a generated level's id ("gen-" + its
 *  seed, made by src/levels/generateLevel.ts from the campaign's map and forces) or a path to a
 *  level file. */
export function loadLevel(idOrPath: string): Loaded {
  const looksLikePath = idOrPath.includes('/') || idOrPath.includes('\\') || idOrPath.endsWith('.json');
  if (!looksLikePath && isGeneratedId(idOrPath)) return loadGeneratedLevel(idOrPath);
  const file = looksLikePath ? resolve(idOrPath) : join(LEVELS_DIR, `${idOrPath}.json`);
  const source = looksLikePath ? idOrPath : `levels/${idOrPath}.json`;
  if (!/^[A-Za-z0-9._\-/\\ ]+$/.test(idOrPath)) return { ok: false, error: `"${idOrPath}" is not a level id or a file path` };
  if (!existsSync(file)) return { ok: false, error: looksLikePath ? `${source}: no such file` : `unknown level "${idOrPath}" (no ${source})` };
  const read = readTextCapped(file, MAX_INPUT_BYTES, source);
  if (!read.ok) return { ok: false, error: read.error };
  const r = parseLevelText(read.text, source);
  // A few errors, one line each, control characters escaped: the file's text is not ours to print.
  return r.ok ? { ok: true, level: r.level, source } : { ok: false, error: fewErrors(r.errors).join('\n') };
}

/** A generated level: its seed through the generator, with the campaign as the pool of places and forces. */
function loadGeneratedLevel(id: string): Loaded {
  const seed = generatorSeedOf(id);
  if (seed === null) return { ok: false, error: `"${id}": after "gen-" comes a seed of 1 to 44 lower-case letters, digits and dashes` };
  const pool = loadLevel(GENERATOR_POOL_LEVEL);
  if (!pool.ok) return { ok: false, error: `${id}: the generator's pool cannot be loaded: ${pool.error}` };
  const r = generateLevel(seed, pool.level);
  return r.ok ? { ok: true, level: r.level, source: `generated level ${id}` } : { ok: false, error: r.errors.join('\n') };
}
