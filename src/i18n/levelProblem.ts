import type { LevelProblem } from '../levels/resolveLevel';
import { SHARE_TEXT as T } from './catalogs/share';
import { quoted, tpl } from './template';

/** Why a level id names no level, in the current language (the id quoted: it came from outside). */
export function levelProblemText(p: LevelProblem): string {
  switch (p.code) {
    case 'notALevelId': return tpl(T.notALevelId, { level: quoted(p.level) });
    case 'unknownLevel': return tpl(T.unknownLevel, { level: quoted(p.level), known: p.known.join(', ') || '—' });
    case 'genBadSeed': return tpl(T.genBadSeed, { level: quoted(p.level), max: p.max });
    case 'genNoPool': return tpl(T.genNoPool, { pool: p.pool });
    case 'genFailed': return tpl(T.genFailed, { level: p.level, error: p.error });
  }
}
