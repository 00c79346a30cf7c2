/**
 * "What if?" from the debrief: a new game from the start of a chosen day of the game being
 * reviewed, on the same level and seed, by the replay viewer's own "Play from this day" path
 * (replay/playback.ts branchAt). A classroom game goes on as one: the same teams, PIN and group,
 * every team to play the day afresh, and the facilitator's notes of the days kept.
 */
import { branchAt, createPlayback } from '../replay/playback';
import type { GameSession } from '../store/session';
import { sessionReplay } from './play';
import { newDay, startClassroom } from './turns';

export function branchFromDay(g: GameSession, day: number): GameSession | null {
  const playback = createPlayback(g.level, sessionReplay(g));
  const mine = branchAt(playback, Math.max(0, Math.min(playback.length, day - 1)));
  if (!mine) return null;
  return {
    ...mine,
    classroom: g.classroom ? newDay(startClassroom(g.classroom)) : null,
    notes: (g.notes ?? []).filter((n) => n.day < mine.state.day),
  };
}
