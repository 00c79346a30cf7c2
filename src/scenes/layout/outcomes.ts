/**
 * The threats that fired on the day that just ended, with their verdict, for the brief
 * "DETERRED" / "NOT DETERRED" flashes on their axes. Read from the day's log.
 */
import type { LogEntry } from '../../engine';

export interface Outcome { event: number; card: string; axis: string; deterred: boolean }

export function firedOutcomes(lastDay: readonly LogEntry[]): Outcome[] {
  const out: Outcome[] = [];
  for (const e of lastDay) if (e.t === 'event') out.push({ event: e.event, card: e.card, axis: e.axis, deterred: e.deterred });
  return out;
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
