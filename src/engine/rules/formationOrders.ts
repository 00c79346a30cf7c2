import { airLinkBetween, type FormationDef, type LevelIndex } from '../levelIndex';
import { msg } from '../messages/message';
import { refuse, type Refusal } from '../refusals';
import { bookLoad, planSurfaceRoute, equipmentFollowDays } from '../routes';
import { canMove, effectiveNotice, sortiesLeft } from '../selectors';
import type { FormationState, GameState } from '../state';
import { own } from '../draft';
import { STAFF_COST } from '../commands';
import { orderPlan, type RuleAnswer } from './orderPlan';
import { formationIndex, nodeIndex, replaceFormation, statusParams } from './lookups';

/** Activate: the nation's will must be at or above the formation's threshold; notice-to-move starts. */
export function planActivate(s: GameState, ix: LevelIndex, formation: unknown): RuleAnswer {
  const fi = formationIndex(ix, formation);
  if (typeof fi !== 'number') return fi;
  const def = ix.formations[fi]!;
  const f = s.formations[fi]!;
  if (f.status !== 'reserve') return refuse(ix, 'notInReserve', { formation: def.id, ...statusParams(ix, f) });
  const will = s.will[def.nation]!;
  if (will < def.threshold) return refuse(ix, 'lowWill', { nation: def.nationId, will, formation: def.id, threshold: def.threshold });
  const notice = effectiveNotice(s, ix, fi);
  const day = s.day + notice - 1;
  return orderPlan(ix, {
    role: def.nationId,
    cost: STAFF_COST.activate,
    message: msg('activate', { formation: def.id, strength: def.strength, node: ix.level.nodes[def.home]!.id, day }),
    detail: { readyDay: day },
    apply: (d) => replaceFormation(d, fi, { status: 'mobilising', countdown: notice, node: def.home }),
  });
}

function movable(s: GameState, ix: LevelIndex, fi: number): Refusal | null {
  const def = ix.formations[fi]!;
  const f = s.formations[fi]!;
  if (f.status === 'reserve') return refuse(ix, 'notMobilised', { formation: def.id });
  if (f.busyDays > 0) return refuse(ix, 'busy', { formation: def.id, days: f.busyDays });
  if (f.disruptedDays > 0) return refuse(ix, 'disrupted', { formation: def.id, days: f.disruptedDays });
  if (!canMove(f)) return refuse(ix, 'notReady', { formation: def.id, ...statusParams(ix, f) });
  return null;
}

interface Journey { fi: number; ti: number; def: FormationDef; f: FormationState; id: (n: number) => string }

/** What a move and an airlift both check first: a known formation able to leave, for a known
 *  place other than where it stands. */
function journey(s: GameState, ix: LevelIndex, formation: unknown, to: unknown): Journey | Refusal {
  const fi = formationIndex(ix, formation);
  if (typeof fi !== 'number') return fi;
  const ti = nodeIndex(ix, to);
  if (typeof ti !== 'number') return ti;
  const bad = movable(s, ix, fi);
  if (bad) return bad;
  const def = ix.formations[fi]!;
  const f = s.formations[fi]!;
  const id = (n: number) => ix.level.nodes[n]!.id;
  if (f.node === ti) return refuse(ix, 'sameNode', { formation: def.id, node: id(ti) });
  return { fi, ti, def, f, id };
}

/** Move by road, rail and sea along the earliest-arrival route; rail lines are booked on the way. */
export function planMove(s: GameState, ix: LevelIndex, formation: unknown, to: unknown): RuleAnswer {
  const j = journey(s, ix, formation, to);
  if ('code' in j) return j;
  const { fi, ti, def, f, id } = j;
  const route = planSurfaceRoute(s, ix, f.node, ti, def.strength);
  if (!route) return refuse(ix, 'noRoute', { from: id(f.node), to: id(ti) });
  const names = route.nodes.map(id);
  return orderPlan(ix, {
    role: def.nationId,
    cost: STAFF_COST.move,
    message: msg('move', { formation: def.id, route: names.join(','), day: route.arrivalDay, days: route.days }),
    detail: { arrivalDay: route.arrivalDay, route: names },
    apply: (d) => {
      replaceFormation(d, fi, { status: 'moving', route: route.legs, legLeft: route.legs[0]!.days });
      // Only the first leg starts today, so only it books its rail line now; later legs book when
      // the formation reaches them, first come, first served (a delay on the way frees nothing).
      const first = route.legs[0]!.link;
      const loads = own(d, 'railLoads');
      for (const [li, day, troops] of route.bookings) if (li === first) loads[li] = bookLoad(loads[li]!, day, troops);
    },
  });
}

/**
 * Airlift: one day between two airfields linked by an air route, using sorties. Troops arrive
 * without heavy equipment unless they are light or a pre-positioned set at the destination is big
 * enough; otherwise the equipment follows by surface and the formation waits for it.
 */
export function planAirlift(s: GameState, ix: LevelIndex, formation: unknown, to: unknown): RuleAnswer {
  const j = journey(s, ix, formation, to);
  if ('code' in j) return j;
  const { fi, ti, def, f, id } = j;
  if (!ix.airfield[f.node]) return refuse(ix, 'notAirfield', { node: id(f.node) });
  if (!ix.airfield[ti]) return refuse(ix, 'notAirfield', { node: id(ti) });
  const air = airLinkBetween(ix, f.node, ti);
  if (air < 0 || s.linkCutUntil[air]! >= s.day) return refuse(ix, 'noAirRoute', { from: id(f.node), to: id(ti) });
  const sorties = Math.ceil(def.strength / ix.rules.troopsPerSortie);
  const left = sortiesLeft(s, ix);
  if (sorties > left) return refuse(ix, 'noSorties', { formation: def.id, needed: sorties, left });
  const stock = s.prepo.findIndex((p) => p.node === ti && p.daysLeft === 0 && p.troops >= def.strength);
  // The equipment left by surface today: it is ready when a surface move would have arrived.
  const equipDays = def.light || stock >= 0 ? 0 : equipmentFollowDays(s, ix, f.node, ti, def.strength);
  const key = def.light ? 'airliftLight' : stock >= 0 ? 'airliftPrepo' : equipDays <= 1 ? 'airliftSameDay' : 'airliftFollow';
  return orderPlan(ix, {
    role: def.nationId,
    cost: STAFF_COST.airlift,
    message: msg(key, { formation: def.id, from: id(f.node), to: id(ti), sorties, day: s.day, days: Math.max(0, equipDays - 1) }),
    detail: { arrivalDay: s.day, sorties, route: [id(f.node), id(ti)] },
    apply: (d) => {
      d.airliftUsed += sorties;
      if (stock >= 0) {
        const prepo = own(d, 'prepo');
        prepo[stock] = { ...prepo[stock]!, troops: prepo[stock]!.troops - def.strength };
      }
      // The end of today lands the formation and ticks equipDays once, like every day after.
      replaceFormation(d, fi, { status: 'moving', route: [{ link: air, to: ti, days: 1 }], legLeft: 1, equipDays });
    },
  });
}
