import { makeReplay, type Replay } from '../engine/replay';
import type { GameSession } from '../session/session';

/** The replay of a game as the session recorded it (finished days only), in the file format, with a
 *  classroom game's staff pools and the facilitator's notes. */
export function sessionReplay(g: GameSession): Replay {
  return makeReplay(g.level, g.seed, g.days, g.dayStart, g.options.pools, g.notes);
}

/** The text of a replay file, byte for byte what `npm run -s sim -- --out` writes. */
export function replayFileText(replay: Replay): string {
  return `${JSON.stringify(replay, null, 1)}\n`;
}

/** A file name from the level, seed and length: only the characters ids and seeds may hold. */
export function replayFileName(replay: Replay): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 48) || '_';
  return `${safe(replay.level)}-${safe(replay.seed)}-day${replay.days.length}.replay.json`;
}
