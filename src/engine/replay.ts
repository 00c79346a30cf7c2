import type { Level } from '../levels/schema';
import type { Command } from './commands';
import { hashState } from './hash';
import { newGame, type GameOptions } from './newGame';
import { resolveDay } from './resolveDay';
import type { GameState, StaffPool } from './state';
import { GAME_VERSION } from './version';

export const REPLAY_FORMAT = 'guarantor-replay';
export const REPLAY_FORMAT_VERSION = 1;

/** A replay: the level and seed, then every day's orders and the state hash after that day. */
export interface Replay {
  format: typeof REPLAY_FORMAT;
  formatVersion: typeof REPLAY_FORMAT_VERSION;
  gameVersion: string;
  level: string;
  seed: string;
  /** staff pools when the game was not a solo game (classroom roles) */
  pools?: StaffPool[];
  days: Array<{ orders: Command[]; hash: string }>;
  /** a classroom facilitator's notes: not rules, so verification ignores them; text, never markup */
  notes?: Array<{ day: number; text: string }>;
  /** a summary for readers; verification recomputes it */
  result?: { outcome: GameState['status']; reason: GameState['reason']; readinessDay: number | null; day: number; hash: string };
}

export function replayOptions(r: Replay): GameOptions {
  return r.pools ? { pools: r.pools } : {};
}

/** Build a replay from a game's days, as the game records them. */
export function makeReplay(
  level: Level, seed: string, days: Array<{ orders: Command[]; hash: string }>, end: GameState, pools?: StaffPool[],
  notes?: Array<{ day: number; text: string }>,
): Replay {
  return {
    format: REPLAY_FORMAT,
    formatVersion: REPLAY_FORMAT_VERSION,
    gameVersion: GAME_VERSION,
    level: level.id,
    seed,
    ...(pools ? { pools } : {}),
    days,
    ...(notes && notes.length ? { notes: notes.map((n) => ({ day: n.day, text: n.text })) } : {}),
    result: { outcome: end.status, reason: end.reason, readinessDay: end.readinessDay, day: end.day, hash: hashState(end) },
  };
}

export interface Verdict {
  valid: boolean;
  outcome: GameState['status'];
  reason: GameState['reason'];
  readinessDay: number | null;
  day: number;
  hash: string;
  /** the first day whose hash differs, when invalid */
  firstBadDay?: number;
  /** the field of the recorded result that differs from the game's, when that is what is wrong */
  resultField?: string;
  error?: string;
}

/**
 * Replays every day and compares each day's hash with the recorded one. The first difference
 * names its day; orders after the game ended, or a different game version, make it invalid too.
 */
export function verifyReplay(replay: Replay, level: Level): Verdict {
  let s = newGame(level, replay.seed, replayOptions(replay));
  const verdict = (valid: boolean, extra: Partial<Verdict> = {}): Verdict => ({
    valid, outcome: s.status, reason: s.reason, readinessDay: s.readinessDay, day: s.day, hash: hashState(s), ...extra,
  });
  if (replay.gameVersion !== GAME_VERSION) {
    return verdict(false, { error: `recorded with game version ${replay.gameVersion}; this is ${GAME_VERSION}` });
  }
  if (replay.level !== level.id) return verdict(false, { error: `the replay is of level "${replay.level}", not "${level.id}"` });
  for (let i = 0; i < replay.days.length; i++) {
    const day = replay.days[i]!;
    if (s.status !== 'playing') return verdict(false, { firstBadDay: i + 1, error: `day ${i + 1} has orders after the game ended on day ${s.day}` });
    s = resolveDay(s, level, day.orders).state;
    const h = hashState(s);
    if (h !== day.hash) return verdict(false, { firstBadDay: i + 1, error: `day ${i + 1}: the state hash is ${h}, the replay records ${day.hash}` });
  }
  const differs = replay.result ? resultDifference(replay.result, s) : null;
  if (differs) {
    const error = differs.field === 'hash'
      ? `the final hash is ${hashState(s)}, the replay's result records ${replay.result!.hash}`
      : `the replay's result records ${differs.field} ${differs.recorded}; the game gives ${differs.actual}`;
    return verdict(false, { resultField: differs.field, error });
  }
  return verdict(true);
}

/** The summary fields a replay's `result` must repeat exactly, in the order they are compared. */
const RESULT_FIELDS = ['hash', 'outcome', 'reason', 'readinessDay', 'day'] as const;

/**
 * The first field of a recorded result that is not what the game gives, or null. A result is a
 * claim (a reader trusts it without replaying), so every field of it is checked, not the hash only.
 */
export function resultDifference(recorded: NonNullable<Replay['result']>, end: GameState): { field: string; recorded: string; actual: string } | null {
  const actual = { outcome: end.status, reason: end.reason, readinessDay: end.readinessDay, day: end.day, hash: hashState(end) };
  for (const f of RESULT_FIELDS) {
    if (recorded[f] !== actual[f]) return { field: f, recorded: JSON.stringify(recorded[f]), actual: JSON.stringify(actual[f]) };
  }
  return null;
}
