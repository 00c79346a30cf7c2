import { replayOptions, type Replay } from '../engine';
import type { Level } from '../levels/schema';
import { endSessionDay, issueOrder, startSession, type GameSession } from '../store/session';

/**
 * A replay as a sequence of sessions, one per day: `at(k)` is the game after k days, exactly as
 * it was in the store of the player who recorded it (state, logs and the day's report), so the
 * map and the panels show a replay with the same code that shows a game. Days are computed once,
 * on demand, from the nearest one already known.
 */
export interface Playback {
  readonly level: Level;
  readonly replay: Replay;
  /** the number of days the replay holds */
  readonly length: number;
  at(day: number): GameSession;
}

export function createPlayback(level: Level, replay: Replay): Playback {
  const cache: GameSession[] = [{ ...startSession(level, replay.seed, replayOptions(replay)), viewOnly: true }];
  const length = replay.days.length;
  return {
    level,
    replay,
    length,
    at(day: number): GameSession {
      const k = Math.max(0, Math.min(length, Math.floor(day)));
      while (cache.length <= k) cache.push(nextDay(cache[cache.length - 1]!, replay.days[cache.length - 1]!.orders));
      return cache[k]!;
    },
  };
}

function nextDay(g: GameSession, orders: Replay['days'][number]['orders']): GameSession {
  let s: GameSession = { ...g, viewOnly: false };
  for (const cmd of orders) {
    const r = issueOrder(s, cmd);
    // A refused order changes nothing in the engine either (resolveDay logs and skips it).
    if (r.ok) s = r.session;
  }
  return { ...endSessionDay(s), viewOnly: true };
}

/**
 * "Play from this day": the game after `day` days as the player's own new game, on the same level
 * and seed, never recorded as a personal best. Null once that game has ended.
 */
export function branchAt(p: Playback, day: number): GameSession | null {
  const g = p.at(day);
  if (g.state.status !== 'playing') return null;
  return { ...g, viewOnly: false, run: { seedMode: 'set', branched: true } };
}

/** The day each milestone was reached in the replay (0: never), in MILESTONE_IDS order. */
export function replaySplitDays(p: Playback): number[] {
  return [...p.at(p.length).state.milestones];
}
