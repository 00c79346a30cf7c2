import { airLinkBetween, type LevelIndex } from '../levelIndex';
import { refuse } from '../refusals';
import { bookLoad, planSurfaceRoute, equipmentFollowDays } from '../routes';
import { canMove, effectiveNotice, sortiesLeft } from '../selectors';
import type { GameState } from '../state';
import { own } from '../draft';
import { STAFF_COST } from '../commands';
import type { RuleAnswer } from './orderPlan';
import { thousands } from '../format';
import { formationIndex, nationName, nodeIndex, nodeName, replaceFormation, statusWords } from './lookups';

/** Activate: the nation's will must be at or above the formation's threshold; notice-to-move starts. */
export function planActivate(s: GameState, ix: LevelIndex, formation: unknown): RuleAnswer {
  const fi = formationIndex(ix, formation);
  if (typeof fi !== 'number') return fi;
  const def = ix.formations[fi]!;
  const f = s.formations[fi]!;
  if (f.status !== 'reserve') return refuse('notInReserve', { name: def.name, status: statusWords(ix, f) });
  const will = s.will[def.nation]!;
  if (will < def.threshold) return refuse('lowWill', { nation: nationName(ix, def.nation), will, name: def.name, threshold: def.threshold });
  const notice = effectiveNotice(s, ix, fi);
  return {
    role: def.nationId,
    cost: STAFF_COST.activate,
    get effect() { return `${def.name} (${thousands(def.strength)} troops) mobilises at ${nodeName(ix, def.home)}: ready at the end of day ${s.day + notice - 1}.`; },
    detail: { readyDay: s.day + notice - 1 },
    apply: (d) => replaceFormation(d, fi, { status: 'mobilising', countdown: notice, node: def.home }),
  };
}

function movable(s: GameState, ix: LevelIndex, fi: number): RuleAnswer | null {
  const def = ix.formations[fi]!;
  const f = s.formations[fi]!;
  if (f.status === 'reserve') return refuse('notMobilised', { name: def.name });
  if (f.busyDays > 0) return refuse('busy', { name: def.name, days: f.busyDays });
  if (f.disruptedDays > 0) return refuse('disrupted', { name: def.name, days: f.disruptedDays });
  if (!canMove(f)) return refuse('notReady', { name: def.name, status: statusWords(ix, f) });
  return null;
}

/** Move by road, rail and sea along the earliest-arrival route; rail lines are booked on the way. */
export function planMove(s: GameState, ix: LevelIndex, formation: unknown, to: unknown): RuleAnswer {
  const fi = formationIndex(ix, formation);
  if (typeof fi !== 'number') return fi;
  const ti = nodeIndex(ix, to);
  if (typeof ti !== 'number') return ti;
  const bad = movable(s, ix, fi);
  if (bad) return bad;
  const def = ix.formations[fi]!;
  const f = s.formations[fi]!;
  if (f.node === ti) return refuse('sameNode', { name: def.name, node: nodeName(ix, ti) });
  const route = planSurfaceRoute(s, ix, f.node, ti, def.strength);
  if (!route) return refuse('noRoute', { from: nodeName(ix, f.node), to: nodeName(ix, ti) });
  return {
    role: def.nationId,
    cost: STAFF_COST.move,
    get effect() { return `${def.name} moves ${route.nodes.map((n) => nodeName(ix, n)).join(' → ')}: arrives at the end of day ${route.arrivalDay} (${route.days} day(s)).`; },
    detail: { arrivalDay: route.arrivalDay, route: route.nodes.map((n) => ix.level.nodes[n]!.id) },
    apply: (d) => {
      replaceFormation(d, fi, { status: 'moving', route: route.legs });
      const loads = own(d, 'railLoads');
      for (const [li, day, troops] of route.bookings) loads[li] = bookLoad(loads[li]!, day, troops);
    },
  };
}

/**
 * Airlift: one day between two airfields linked by an air route, using sorties. Troops arrive
 * without heavy equipment unless they are light or a pre-positioned set at the destination is big
 * enough; otherwise the equipment follows by surface and the formation waits for it.
 */
export function planAirlift(s: GameState, ix: LevelIndex, formation: unknown, to: unknown): RuleAnswer {
  const fi = formationIndex(ix, formation);
  if (typeof fi !== 'number') return fi;
  const ti = nodeIndex(ix, to);
  if (typeof ti !== 'number') return ti;
  const bad = movable(s, ix, fi);
  if (bad) return bad;
  const def = ix.formations[fi]!;
  const f = s.formations[fi]!;
  if (f.node === ti) return refuse('sameNode', { name: def.name, node: nodeName(ix, ti) });
  if (!ix.airfield[f.node]) return refuse('notAirfield', { node: nodeName(ix, f.node) });
  if (!ix.airfield[ti]) return refuse('notAirfield', { node: nodeName(ix, ti) });
  const air = airLinkBetween(ix, f.node, ti);
  if (air < 0 || s.linkCutUntil[air]! >= s.day) return refuse('noAirRoute', { from: nodeName(ix, f.node), to: nodeName(ix, ti) });
  const sorties = Math.ceil(def.strength / ix.rules.troopsPerSortie);
  const left = sortiesLeft(s, ix);
  if (sorties > left) return refuse('noSorties', { name: def.name, needed: sorties, left });
  const stock = s.prepo.findIndex((p) => p.node === ti && p.daysLeft === 0 && p.troops >= def.strength);
  const equipDays = def.light || stock >= 0 ? 0 : equipmentFollowDays(s, ix, f.node, ti, def.strength);
  const how = def.light
    ? 'light: ready on arrival'
    : stock >= 0
      ? 'marries up with the pre-positioned equipment: ready on arrival'
      : `its heavy equipment follows by surface: ready ${equipDays} day(s) after landing`;
  return {
    role: def.nationId,
    cost: STAFF_COST.airlift,
    get effect() { return `${def.name} flies ${nodeName(ix, f.node)} → ${nodeName(ix, ti)} in ${sorties} sorties, landing at the end of day ${s.day} (${how}).`; },
    detail: { arrivalDay: s.day, sorties, route: [ix.level.nodes[f.node]!.id, ix.level.nodes[ti]!.id] },
    apply: (d) => {
      d.airliftUsed += sorties;
      if (stock >= 0) {
        const prepo = own(d, 'prepo');
        prepo[stock] = { ...prepo[stock]!, troops: prepo[stock]!.troops - def.strength };
      }
      // equipDays counts from landing; endDay lands the formation first, then ticks it.
      replaceFormation(d, fi, { status: 'moving', route: [{ link: air, to: ti, days: 1 }], equipDays: equipDays === 0 ? 0 : equipDays + 1 });
    },
  };
}
