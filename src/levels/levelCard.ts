import type { Level } from './schema';

/** A level's words for its entry on the title's second screen: summary, briefing, handouts. */
export type LevelBrief = Pick<Level, 'summary' | 'briefing' | 'learningNotes'>;

/**
 * What the title screen shows of a level before its file is loaded: its name and figures, and
 * its brief once that is known. The shipped levels' cards are made at build time (vite.config.ts,
 * builtInLevels) without their briefs, so the front of the title carries a few dozen bytes per
 * level; the briefs (about 10 KB gzip for all twelve) download when the second screen opens
 * (actions.loadLevelBriefs), and a level's whole file (its map, forces and events) when the
 * level is chosen.
 */
export interface LevelCard extends Pick<Level, 'id' | 'title' | 'par' | 'deadline' | 'format'> {
  brief?: LevelBrief;
}

/** A card without its brief, as the title's front has it. */
export function levelFrontOf(level: Level): LevelCard {
  const { id, title, par, deadline, format } = level;
  return format ? { id, title, par, deadline, format } : { id, title, par, deadline };
}

export function levelBriefOf(level: Pick<Level, 'summary' | 'briefing' | 'learningNotes'>): LevelBrief {
  const { summary, briefing, learningNotes } = level;
  return { summary, briefing, learningNotes };
}

/** The whole card of a loaded level. */
export function levelCardOf(level: Level): LevelCard {
  return { ...levelFrontOf(level), brief: levelBriefOf(level) };
}
