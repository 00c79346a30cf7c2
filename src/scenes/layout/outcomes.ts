/**
 * The threats that fired on the day that just ended, with their contest and verdict, for the
 * cards that turn over on their axes (eventFlips.ts). Read from the day's log.
 */
import type { LogEntry } from '../../engine';

export type Outcome = Extract<LogEntry, { t: 'event' }>;

export function firedOutcomes(lastDay: readonly LogEntry[]): Outcome[] {
  return lastDay.filter((e): e is Outcome => e.t === 'event');
}

/** Formations whose drawn position changed by more than `minPx` screen pixels between two layouts. */
export function movedPieces(before: ReadonlyMap<string, readonly [number, number]>, after: ReadonlyMap<string, readonly [number, number]>, zoom: number, minPx = 3): Array<{ id: string; from: readonly [number, number]; to: readonly [number, number] }> {
  const out: Array<{ id: string; from: readonly [number, number]; to: readonly [number, number] }> = [];
  for (const [id, to] of after) {
    const from = before.get(id);
    if (!from) continue;
    if (Math.hypot(to[0] - from[0], to[1] - from[1]) * zoom > minPx) out.push({ id, from, to });
  }
  return out;
}
