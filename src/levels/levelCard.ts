import type { Level } from './schema';

/**
 * What the title screen shows of a level before its file is loaded: the words and figures of
 * its card. The shipped levels' cards are made at build time (vite.config.ts, builtInLevels), so
 * the title carries a few hundred bytes per level and a level's whole file (its map, forces and
 * events) loads when the level is chosen.
 */
export type LevelCard = Pick<Level, 'id' | 'title' | 'summary' | 'briefing' | 'learningNotes' | 'par' | 'deadline' | 'format'>;

export function levelCardOf(level: Level): LevelCard {
  const { id, title, summary, briefing, learningNotes, par, deadline, format } = level;
  return format ? { id, title, summary, briefing, learningNotes, par, deadline, format } : { id, title, summary, briefing, learningNotes, par, deadline };
}
