import type { Level } from './schema';

/**
 * The lesson formats of a level: the full level is the 90-minute format; a level file whose
 * `format.of` names it (levels/<id>-50min.json) is a shorter one. Pure, for the set-up screen and
 * the title screen alike.
 */
export const FULL_FORMAT_MINUTES = 90;

/** The levels a player picks from: every level that is not a format of another. */
export function fullLevels<L extends Pick<Level, 'format'>>(levels: readonly L[]): L[] {
  return levels.filter((l) => !l.format);
}

/** A level's lesson formats, shortest first: its cuts, then the level itself at 90 minutes. */
export function formatsOf(levels: readonly Level[], full: Level): Array<{ minutes: number; level: Level }> {
  const cuts = levels.filter((l) => l.format?.of === full.id).map((l) => ({ minutes: l.format!.minutes, level: l }));
  return [...cuts.sort((a, b) => a.minutes - b.minutes), { minutes: FULL_FORMAT_MINUTES, level: full }];
}

/** The full level a level belongs to (itself when it is one). */
export function fullLevelOf(levels: readonly Level[], level: Level): Level {
  return (level.format && levels.find((l) => l.id === level.format!.of)) || level;
}
