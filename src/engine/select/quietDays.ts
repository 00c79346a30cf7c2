import { endDay } from '../endDay';
import type { Level } from '../../levels/schema';
import type { LogEntry } from '../log';
import type { GameState } from '../state';

/**
 * Entries after which the player probably wants to look before the next day ends: a threat
 * revealed or resolved, a formation that can now be given orders, a milestone, a nation whose
 * mobilisation stalled, the end of the game. "Advance to next event" (F) stops after a day with one.
 */
const NEEDS_A_LOOK: ReadonlySet<LogEntry['t']> = new Set<LogEntry['t']>([
  'warning', 'event', 'ready', 'equipped', 'arrived', 'exercised', 'paused', 'milestone', 'end',
]);

export function needsAttention(log: readonly LogEntry[]): boolean {
  return log.some((e) => NEEDS_A_LOOK.has(e.t));
}

export interface QuietStretch {
  /** days F would end with no orders given: up to and including the first one that needs a look */
  days: number;
  /** the states at the start of each of those days after today, the last one where F stops */
  states: GameState[];
}

/**
 * What "Advance to next event" would do from `s` with no more orders today: how many days it ends
 * (at most `maxDays`) and the state of each new day, so a view can say "nothing happens until day
 * N" and check that no order was due on a day in between. Pure: the engine's own endDay.
 */
export function quietDays(s: GameState, level: Level, maxDays = 60): QuietStretch {
  const states: GameState[] = [];
  let cur = s;
  while (cur.status === 'playing' && states.length < maxDays) {
    const r = endDay(cur, level);
    cur = r.state;
    states.push(cur);
    if (needsAttention(r.log)) break;
  }
  return { days: states.length, states };
}
