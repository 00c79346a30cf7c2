/**
 * Team comparison, decision by decision: teams that played the same level and seed are lined up
 * day by day; a day is listed when their orders differed (an order not every team gave) or when
 * the same event went differently for them; for each team it says what it did differently and
 * what followed that day (its events and their margins, its ready troops, the ladder). From the
 * replays' orders and the reviews built from their logs. Pure: no DOM, no language.
 */
import type { Command } from '../engine';
import type { Review } from './review';

export interface TeamRun {
  /** orders per day, day 1 first (a replay's days) */
  days: ReadonlyArray<{ orders: readonly Command[] }>;
  review: Review;
}

export interface TeamDay {
  /** the orders this team gave that day and not every other team did */
  own: Command[];
  /** the day's events for this team: card, deterred, margin */
  events: Array<{ card: string; deterred: boolean; margin: number }>;
  /** figures at the end of the day (null: the team's game had ended before it) */
  ready: number | null;
  ladder: number | null;
}

export interface DayDifference {
  day: number;
  teams: TeamDay[];
  /** the orders differed (not only the events) */
  ordersDiffer: boolean;
}

/** One order as a comparable key: its fields in a fixed order, so the same order matches across files. */
export function orderKey(cmd: Command): string {
  const o = cmd as unknown as Record<string, unknown>;
  return Object.keys(o).sort().map((k) => `${k}=${JSON.stringify(o[k])}`).join(';');
}

export function teamDifferences(runs: readonly TeamRun[]): DayDifference[] {
  if (runs.length < 2) return [];
  const lastDay = Math.max(...runs.map((r) => r.days.length));
  const out: DayDifference[] = [];
  for (let day = 1; day <= lastDay; day++) {
    const orders = runs.map((r) => r.days[day - 1]?.orders ?? []);
    const played = runs.map((r) => day <= r.days.length);
    // An order every team that played the day gave is shared; the rest are the teams' own.
    const counts = new Map<string, number>();
    for (const list of orders) for (const k of new Set(list.map(orderKey))) counts.set(k, (counts.get(k) ?? 0) + 1);
    const playing = played.filter(Boolean).length;
    const own = orders.map((list) => list.filter((c) => counts.get(orderKey(c))! < playing));
    const events = runs.map((r) => r.review.events.filter((e) => e.day === day).map((e) => ({ card: e.card, deterred: e.deterred, margin: e.margin })));
    const ordersDiffer = own.some((l) => l.length > 0);
    const outcome = (i: number, card: string) => events[i]!.find((e) => e.card === card)?.deterred;
    const cards = new Set(events.flat().map((e) => e.card));
    const eventsDiffer = [...cards].some((card) => new Set(runs.map((_, i) => outcome(i, card))).size > 1);
    if (!ordersDiffer && !eventsDiffer) continue;
    out.push({
      day,
      ordersDiffer,
      teams: runs.map((r, i) => {
        const fig = played[i] ? r.review.days.find((d) => d.day === day) : undefined;
        return { own: own[i]!, events: events[i]!, ready: fig?.ready ?? null, ladder: fig?.ladder ?? null };
      }),
    });
  }
  return out;
}
