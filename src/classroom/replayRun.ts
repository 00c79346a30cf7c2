/**
 * Play a replay through the engine and keep its log: how the review of an imported replay (a
 * team's game from another laptop) is built. The hashes are checked day by day on the way, as
 * verifyReplay does, so a review is never drawn from a tampered or foreign file.
 */
import { hashState, newGame, replayOptions, resolveDay, verifyReplay, type GameState, type LogEntry, type Replay, type Verdict } from '../engine';
import type { Level } from '../levels/schema';

export interface ReplayRun {
  verdict: Verdict;
  /** the log of every day replayed (up to the first bad day, if any) */
  log: LogEntry[];
  /** the state after each replayed day */
  states: GameState[];
}

export function runReplay(replay: Replay, level: Level): ReplayRun {
  const verdict = verifyReplay(replay, level);
  const log: LogEntry[] = [];
  const states: GameState[] = [];
  if (replay.level !== level.id) return { verdict, log, states };
  let s = newGame(level, replay.seed, replayOptions(replay));
  for (const day of replay.days) {
    if (s.status !== 'playing') break;
    const r = resolveDay(s, level, day.orders);
    if (hashState(r.state) !== day.hash) break;
    s = r.state;
    for (const e of r.log) log.push(e);
    states.push(s);
  }
  return { verdict, log, states };
}
