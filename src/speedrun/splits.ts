import { MILESTONE_IDS } from '../engine/ids';

/**
 * Splits at the milestones (docs/design.md section 7), in MILESTONE_IDS order. A run's times are the day
 * each milestone was reached (0: not yet) and the real time at that moment (null: not reached, or
 * not timed). Milestones can fall in any order and on the same day, so a segment is the time from
 * the latest milestone listed before it that was reached (never negative).
 */

export interface SplitTimes { days: number[]; ms: Array<number | null> }

export const noSplits = (): SplitTimes => ({ days: MILESTONE_IDS.map(() => 0), ms: MILESTONE_IDS.map(() => null) });

export function segments(times: ReadonlyArray<number | null>): Array<number | null> {
  let last = 0;
  return times.map((t) => {
    if (t === null || t === 0) return null;
    const seg = Math.max(0, t - last);
    last = Math.max(last, t);
    return seg;
  });
}

/** Day splits as segment inputs: 0 (not reached) becomes null. */
export const dayTimes = (days: readonly number[]): Array<number | null> => days.map((d) => (d > 0 ? d : null));

/** The better of two best-segment lists, element by element. */
export function minSegments(a: ReadonlyArray<number | null>, b: ReadonlyArray<number | null>): Array<number | null> {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    return x === null ? y : y === null ? x : Math.min(x, y);
  });
}

/** Cumulative sums of the best segments: the "sum of best" comparison (null once one is missing). */
export function sumOfBest(best: ReadonlyArray<number | null>): Array<number | null> {
  let sum = 0;
  let known = true;
  return best.map((s) => {
    if (s === null) known = false;
    else sum += s;
    return known ? sum : null;
  });
}

export interface Comparison {
  kind: 'pb' | 'sob' | 'replay' | 'none';
  days: Array<number | null>;
  ms: Array<number | null>;
}

export interface SplitRow {
  index: number;
  id: string;
  day: number | null;
  ms: number | null;
  cmpDay: number | null;
  cmpMs: number | null;
  /** this run minus the comparison: negative is ahead */
  deltaDays: number | null;
  deltaMs: number | null;
  /** this segment beats the best one ever run (in days, then real time on a tie) */
  gold: boolean;
}

export function splitRows(run: SplitTimes, cmp: Comparison, best: { days: ReadonlyArray<number | null>; ms: ReadonlyArray<number | null> } | null): SplitRow[] {
  const segDays = segments(dayTimes(run.days));
  const segMs = segments(run.ms);
  return MILESTONE_IDS.map((id, i) => {
    const day = run.days[i]! > 0 ? run.days[i]! : null;
    const ms = day === null ? null : run.ms[i] ?? null;
    const cmpDay = cmp.days[i] ?? null;
    const cmpMs = cmp.ms[i] ?? null;
    const bd = best?.days[i] ?? null;
    const bm = best?.ms[i] ?? null;
    const sd = segDays[i] ?? null;
    const sm = segMs[i] ?? null;
    const gold = sd !== null && bd !== null && (sd < bd || (sd === bd && sm !== null && bm !== null && sm < bm));
    return {
      index: i, id, day, ms, cmpDay, cmpMs,
      deltaDays: day !== null && cmpDay !== null ? day - cmpDay : null,
      deltaMs: ms !== null && cmpMs !== null ? ms - cmpMs : null,
      gold,
    };
  });
}
