/** Levels the server can run: the shipped ones and generated ones ("gen-" + a seed), loaded once each. */
import { loadBuiltInLevel } from '../cli/loadLevel';
import type { Level } from '../levels/schema';

const cache = new Map<string, Level>();

export function serverLevel(id: string): { ok: true; level: Level } | { ok: false; error: string } {
  const hit = cache.get(id);
  if (hit) return { ok: true, level: hit };
  const r = loadBuiltInLevel(id);
  if (!r.ok) return r;
  cache.set(id, r.level);
  return { ok: true, level: r.level };
}
