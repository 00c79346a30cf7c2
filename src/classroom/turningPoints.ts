/**
 * The debrief's turning points, found from a game's log alone (and the level it was played on):
 * the days where the outcome pivoted. A day is a turning point when
 *   - an event was decided by a margin of 3 or less (credibility − resolve, read generically
 *     from the log entry, whatever the event's kind and terms), either way;
 *   - a drop in a nation's will held a unit back (its mobilisation paused, or it fell below the
 *     will a formation still waiting in reserve needs to be activated), or a drop in unity put the
 *     rapid-reaction protocol out of reach before it was ordered;
 *   - an enabler was cut (an event took capacity from a US enabler, or cut US support).
 * Each turning point names the day to branch from: the day before it, so a class replaying it has
 * one day to do differently. Pure: no DOM, no language.
 */
import { indexLevel, type EffectFact, type LogEntry } from '../engine';
import type { Level } from '../levels/schema';

/** An event decided by this margin or less is a close call. */
export const CLOSE_MARGIN = 3;

export type TurningReason =
  | { k: 'close'; card: string; axis: string; margin: number; deterred: boolean }
  | { k: 'paused'; nation: string; will: number }
  | { k: 'willBelow'; nation: string; card: string; from: number; to: number; formations: string[] }
  | { k: 'unityBelow'; card: string; from: number; to: number; needed: number }
  /** an enabler's capacity or US support cut: the effect as the log has it */
  | { k: 'cut'; card: string; fact: Extract<EffectFact, { k: 'enabler' | 'support' }> };

export interface TurningPoint {
  day: number;
  /** play again from the start of this day (the day before the turning point; day 1 at the earliest) */
  branchDay: number;
  reasons: TurningReason[];
}

export function turningPoints(level: Level, log: readonly LogEntry[]): TurningPoint[] {
  const ix = indexLevel(level);
  const byDay = new Map<number, TurningReason[]>();
  const add = (day: number, r: TurningReason) => {
    const list = byDay.get(day) ?? [];
    list.push(r);
    byDay.set(day, list);
  };
  const activated = new Set<string>();
  let protocolOrdered = false;
  for (const f of ix.formations) if (f.start === 'ready') activated.add(f.id);

  for (const e of log) {
    switch (e.t) {
      case 'order':
        if (e.cmd.type === 'activate') activated.add(e.cmd.formation);
        if (e.cmd.type === 'protocol') protocolOrdered = true;
        break;
      case 'paused':
        add(e.day, { k: 'paused', nation: e.nation, will: e.will });
        break;
      case 'event': {
        const margin = e.credibility.total - e.resolve.total;
        if (e.deterrable && Math.abs(margin) <= CLOSE_MARGIN) add(e.day, { k: 'close', card: e.card, axis: e.axis, margin, deterred: e.deterred });
        for (const f of e.effects) {
          if (f.k === 'will' && f.to < f.from) {
            const waiting = ix.formations.filter((x) => x.nationId === f.nation && !activated.has(x.id) && x.threshold <= f.from && x.threshold > f.to);
            if (waiting.length) add(e.day, { k: 'willBelow', nation: f.nation, card: e.card, from: f.from, to: f.to, formations: waiting.map((x) => x.id) });
          }
          if (f.k === 'unity' && !protocolOrdered && f.from >= ix.rules.protocolUnityNeeded && f.to < ix.rules.protocolUnityNeeded) {
            add(e.day, { k: 'unityBelow', card: e.card, from: f.from, to: f.to, needed: ix.rules.protocolUnityNeeded });
          }
          if (f.k === 'enabler' || f.k === 'support') add(e.day, { k: 'cut', card: e.card, fact: f });
        }
        break;
      }
      default:
        break;
    }
  }
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, reasons]) => ({ day, branchDay: Math.max(1, day - 1), reasons }));
}
