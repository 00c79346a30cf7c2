import type { Level } from '../levels/schema';
import { parseLevelText } from '../levels/parseLevel';
import { t } from '../i18n';
import { sortLevels } from '../ui/title/levelOrder';

/**
 * The levels built into the page: every levels/*.json, bundled as text and validated with the
 * same schema as any shared level, so a broken file is reported by name and field on the title
 * screen instead of breaking the game.
 */
export function parseLevelFiles(files: Record<string, string>): { levels: Level[]; errors: string[] } {
  const levels: Level[] = [];
  const errors: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const source = path.replace(/^\//, '');
    const r = parseLevelText(text, source);
    if (r.ok) levels.push(r.level);
    else errors.push(t('levels.loadError', { error: r.errors[0] ?? source }));
  }
  return { levels: sortLevels(levels), errors };
}

export function builtInLevels(): { levels: Level[]; errors: string[] } {
  return parseLevelFiles(import.meta.glob<string>('/levels/*.json', { query: '?raw', import: 'default', eager: true }));
}
