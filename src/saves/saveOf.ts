import { GAME_VERSION } from '../engine';
import type { GameSession } from '../session/session';
import { SAVE_FORMAT, SAVE_VERSION, type Save, type SaveRun } from './saveFormat';

/** The save of a game in progress: what restore.ts reads back (level, seed, finished days with
 *  their hashes, today's orders, a classroom's teams and turns, the facilitator's notes, the run's
 *  timing). */
export function saveOf(g: GameSession, run: Omit<SaveRun, 'seedMode' | 'branched'>, savedAt: string): Save {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    gameVersion: GAME_VERSION,
    savedAt,
    level: g.level.id,
    seed: g.seed,
    ...(g.options.pools ? { pools: g.options.pools } : {}),
    days: g.days,
    today: g.orders,
    ...(g.classroom ? { classroom: g.classroom } : {}),
    ...(g.notes?.length ? { notes: g.notes } : {}),
    run: { seedMode: g.run?.seedMode ?? 'set', branched: g.run?.branched ?? false, ...run },
  };
}
