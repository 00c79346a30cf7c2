import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateLevel } from '../../src/levels/parseLevel';
import type { Level } from '../../src/levels/schema';
import { decodeRegion } from '../../src/map/regionFile';
import type { RegionAsset } from '../../src/map/regionTypes';
import { buildLevelView, type LevelView } from '../../src/scenes/layout/levelView';

const read = (rel: string) => JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8')) as unknown;

export const region: RegionAsset = decodeRegion(read('../../assets/map/region.json'));

export function level(id: 'tutorial' | 'forty-thousand'): Level {
  const r = validateLevel(read(`../../levels/${id}.json`), id);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.level;
}

export function view(id: 'tutorial' | 'forty-thousand'): LevelView {
  return buildLevelView(level(id), region);
}
