import type { Level } from '../levels/schema';
import { parseLevelText } from '../levels/parseLevel';
import { t } from '../i18n';
import { sortLevels } from '../ui/title/levelOrder';

/**
 * Level files given as text (path → text), validated with the same schema as any shared level: a
 * broken file is reported by name and field, in the words the title screen uses, instead of
 * breaking the game.
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
