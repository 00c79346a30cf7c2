import type { LogEntry } from '../log';

/**
 * How a day went for the guarantee, as the result card's grid shows it: no event fired, every event
 * that fired was deterred, every one landed, or some of each.
 */
export type DayMark = 'quiet' | 'deterred' | 'landed' | 'mixed';

/**
 * The day-by-day pattern of deterred and landed events of a game, days 1..lastDay, read from the
 * engine's own event entries (the same facts the debrief and the review use), never recounted.
 */
export function eventPattern(log: readonly LogEntry[], lastDay: number): DayMark[] {
  const deterred = new Array<number>(lastDay).fill(0);
  const landed = new Array<number>(lastDay).fill(0);
  for (const e of log) {
    if (e.t !== 'event' || e.day < 1 || e.day > lastDay) continue;
    if (e.deterred) deterred[e.day - 1]!++;
    else landed[e.day - 1]!++;
  }
  return deterred.map((d, i) => {
    const l = landed[i]!;
    if (d === 0 && l === 0) return 'quiet';
    if (l === 0) return 'deterred';
    return d === 0 ? 'landed' : 'mixed';
  });
}
