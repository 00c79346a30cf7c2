import type { LogEntry } from '../engine';

/**
 * Entries after which the player probably wants to look before the next day ends: a threat
 * revealed or resolved, a formation that can now be given orders, a milestone, a nation whose
 * mobilisation stalled, the end of the game. "Advance to next event" stops after a day with one.
 */
const NEEDS_A_LOOK: ReadonlySet<LogEntry['t']> = new Set<LogEntry['t']>([
  'warning', 'event', 'ready', 'equipped', 'arrived', 'exercised', 'paused', 'milestone', 'end',
]);

export function needsAttention(log: readonly LogEntry[]): boolean {
  return log.some((e) => NEEDS_A_LOOK.has(e.t));
}
