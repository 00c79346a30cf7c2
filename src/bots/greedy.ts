import {
  activeAllocations, airLinkBetween, canMove, capacityOf, credibilityAll, indexLevel, isReady, knownThreats,
  resolveRange, sortiesLeft, surfaceSearch, type Command, type GameState, type LevelIndex,
} from '../engine';
import type { Level } from '../levels/schema';
import type { Bot } from './botTypes';
import { answerThreats } from './answerThreats';
import { answerTest, keepCoreLift } from './answerTest';
import { DayPlan } from './tryOrders';

/**
 * The greedy planner: each day it answers the threats it can see, moves every ready formation to
 * the staging hub it can reach soonest where it is needed most, activates formations until the
 * force (with a margin) is on its way, certifies the core with an exercise, keeps US enablers
 * working and uses diplomacy when unity or a nation's will is the bottleneck. It looks one day
 * ahead at most: the balance tests use it as the yardstick of a competent, unimaginative player.
 */
export const greedyBot: Bot = (s, level) => {
  const ix = indexLevel(level);
  const p = new DayPlan(s, level);
  holdTheCoalition(p, ix);
  answerTest(p, ix);
  keepCoreLift(p, ix, true);
  answerThreats(p, ix, { missileDefence: true, surge: 'heavy' });
  // Under the guarantee test the force holds where it stands, but for the core on its way.
  if (p.state.test) return { orders: p.orders, state: p.state };
  moveReadyFormations(p, ix);
  activateFormations(p, ix);
  exerciseTheCore(p, ix);
  keepEnablersWorking(p, ix);
  buildCredibility(p, ix);
  return { orders: p.orders, state: p.state };
};

function holdTheCoalition(p: DayPlan, ix: LevelIndex): void {
  if (p.state.unity < ix.level.unityFloor + 12) p.try({ type: 'summit' });
}

/** The staging hub where the high-readiness formations gather to exercise together. */
const coreHubs = new WeakMap<Level, number>();
function coreHub(s: GameState, ix: LevelIndex): number {
  const hit = coreHubs.get(ix.level);
  if (hit !== undefined) return hit;
  const cost = ix.staging.map(() => 0);
  for (const f of ix.formations) {
    if (!f.hr) continue;
    const { best } = surfaceSearch(s, ix, f.home, f.strength, false);
    ix.staging.forEach((staging, n) => {
      if (!staging) return;
      const surface = f.home === n ? 0 : best[n]! - s.day;
      const air = ix.airfield[n] && airLinkBetween(ix, f.home, n) >= 0 ? 1 : 40;
      cost[n]! += Math.min(Number.isFinite(surface) ? surface : 40, air);
    });
  }
  let bestHub = -1;
  ix.staging.forEach((staging, n) => {
    if (staging && (bestHub < 0 || cost[n]! < cost[bestHub]!)) bestHub = n;
  });
  coreHubs.set(ix.level, bestHub);
  return bestHub;
}

/** Credibility totals per axis, remembered per state: the planner asks about the same state often,
 *  and states are never changed once made. */
const totals = new WeakMap<GameState, number[]>();
function credibilityTotals(s: GameState, ix: LevelIndex): number[] {
  let t = totals.get(s);
  if (!t) totals.set(s, (t = credibilityAll(s, ix).map((c) => c.total)));
  return t;
}

/** How much each axis still needs: the bar plus a margin, minus today's credibility. */
function axisNeeds(s: GameState, ix: LevelIndex): number[] {
  const creds = credibilityTotals(s, ix);
  return ix.level.axes.map((a, i) => Math.max(0, a.bar + 6 - creds[i]!));
}

function moveReadyFormations(p: DayPlan, ix: LevelIndex): void {
  const creds = credibilityTotals(p.state, ix);
  const needs = ix.level.axes.map((a, i) => Math.max(0, a.bar + 6 - creds[i]!));
  const hubForCore = coreHub(p.state, ix);
  const needOf = (n: number) => {
    let most = 0;
    for (const a of ix.nodeAxes[n]!) if (needs[a]! > most) most = needs[a]!;
    return most;
  };
  for (let fi = 0; fi < p.state.formations.length; fi++) {
    if (p.staff <= 0) return;
    const f = p.state.formations[fi]!;
    if (!canMove(f)) continue;
    const def = ix.formations[fi]!;
    const uncertifiedHr = def.hr && !f.certified;
    if (ix.staging[f.node]) {
      // An uncertified high-readiness formation away from the core hub joins it for the exercise;
      // a formation on an axis with credibility to spare goes where an axis falls short.
      const joinCore = uncertifiedHr && f.node !== hubForCore && hubForCore >= 0;
      if (!joinCore && !(needs.some((n) => n > 0) && isSpare(p.state, ix, fi, creds))) continue;
    }
    const rebalance = ix.staging[f.node] && !uncertifiedHr;
    const arrival = arrivalOptions(p.state, ix, fi);
    let bestNode = -1;
    let bestAir = false;
    let bestScore = Infinity;
    for (let n = 0; n < ix.staging.length; n++) {
      if (!ix.staging[n] || n === f.node) continue;
      const need = needOf(n);
      if (rebalance && need === 0) continue;
      const way = arrival(n);
      if (!way) continue;
      let score = way.days - need * 0.15;
      if (uncertifiedHr && n !== hubForCore) score += 6;
      if (score < bestScore) { bestScore = score; bestNode = n; bestAir = way.air; }
    }
    if (bestNode < 0) continue;
    const to = ix.level.nodes[bestNode]!.id;
    if (p.try({ type: bestAir ? 'airlift' : 'move', formation: def.id, to })) {
      for (const a of ix.nodeAxes[bestNode]!) needs[a] = Math.max(0, needs[a]! - Math.floor(def.strength / 800));
    }
  }
}

/** Its axes would all stay comfortably above their bars without it (a brigade is worth ~4 points). */
function isSpare(s: GameState, ix: LevelIndex, fi: number, creds: number[]): boolean {
  const f = s.formations[fi]!;
  if (ix.formations[fi]!.hr || f.busyDays > 0) return false;
  const worth = Math.ceil((ix.formations[fi]!.strength * (300 + 2 * f.interop)) / 500000);
  return ix.nodeAxes[f.node]!.every((a) => creds[a]! - worth >= ix.level.axes[a]!.bar + 8);
}

/** Days to every node by the quickest way: surface, or air where sorties allow and it pays off. */
function arrivalOptions(s: GameState, ix: LevelIndex, fi: number): (to: number) => { days: number; air: boolean } | null {
  const f = s.formations[fi]!;
  const def = ix.formations[fi]!;
  const { best } = surfaceSearch(s, ix, f.node, def.strength);
  const sorties = Math.ceil(def.strength / ix.rules.troopsPerSortie);
  const canFly = ix.airfield[f.node] && sorties <= sortiesLeft(s, ix);
  return (to) => {
    const surfaceDays = best[to]! - s.day;
    let out = Number.isFinite(surfaceDays) ? { days: surfaceDays, air: false } : null;
    if (canFly && ix.airfield[to]) {
      const li = airLinkBetween(ix, f.node, to);
      if (li >= 0 && s.linkCutUntil[li]! < s.day) {
        const stocked = s.prepo.some((x) => x.node === to && x.daysLeft === 0 && x.troops >= def.strength);
        const follow = def.light || stocked ? 0 : Number.isFinite(surfaceDays) ? surfaceDays : 30;
        const days = 1 + follow;
        if (!out || days < out.days) out = { days, air: true };
      }
    }
    return out;
  };
}

function activateFormations(p: DayPlan, ix: LevelIndex): void {
  const w = ix.level.win;
  const s = p.state;
  let committed = 0;
  let hrCommitted = 0;
  const reserve: number[] = [];
  for (let i = 0; i < s.formations.length; i++) {
    const def = ix.formations[i]!;
    if (s.formations[i]!.status === 'reserve') reserve.push(i);
    else {
      committed += def.strength;
      if (def.hr && def.notice <= w.coreDeployDays) hrCommitted += def.strength;
    }
  }
  // Aim for the win's troops with a margin; while an axis stays short after the first weeks,
  // keep activating, since stripping another axis is not always possible.
  const short = s.day > 12 && axisNeeds(s, ix).some((n) => n > 0);
  const target = short ? Infinity : Math.ceil(w.troops * 1.12);
  reserve.sort((a, b) => priority(ix, a, hrCommitted < w.core * 1.2) - priority(ix, b, hrCommitted < w.core * 1.2));
  const blocked = new Set<number>();
  for (const fi of reserve) {
    if (committed >= target && !(ix.formations[fi]!.hr && hrCommitted < w.core * 1.2)) continue;
    if (p.staff <= 0) return;
    const def = ix.formations[fi]!;
    if (p.state.will[def.nation]! < def.threshold) { blocked.add(def.nation); continue; }
    if (p.try({ type: 'activate', formation: def.id })) {
      committed += def.strength;
      if (def.hr) hrCommitted += def.strength;
    }
  }
  // Will is the bottleneck: reassure the nation holding back the most troops.
  if (committed < target && blocked.size > 0) {
    const nation = [...blocked].sort((a, b) => p.state.will[a]! - p.state.will[b]!)[0]!;
    p.try({ type: 'reassure', nation: ix.level.nations[nation]!.id });
  }
}

/** Lower is sooner: the core first while it is short, then troops per day of notice. */
function priority(ix: LevelIndex, fi: number, wantCore: boolean): number {
  const def = ix.formations[fi]!;
  const coreBonus = wantCore && def.hr ? -1000 : 0;
  return coreBonus + def.notice * 10 - def.strength / 500;
}

function exerciseTheCore(p: DayPlan, ix: LevelIndex): void {
  const s = p.state;
  // One pass over the formations: which nations stand ready at each staging hub, and whether an
  // uncertified high-readiness formation is among them.
  const nations = new Map<number, Set<number>>();
  const wanted = new Set<number>();
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    if (!ix.staging[f.node] || !isReady(f) || f.busyDays > 0) continue;
    let set = nations.get(f.node);
    if (!set) nations.set(f.node, (set = new Set()));
    set.add(ix.formations[i]!.nation);
    if (ix.formations[i]!.hr && !f.certified) wanted.add(f.node);
  }
  for (const n of [...wanted].sort((a, b) => a - b)) if (nations.get(n)!.size >= 2) p.try({ type: 'exercise', hub: ix.level.nodes[n]!.id });
}

function keepEnablersWorking(p: DayPlan, ix: LevelIndex): void {
  const s = () => p.state;
  if (p.staff <= 0) return;
  if (s().munitions.length < capacityOf(s(), ix, 'munitions')) p.try({ type: 'allocate', enabler: 'munitions' });
  // ISR over the axes that need it most.
  const isrCap = capacityOf(s(), ix, 'isr');
  if (s().alloc.isr.length < isrCap) {
    const order = axisNeeds(s(), ix).map((need, i) => [need, i] as const).sort((a, b) => b[0] - a[0]);
    for (const [, ai] of order) {
      if (activeAllocations(s(), ix, 'isr').length >= isrCap) break;
      if (!activeAllocations(s(), ix, 'isr').includes(ai)) p.try({ type: 'allocate', enabler: 'isr', axis: ix.level.axes[ai]!.id });
    }
  }
  if (s().alloc.cyber.length < capacityOf(s(), ix, 'cyber')) {
    for (const network of ['rail', 'c2', 'power'] as const) {
      if (!activeAllocations(s(), ix, 'cyber').includes(ix.networkIndex.get(network)!)) { p.try({ type: 'allocate', enabler: 'cyber', network }); break; }
    }
  }
  if (s().alloc.missileDefence.length < capacityOf(s(), ix, 'missileDefence')) {
    const troopsAt = new Map<number, number>();
    s().formations.forEach((f, i) => {
      if (ix.staging[f.node] && f.status !== 'reserve') troopsAt.set(f.node, (troopsAt.get(f.node) ?? 0) + ix.formations[i]!.strength);
    });
    // Hubs the level's strike cards name come first (the deck is public; the seed's draw is not):
    // a strike there that hits troops escalates.
    const named = new Set(ix.level.deck.flatMap((c) => (c.effect.strike ? [ix.node.get(c.effect.strike.hub) ?? -1] : [])));
    const rank = (n: number, troops: number) => (named.has(n) ? 1e6 : 0) + troops;
    const hubs = [...troopsAt.entries()].filter(([n]) => !activeAllocations(s(), ix, 'missileDefence').includes(n)).sort((a, b) => rank(b[0], b[1]) - rank(a[0], a[1]));
    if (hubs[0]) p.try({ type: 'allocate', enabler: 'missileDefence', hub: ix.level.nodes[hubs[0][0]]!.id });
  }
  if (s().alloc.training.length < capacityOf(s(), ix, 'training') || s().alloc.training.some((fi) => s().formations[fi]!.interop >= 95)) {
    let pick = -1;
    s().formations.forEach((f, i) => {
      if (f.status === 'reserve' || f.interop >= 95 || activeAllocations(s(), ix, 'training').includes(i)) return;
      if (pick < 0 || f.interop < s().formations[pick]!.interop) pick = i;
    });
    if (pick >= 0) p.try({ type: 'allocate', enabler: 'training', formation: ix.formations[pick]!.id });
  }
}

function buildCredibility(p: DayPlan, ix: LevelIndex): void {
  const s = p.state;
  if (p.staff >= 3 && s.protocol < 0) p.try({ type: 'protocol' });
  if (p.state.plans.some((x) => x < 0)) {
    axisNeeds(p.state, ix).forEach((need, ai) => {
      if (need > 0 && p.state.plans[ai]! < 0 && p.staff >= 2) p.try({ type: 'plan', axis: ix.level.axes[ai]!.id });
    });
  }
  const hub = coreHub(p.state, ix);
  const stocked = p.state.prepo.some((x) => x.node === hub);
  if (hub >= 0 && !stocked && p.staff >= 2 && ix.airfield[hub] && p.state.budget >= ix.rules.prepoBudget) p.try({ type: 'preposition', hub: ix.level.nodes[hub]!.id });
}
