import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLevelText } from '../../src/levels/parseLevel';
import type { Level } from '../../src/levels/schema';

export const LEVELS_DIR = join(import.meta.dirname, '../../levels');

export function levelText(id: string): string {
  return readFileSync(join(LEVELS_DIR, `${id}.json`), 'utf8');
}

export function loadLevel(id: string): Level {
  const r = parseLevelText(levelText(id), id);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.level;
}
