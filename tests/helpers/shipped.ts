/** The shipped levels, loaded through the same validator the game uses. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLevelText } from '../../src/levels/parseLevel';
import type { Level } from '../../src/levels/schema';

/** Every level in levels/. */
export const SHIPPED_IDS = ['tutorial', 'north', 'air-bridge', 'south', 'across-administrations', 'forty-thousand'] as const;
export type ShippedId = (typeof SHIPPED_IDS)[number];
/** The two the engine's property and sentence tests run on: the smallest and the whole campaign. */
export const LEVEL_IDS = ['tutorial', 'forty-thousand'] as const satisfies readonly ShippedId[];

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

const cache = new Map<string, Level>();

export function shippedLevel(id: ShippedId): Level {
  const hit = cache.get(id);
  if (hit) return hit;
  const r = parseLevelText(readFileSync(`${REPO}levels/${id}.json`, 'utf8'), `levels/${id}.json`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  cache.set(id, r.level);
  return r.level;
}
