import { otherEnd, type LevelIndex } from './levelIndex';
import type { GameState, RouteLeg } from './state';

export interface SurfaceRoute {
  legs: RouteLeg[];
  /** node indices from start to destination */
  nodes: number[];
  /** the day at whose end the formation arrives */
  arrivalDay: number;
  /** total days on the way, waiting for rail and transshipment included */
  days: number;
  /** rail capacity the route books: [link index, day, troops] */
  bookings: Array<[number, number, number]>;
}

/** Troops already booked to load on a rail line on a given day. */
function bookedOn(loads: readonly number[], day: number): number {
  for (let i = 0; i < loads.length; i += 2) if (loads[i] === day) return loads[i + 1]!;
  return 0;
}

/** Add a booking to a line's flat [day, troops] list, keeping it in day order. */
export function bookLoad(loads: readonly number[], day: number, troops: number): number[] {
  const out: number[] = [];
  let done = false;
  for (let i = 0; i < loads.length; i += 2) {
    const d = loads[i]!;
    if (!done && d === day) { out.push(d, loads[i + 1]! + troops); done = true; continue; }
    if (!done && d > day) { out.push(day, troops); done = true; }
    out.push(d, loads[i + 1]!);
  }
  if (!done) out.push(day, troops);
  return out;
}

/**
 * Days a formation needs to cross a link when it reaches it on day `start`. Road and sea links
 * take their fixed days. A rail line loads at most `capacity` troops a day, shared first come,
 * first served with the bookings already made: the formation loads over as many days as it takes,
 * then travels; a line across the gauge break adds the transshipment of the equipment.
 * `loads` null treats the line as empty (used to estimate how long equipment takes to follow).
 */
export function legDays(ix: LevelIndex, linkIndex: number, start: number, strength: number, loads: readonly number[] | null, book?: Array<[number, number, number]>): number {
  const l = ix.level.links[linkIndex]!;
  if (l.kind !== 'rail') return l.days;
  const capacity = l.capacity ?? strength;
  let remaining = strength;
  let t = start;
  while (remaining > 0) {
    const free = capacity - (loads ? bookedOn(loads, t) : 0);
    if (free > 0) {
      const take = Math.min(free, remaining);
      remaining -= take;
      book?.push([linkIndex, t, take]);
    }
    t++;
  }
  const transship = l.gaugeBreak ? ix.rules.transshipDays : 0;
  return t - start + l.days - 1 + transship;
}

/**
 * Earliest-arrival search from one node over road, rail and sea links (Dijkstra over days; rail
 * waits grow with the arrival time, which keeps the FIFO property Dijkstra needs). Links cut
 * today are avoided. `best[n]` is the day the formation would be at node n (Infinity: unreachable);
 * `prevLink` lets a caller walk the route back. Stops early once `stopAt` is settled.
 */
export function surfaceSearch(s: GameState, ix: LevelIndex, from: number, strength: number, useBookings = true, stopAt = -1): { best: number[]; prevLink: number[] } {
  const n = ix.level.nodes.length;
  const best = new Array<number>(n).fill(Infinity);
  const prevLink = new Array<number>(n).fill(-1);
  const done = new Uint8Array(n);
  best[from] = s.day;
  for (;;) {
    let u = -1;
    let bu = Infinity;
    for (let i = 0; i < n; i++) if (done[i] === 0 && best[i]! < bu) { bu = best[i]!; u = i; }
    if (u < 0 || u === stopAt) break;
    done[u] = 1;
    for (const li of ix.surface[u]!) {
      if (s.linkCutUntil[li]! >= s.day) continue;
      const v = otherEnd(ix, li, u);
      if (done[v] === 1) continue;
      const t = bu + legDays(ix, li, bu, strength, useBookings ? s.railLoads[li]! : null);
      if (t < best[v]!) { best[v] = t; prevLink[v] = li; }
    }
  }
  return { best, prevLink };
}

/** The earliest-arrival surface route between two nodes, or null when none is open. */
export function planSurfaceRoute(s: GameState, ix: LevelIndex, from: number, to: number, strength: number, useBookings = true): SurfaceRoute | null {
  if (from === to) return null;
  const { best, prevLink } = surfaceSearch(s, ix, from, strength, useBookings, to);
  if (best[to] === Infinity) return null;
  const links: number[] = [];
  const nodes: number[] = [to];
  for (let v = to; v !== from; ) {
    const li = prevLink[v]!;
    links.push(li);
    v = otherEnd(ix, li, v);
    nodes.push(v);
  }
  links.reverse();
  nodes.reverse();
  const legs: RouteLeg[] = [];
  const bookings: Array<[number, number, number]> = [];
  let t = s.day;
  links.forEach((li, k) => {
    const days = legDays(ix, li, t, strength, useBookings ? s.railLoads[li]! : null, bookings);
    legs.push({ link: li, to: nodes[k + 1]!, days });
    t += days;
  });
  const days = t - s.day;
  return { legs, nodes, arrivalDay: s.day + days - 1, days, bookings };
}

/** Days the heavy equipment of an airlifted formation needs to follow by road and rail. */
export function equipmentFollowDays(s: GameState, ix: LevelIndex, from: number, to: number, strength: number): number {
  const r = planSurfaceRoute(s, ix, from, to, strength, false);
  return r ? r.days : 30;
}
