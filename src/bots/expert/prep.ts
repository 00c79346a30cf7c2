import { airLinkBetween, indexLevel, surfaceSearch, type GameState, type LevelIndex } from '../../engine';
import type { Level } from '../../levels/schema';

/**
 * What the expert works out once per level before it plans: for every formation, how many days
 * its home lies from each staging hub by surface and whether it can fly there; the hubs Moscow's
 * strike cards name; the heavy formations that could use a pre-positioned set.
 */
export interface Prep {
  ix: LevelIndex;
  /** staging node indices */
  hubs: number[];
  /** [formation][node]: surface days from home on empty lines, Infinity when unreachable */
  surface: number[][];
  /** [formation][node]: an air link from home to this staging airfield exists */
  air: boolean[][];
  /** [formation]: the fewest days from home to any staging hub (surface, or air when light) */
  travel: number[];
  /** staging hubs named by strike cards (a battery there intercepts the strike) */
  strikeHubs: number[];
  /** [formation]: heavy (not light) and able to fly from home to a staging airfield */
  canUseStock: boolean[];
  /** [formation]: the fewest surface days from home to a staging hub */
  roadToHub: number[];
  /** formation indices, those with the longest way to a hub first */
  farthestFirst: number[];
}

const cache = new WeakMap<Level, Prep>();

export function prepare(level: Level, s: GameState): Prep {
  const hit = cache.get(level);
  if (hit) return hit;
  const ix = indexLevel(level);
  // Distances on an empty map: no cuts, no bookings, counted from day 1.
  const clean: GameState = { ...s, day: 1, linkCutUntil: level.links.map(() => 0) };
  const hubs: number[] = [];
  ix.staging.forEach((st, n) => { if (st) hubs.push(n); });
  const surface: number[][] = [];
  const air: boolean[][] = [];
  const travel: number[] = [];
  const canUseStock: boolean[] = [];
  ix.formations.forEach((f) => {
    const { best } = surfaceSearch(clean, ix, f.home, f.strength, false);
    const days = best.map((b, n) => (n === f.home ? 0 : b - 1));
    surface.push(days);
    const a = level.nodes.map((_, n) => ix.staging[n]! && ix.airfield[n]! && ix.airfield[f.home]! && n !== f.home && airLinkBetween(ix, f.home, n) >= 0);
    air.push(a);
    let t = Infinity;
    for (const h of hubs) {
      t = Math.min(t, days[h]!);
      if (a[h] && f.light) t = Math.min(t, 1);
    }
    travel.push(t);
    canUseStock.push(!f.light && hubs.some((h) => a[h]));
  });
  const strikeHubs = [...new Set(level.deck.flatMap((c) => (c.effect.strike ? [ix.node.get(c.effect.strike.hub)!] : [])))]
    .filter((n) => n !== undefined && ix.staging[n]);
  const roadToHub = surface.map((d) => Math.min(99, ...hubs.map((h) => d[h]!)));
  const farthestFirst = ix.formations.map((_, i) => i).sort((a, b) => roadToHub[b]! - roadToHub[a]! || a - b);
  const prep: Prep = { ix, hubs, surface, air, travel, strikeHubs, canUseStock, roadToHub, farthestFirst };
  cache.set(level, prep);
  return prep;
}
