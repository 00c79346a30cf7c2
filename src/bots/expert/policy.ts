import {
  activeAllocations, endDay, readyAtStaging, winProgress, canMove, capacityOf, credibilityAll, isReady, knownThreats, planSurfaceRoute, resolveRange,
  sortiesLeft, surfaceSearch, type Command, type Credibility, type GameState,
} from '../../engine';
import type { Level } from '../../levels/schema';
import { DayPlan } from '../tryOrders';
import { answerThreats } from '../answerThreats';
import { answerTest, keepCoreLift } from '../answerTest';
import type { Prep } from './prep';

/**
 * The expert's default policy: a planner in the greedy bot's mould, but with its choices opened up
 * as knobs the search can turn (where the core gathers, in which order formations are called up,
 * where equipment is pre-positioned, how batteries, ISR, the surge and public commitments are used)
 * and with the foresight the greedy lacks: it calls up the formations with the longest way to go
 * first, counts troops already on their way when it judges an axis, keeps heavy formations waiting
 * at their airfield for a stock that will be ready sooner than the road, and keeps mobilising
 * nations' will above the pause line. It is a pure function of the state and the knobs, so a plan
 * found by a rollout is replayed exactly.
 */
export interface Knobs {
  /** node index where the high-readiness formations gather for their exercise */
  coreHub: number;
  /** activation order: longest way to go first among the fastest set, or the greedy's notice order */
  order: 'lead' | 'notice';
  /** call the high-readiness formations up before the rest */
  hrFirst: boolean;
  /** troops to call up, as a multiple of the win's troops (the core is always called) */
  margin: number;
  /** staging airfields to stock with equipment, in order of preference (empty: none) */
  prepo: number[];
  /** stock idle hubs for their credibility when the budget allows */
  prepoCredit: boolean;
  /** days a heavy formation may wait at its airfield for a stock (0: never waits) */
  hold: number;
  /** days a flight onto a stock must save over the road before a formation takes the stock */
  stockMinSave: number;
  /** the day to agree the rapid-reaction protocol (0: never) */
  protocolDay: number;
  /** contingency plans: every axis at once, or where credibility falls short */
  plans: 'early' | 'need';
  /** batteries: where the troops are, pre-emptively at the hubs strike cards name, or only when a strike is seen */
  md: 'troops' | 'strikes' | 'react';
  surge: 'heavy' | 'any' | 'none';
  /** public commitments when troops already on their way will keep them */
  commit: boolean;
  /** exercise as soon as two nations meet, or once the core has gathered */
  exercise: 'asap' | 'gathered';
  /** exercise at other hubs for credibility when an axis needs it */
  exerciseAll: boolean;
  /** how much an axis's shortfall weighs against days on the way when picking a hub */
  needWeight: number;
  /** credibility above the bar the planner aims for */
  barMargin: number;
  /** judge axes by European credibility alone (US enablers may be cut) */
  europe: boolean;
  /** axis ISR watches first (-1: the neediest) */
  isrFirst: number;
  /** allowed means (the search switches them off to show what a level needs) */
  sea: boolean;
  air: boolean;
  missileDefence: boolean;
  /** on a day the force would stand up but for an axis's credibility, top the axis up at once */
  closeOut: boolean;
  /** orders tried first on given days (the search's injections) */
  forced: ReadonlyMap<number, readonly Command[]>;
}

export function dayOrders(s: GameState, level: Level, prep: Prep, k: Knobs): DayPlan {
  const p = new DayPlan(s, level);
  const forced = k.forced.get(s.day);
  if (forced) for (const c of forced) p.try(c);
  const ctx = new Context(p, prep, k);
  holdTheCoalition(ctx);
  answerTest(ctx.p, ctx.ix);
  keepCoreLift(ctx.p, ctx.ix);
  answerThreats(ctx.p, ctx.ix, { missileDefence: ctx.k.missileDefence, surge: ctx.k.surge });
  // Under the guarantee test the force holds where it stands, but for the core on its way.
  if (s.test) return p;
  stockEquipment(ctx);
  moveReady(ctx);
  activate(ctx);
  exercise(ctx);
  enablers(ctx);
  credibility(ctx);
  if (k.closeOut) closeOut(ctx);
  return p;
}

/** Per-day working figures shared by the steps. */
class Context {
  readonly ix;
  readonly level: Level;
  private credsCache: Credibility[] | null = null;
  private credsFor: GameState | null = null;
  /** per axis: troop credibility points on their way (moving to a hub of the axis) */
  enRoute: number[];

  constructor(readonly p: DayPlan, readonly prep: Prep, readonly k: Knobs) {
    this.ix = prep.ix;
    this.level = prep.ix.level;
    this.enRoute = this.computeEnRoute();
  }

  get s(): GameState { return this.p.state; }

  creds(): Credibility[] {
    if (this.credsFor !== this.p.state) {
      this.credsCache = credibilityAll(this.p.state, this.ix);
      this.credsFor = this.p.state;
    }
    return this.credsCache!;
  }

  private computeEnRoute(): number[] {
    const out = this.level.axes.map(() => 0);
    const s = this.s;
    for (let i = 0; i < s.formations.length; i++) {
      const f = s.formations[i]!;
      let dest = -1;
      if (f.status === 'moving' && f.route && f.route.length) dest = f.route[f.route.length - 1]!.to;
      else if (f.status === 'ready' && (f.equipDays > 0 || f.disruptedDays > 0)) dest = f.node;
      if (dest < 0) continue;
      const w = (this.ix.formations[i]!.strength * (300 + 2 * f.interop)) / 500000;
      for (const a of this.ix.nodeAxes[dest]!) out[a]! += w;
    }
    return out;
  }

  /** Credibility the planner counts on per axis: today's, plus troops on their way. */
  projected(a: number): number {
    const c = this.creds()[a]!;
    const base = this.k.europe ? c.total - c.isr - c.batteries - c.surge : c.total;
    return base + this.enRoute[a]!;
  }

  needs(): number[] {
    return this.level.axes.map((ax, a) => Math.max(0, ax.bar + this.k.barMargin - this.projected(a)));
  }
}

function holdTheCoalition(c: Context): void {
  const { p, ix, s } = c;
  if (s.unity < ix.level.unityFloor + 12) p.try({ type: 'summit' });
  // A nation whose will sinks below the pause line stops mobilising: lift it first.
  const pause = ix.rules.willPause;
  for (let n = 0; n < ix.level.nations.length; n++) {
    if (c.s.will[n]! >= pause + 4) continue;
    const mobilising = c.s.formations.some((f, i) => f.status === 'mobilising' && ix.formations[i]!.nation === n);
    if (mobilising) p.try({ type: 'reassure', nation: ix.level.nations[n]!.id });
  }
}

/** Does a surface route between two nodes cross the sea (for the no-sea variant)? */
function routeUsesSea(c: Context, nodes: readonly string[]): boolean {
  const { ix } = c;
  for (let i = 1; i < nodes.length; i++) {
    const a = ix.node.get(nodes[i - 1]!)!;
    const b = ix.node.get(nodes[i]!)!;
    let land = false;
    for (const li of ix.surface[a]!) {
      const l = ix.level.links[li]!;
      if (l.kind !== 'sea' && (ix.linkFrom[li] === b || ix.linkTo[li] === b)) land = true;
    }
    if (!land) return true;
  }
  return false;
}

/** Stocks that are ready or coming: [node, days until usable, troops] not yet claimed. */
function openStocks(s: GameState): Array<{ node: number; wait: number; troops: number; claimed: boolean }> {
  return s.prepo.filter((x) => x.troops > 0).map((x) => ({ node: x.node, wait: x.daysLeft, troops: x.troops, claimed: false }));
}

function moveReady(c: Context): void {
  const { p, ix, k, prep } = c;
  const w = ix.level.win;
  const needs = c.needs();
  const creds = c.creds().map((x) => x.total);
  let coreHave = 0;
  for (let i = 0; i < p.state.formations.length; i++) {
    const f = p.state.formations[i]!;
    const def = ix.formations[i]!;
    if (def.hr && f.certified) coreHave += def.strength;
  }
  const coreDone = coreHave >= w.core;
  const stocks = openStocks(p.state);
  // The formations with the longest way to go pick first (and claim the stocks first).
  for (const fi of prep.farthestFirst) {
    if (p.staff <= 0) return;
    const f = p.state.formations[fi]!;
    if (!canMove(f) || f.equipDays > 0) continue;
    const def = ix.formations[fi]!;
    const atHub = ix.staging[f.node]!;
    const wantCore = def.hr && !f.certified && !coreDone && k.coreHub >= 0 && f.node !== k.coreHub;
    let rebalance = false;
    if (atHub && !wantCore) {
      if (!needs.some((n) => n > 0) || !isSpare(c, fi, creds)) continue;
      rebalance = true;
    }
    const s = p.state;
    const { best } = surfaceSearch(s, ix, f.node, def.strength);
    const sorties = Math.ceil(def.strength / ix.rules.troopsPerSortie);
    const flyable = k.air && ix.airfield[f.node]! && sorties <= sortiesLeft(s, ix);
    let bestCmd: Command | null = null;
    let bestScore = Infinity;
    let holdScore = Infinity;
    let holdStock = -1;
    let flyStock = -1;
    const consider = (n: number) => {
      if (!ix.staging[n] || n === f.node) return;
      if (rebalance && !ix.nodeAxes[n]!.some((a) => needs[a]! > 0)) return;
      const need = Math.max(0, ...ix.nodeAxes[n]!.map((a) => needs[a]!));
      let penalty = -need * k.needWeight;
      if (wantCore && n !== k.coreHub) penalty += 8;
      if (def.hr && !f.certified && !coreDone && n === k.coreHub) penalty -= 2;
      const surfaceDays = best[n]! - s.day;
      if (Number.isFinite(surfaceDays)) {
        const score = surfaceDays + penalty;
        if (score < bestScore) { bestScore = score; bestCmd = { type: 'move', formation: def.id, to: ix.level.nodes[n]!.id }; }
      }
      if (!k.air || !ix.airfield[f.node] || !ix.airfield[n]) return;
      let li = -1;
      for (const x of ix.air[f.node]!) if (ix.linkFrom[x] === n || ix.linkTo[x] === n) li = x;
      if (li < 0 || s.linkCutUntil[li]! >= s.day) return;
      if (def.light) {
        if (flyable && 1 + penalty < bestScore) { bestScore = 1 + penalty; bestCmd = { type: 'airlift', formation: def.id, to: ix.level.nodes[n]!.id }; }
        return;
      }
      // Heavy: only onto a stock big enough for it, ready now or soon, and only when the flight
      // saves enough days to be worth the stock (the nearest formations leave it to the farthest).
      const road = Number.isFinite(surfaceDays) ? surfaceDays : 99;
      for (let si = 0; si < stocks.length; si++) {
        const st = stocks[si]!;
        if (st.claimed || st.node !== n || st.troops < def.strength) continue;
        if (road - (st.wait + 1) < k.stockMinSave) continue;
        if (st.wait === 0 && flyable) {
          if (1 + penalty < bestScore) { bestScore = 1 + penalty; bestCmd = { type: 'airlift', formation: def.id, to: ix.level.nodes[n]!.id }; flyStock = si; }
        } else if (st.wait <= k.hold || (st.wait === 0 && !flyable)) {
          const days = st.wait + 1 + (flyable ? 0 : 1);
          if (days + penalty < holdScore) { holdScore = days + penalty; holdStock = si; }
        }
      }
    };
    for (const n of prep.hubs) consider(n);
    if (holdStock >= 0 && holdScore < bestScore) {
      stocks[holdStock]!.claimed = true;
      continue; // wait for the stock: flying onto it beats the road
    }
    const chosen = bestCmd as Command | null;
    if (!chosen || (chosen.type !== 'move' && chosen.type !== 'airlift')) continue;
    const cmd = chosen;
    if (cmd.type === 'move' && !k.sea) {
      const route = planSurfaceRoute(s, ix, f.node, ix.node.get(cmd.to)!, def.strength);
      if (!route || routeUsesSea(c, route.nodes.map((n) => ix.level.nodes[n]!.id))) continue;
    }
    if (p.try(cmd)) {
      if (cmd.type === 'airlift' && flyStock >= 0 && !def.light) stocks[flyStock]!.claimed = true;
      const dest = ix.node.get(cmd.to)!;
      const pts = (def.strength * (300 + 2 * f.interop)) / 500000;
      for (const a of ix.nodeAxes[dest]!) { needs[a] = Math.max(0, needs[a]! - pts); c.enRoute[a]! += pts; }
      if (rebalance) for (const a of ix.nodeAxes[f.node]!) creds[a] = creds[a]! - pts;
    }
  }
}

/** A staged formation whose axes would all stay comfortably above their bars without it. */
function isSpare(c: Context, fi: number, creds: number[]): boolean {
  const { ix, s } = c;
  const f = s.formations[fi]!;
  if (f.busyDays > 0) return false;
  const def = ix.formations[fi]!;
  if (def.hr && !f.certified) return false;
  const worth = Math.ceil((def.strength * (300 + 2 * f.interop)) / 500000) + (def.hr && f.certified ? Math.floor(def.strength / 1000) : 0);
  return ix.nodeAxes[f.node]!.every((a) => creds[a]! - worth >= ix.level.axes[a]!.bar + c.k.barMargin + 2);
}

function activate(c: Context): void {
  const { p, ix, k, prep } = c;
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
      if (def.hr && def.notice - 1 <= w.coreDeployDays) hrCommitted += def.strength;
    }
  }
  if (reserve.length === 0) return;
  const needs = c.needs();
  const short = s.day > 10 && needs.some((n) => n > 0);
  const target = short ? Infinity : Math.ceil(w.troops * k.margin);
  const daysLeft = ix.level.deadline - s.day;
  const stockable = k.air && (k.prepo.length > 0);
  const lead = (fi: number) => {
    const def = ix.formations[fi]!;
    const travel = stockable && prep.canUseStock[fi] ? Math.min(prep.travel[fi]!, 2) : prep.travel[fi]!;
    return def.notice + travel;
  };
  const coreShort = hrCommitted < w.core * 1.2;
  let chosen: number[];
  if (k.order === 'lead') {
    // The quickest formations to reach a hub make up the force; of those, the slowest go first.
    const byLead = reserve.slice().sort((a, b) => lead(a) - lead(b) || a - b);
    chosen = [];
    let sum = committed;
    let hr = hrCommitted;
    for (const fi of byLead) {
      const def = ix.formations[fi]!;
      const needHr = def.hr && def.notice - 1 <= w.coreDeployDays && hr < w.core * 1.2;
      if (sum >= target && !needHr) continue;
      if (lead(fi) > daysLeft + 1 && !needHr) continue;
      chosen.push(fi);
      sum += def.strength;
      if (def.hr) hr += def.strength;
    }
    chosen.sort((a, b) => {
      const ha = k.hrFirst && coreShort && ix.formations[a]!.hr ? 1 : 0;
      const hb = k.hrFirst && coreShort && ix.formations[b]!.hr ? 1 : 0;
      return hb - ha || lead(b) - lead(a) || a - b;
    });
  } else {
    const prio = (fi: number) => {
      const def = ix.formations[fi]!;
      return (coreShort && def.hr ? -1000 : 0) + def.notice * 10 - def.strength / 500;
    };
    chosen = reserve.slice().sort((a, b) => prio(a) - prio(b) || a - b);
  }
  const blocked: number[] = [];
  for (const fi of chosen) {
    const def = ix.formations[fi]!;
    const needHr = def.hr && hrCommitted < w.core * 1.2;
    if (committed >= target && !needHr) continue;
    if (p.staff <= 0) break;
    if (p.state.will[def.nation]! < def.threshold) { blocked.push(def.nation); continue; }
    if (p.try({ type: 'activate', formation: def.id })) {
      committed += def.strength;
      if (def.hr) hrCommitted += def.strength;
    }
  }
  if (committed < target && blocked.length > 0) {
    const nation = blocked[0]!;
    p.try({ type: 'reassure', nation: ix.level.nations[nation]!.id });
  }
}

/**
 * Pre-position sets where heavy formations will fly onto them: a set is ordered when a heavy
 * formation that would save days by flying is ready (or will be by the time the set is), and no
 * set is free for it yet.
 */
function stockEquipment(c: Context): void {
  const { p, ix, k, prep } = c;
  const r = ix.rules;
  if (!k.air || p.staff < 2) return;
  const s = p.state;
  if (k.prepo.length > 0) {
    let demand = 0;
    for (let i = 0; i < s.formations.length; i++) {
      const f = s.formations[i]!;
      const def = ix.formations[i]!;
      if (def.light || def.strength > r.prepoTroops || !prep.canUseStock[i]) continue;
      if (prep.roadToHub[i]! - 1 < k.stockMinSave) continue;
      const soon = f.status === 'mobilising' && f.countdown <= r.prepoDays + 1;
      const waiting = f.status === 'ready' && !ix.staging[f.node] && ix.airfield[f.node] && f.node === def.home;
      if (soon || waiting) demand++;
    }
    demand -= s.prepo.filter((x) => x.troops > 0).length;
    for (const hub of k.prepo) {
      if (demand <= 0 || p.staff < 2 || p.state.budget < r.prepoBudget) break;
      const busy = p.state.prepo.some((x) => x.node === hub && (x.daysLeft > 0 || x.troops > 0));
      if (busy) continue;
      if (p.try({ type: 'preposition', hub: ix.level.nodes[hub]!.id })) demand--;
    }
  }
  if (k.prepoCredit && p.staff >= 2 && p.state.budget >= r.prepoBudget + 4) {
    const needs = c.needs();
    for (const hub of prep.hubs) {
      if (!ix.airfield[hub] || !ix.nodeAxes[hub]!.some((a) => needs[a]! > 0)) continue;
      if (p.state.prepo.some((x) => x.node === hub && (x.daysLeft > 0 || x.troops > 0))) continue;
      if (p.try({ type: 'preposition', hub: ix.level.nodes[hub]!.id })) break;
    }
  }
}

function exercise(c: Context): void {
  const { p, ix, k } = c;
  const w = ix.level.win;
  const s = p.state;
  let certified = 0;
  let hrComing = 0;
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    const def = ix.formations[i]!;
    if (!def.hr) continue;
    if (f.certified) certified += def.strength;
    else if (f.status === 'moving' && f.route && f.route[f.route.length - 1]!.to === k.coreHub && f.route.reduce((t, l) => t + l.days, 0) <= 1) hrComing += def.strength;
  }
  for (const n of c.prep.hubs) {
    if (p.staff < 2) return;
    if (s.exercises.some((x) => x.node === n)) continue;
    let uncertifiedHr = 0;
    const nations = new Set<number>();
    for (let i = 0; i < p.state.formations.length; i++) {
      const f = p.state.formations[i]!;
      if (f.node !== n || !isReady(f) || f.busyDays > 0) continue;
      nations.add(ix.formations[i]!.nation);
      if (ix.formations[i]!.hr && !f.certified) uncertifiedHr += ix.formations[i]!.strength;
    }
    if (nations.size < 2) continue;
    let go = false;
    if (uncertifiedHr > 0) {
      if (k.exercise === 'asap' || n !== k.coreHub) go = true;
      else go = certified + uncertifiedHr >= w.core || hrComing === 0;
    } else if (k.exerciseAll) {
      const needs = c.needs();
      go = ix.nodeAxes[n]!.some((a) => needs[a]! > 0 && p.state.exerciseUntil[a]! < p.state.day + 1);
    }
    if (go) p.try({ type: 'exercise', hub: ix.level.nodes[n]!.id });
  }
}

function enablers(c: Context): void {
  const { p, ix, k, prep } = c;
  const s = () => p.state;
  if (p.staff <= 0) return;
  if (s().munitions.length < capacityOf(s(), ix, 'munitions')) p.try({ type: 'allocate', enabler: 'munitions' });
  const isrCap = capacityOf(s(), ix, 'isr');
  if (s().alloc.isr.length < isrCap || activeAllocations(s(), ix, 'isr').length < isrCap) {
    const needs = c.needs();
    const order = needs.map((n, i) => [n + (i === k.isrFirst ? 1000 : 0), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, ai] of order) {
      if (activeAllocations(s(), ix, 'isr').length >= isrCap || p.staff <= 0) break;
      if (!activeAllocations(s(), ix, 'isr').includes(ai)) p.try({ type: 'allocate', enabler: 'isr', axis: ix.level.axes[ai]!.id });
    }
  }
  if (s().alloc.cyber.length < capacityOf(s(), ix, 'cyber')) {
    for (const network of ['rail', 'c2', 'power'] as const) {
      if (!activeAllocations(s(), ix, 'cyber').includes(ix.networkIndex.get(network)!)) { p.try({ type: 'allocate', enabler: 'cyber', network }); break; }
    }
  }
  const mdCap = capacityOf(s(), ix, 'missileDefence');
  if (k.missileDefence && k.md !== 'react' && activeAllocations(s(), ix, 'missileDefence').length < mdCap && p.staff > 0) {
    let pick = -1;
    if (k.md === 'strikes') {
      for (const h of prep.strikeHubs) if (!activeAllocations(s(), ix, 'missileDefence').includes(h)) { pick = h; break; }
    }
    if (pick < 0) {
      const troopsAt = new Map<number, number>();
      s().formations.forEach((f, i) => {
        const dest = f.status === 'moving' && f.route?.length ? f.route[f.route.length - 1]!.to : f.node;
        if (ix.staging[dest] && f.status !== 'reserve' && f.status !== 'mobilising') troopsAt.set(dest, (troopsAt.get(dest) ?? 0) + ix.formations[i]!.strength);
      });
      const hubs = [...troopsAt.entries()].filter(([n]) => !activeAllocations(s(), ix, 'missileDefence').includes(n)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      if (hubs[0]) pick = hubs[0][0];
    }
    if (pick >= 0) p.try({ type: 'allocate', enabler: 'missileDefence', hub: ix.level.nodes[pick]!.id });
  }
  if (p.staff > 0 && (s().alloc.training.length < capacityOf(s(), ix, 'training') || s().alloc.training.some((fi) => s().formations[fi]!.interop >= 95))) {
    let pick = -1;
    s().formations.forEach((f, i) => {
      if (f.status === 'reserve' || f.interop >= 95 || activeAllocations(s(), ix, 'training').includes(i)) return;
      if (pick < 0 || ix.formations[i]!.strength * (100 - f.interop) > ix.formations[pick]!.strength * (100 - s().formations[pick]!.interop)) pick = i;
    });
    if (pick >= 0) p.try({ type: 'allocate', enabler: 'training', formation: ix.formations[pick]!.id });
  }
}

function credibility(c: Context): void {
  const { p, ix, k } = c;
  const r = ix.rules;
  if (k.protocolDay > 0 && p.state.day >= k.protocolDay && p.state.protocol < 0 && p.staff >= 3) p.try({ type: 'protocol' });
  const needs = c.needs();
  ix.level.axes.forEach((a, ai) => {
    if (p.state.plans[ai]! >= 0 || p.staff < 2) return;
    if (k.plans === 'early' || needs[ai]! > 0) p.try({ type: 'plan', axis: a.id });
  });
  if (k.commit) {
    ix.level.axes.forEach((a, ai) => {
      if (p.staff <= 0 || p.state.commitments.some((x) => x.axis === ai)) return;
      // Troops arriving on the axis within the pledge's days, with a day to spare.
      let coming = 0;
      p.state.formations.forEach((f, i) => {
        if (f.status !== 'moving' || !f.route?.length) return;
        const dest = f.route[f.route.length - 1]!.to;
        if (!ix.nodeAxes[dest]!.includes(ai)) return;
        const days = f.route.reduce((t, l) => t + l.days, 0) + f.equipDays;
        if (days <= r.commitDays - 2) coming += ix.formations[i]!.strength;
      });
      if (coming >= r.commitTroops) p.try({ type: 'commit', axis: a.id });
    });
  }
}

/**
 * The last day's top-up. When the troops and the core will stand at the end of today but an axis
 * would miss its bar, quick measures can close the gap before the day ends: ISR or a battery moved
 * from an axis with credibility to spare, a public commitment, the US surge. The end of the day
 * is simulated to check each one (the same rules, so the answer is exact), and one that turns the
 * day into the readiness day is kept.
 */
function closeOut(c: Context): void {
  const { p, ix } = c;
  const w = ix.level.win;
  const s = p.state;
  if (readyAtStaging(s, ix) + arrivingToday(c) < w.troops || coreSoon(c) < w.core) return;
  const after = endDay(s, ix.level).state;
  if (after.status !== 'playing') return;
  const prog = winProgress(after, ix);
  if (prog.ready < w.troops || prog.core < w.core) return;
  const short = prog.axes.map((a, i) => [a.bar - a.credibility, i] as const).filter(([d]) => d > 0);
  if (short.length === 0) return;
  const surplus = (ai: number) => prog.axes[ai]!.credibility - prog.axes[ai]!.bar;
  const fixes: Command[][] = [];
  for (const [, ai] of short) {
    const axis = ix.level.axes[ai]!.id;
    const isr = activeAllocations(s, ix, 'isr');
    if (!isr.includes(ai) && isr.length > 0) fixes.push([{ type: 'allocate', enabler: 'isr', axis }]);
    if (!isr.includes(ai) && isr.length === 0 && capacityOf(s, ix, 'isr') > 0) fixes.push([{ type: 'allocate', enabler: 'isr', axis }]);
    const md = activeAllocations(s, ix, 'missileDefence');
    const free = ix.axisNodes[ai]!.find((n) => !md.includes(n));
    if (free !== undefined && (md.length < capacityOf(s, ix, 'missileDefence') || md.some((n) => ix.nodeAxes[n]!.every((a) => surplus(a) >= ix.rules.batteryCredibility)))) {
      fixes.push([{ type: 'allocate', enabler: 'missileDefence', hub: ix.level.nodes[free]!.id }]);
    }
    if (!s.commitments.some((x) => x.axis === ai)) fixes.push([{ type: 'commit', axis }]);
    fixes.push([{ type: 'surge', axis }]);
  }
  if (short.length > 1) fixes.push(short.flatMap(([, ai]) => [{ type: 'commit', axis: ix.level.axes[ai]!.id } as Command]));
  for (const fix of fixes) {
    const trial = new DayPlan(s, ix.level);
    let ok = true;
    for (const cmd of fix) ok = trial.try(cmd) && ok;
    if (!ok) continue;
    const end = endDay(trial.state, ix.level).state;
    if (end.status === 'won') {
      for (const cmd of fix) p.try(cmd);
      return;
    }
  }
}

/** Troops whose last leg ends today (an optimistic count: the check is the simulated end of day). */
function arrivingToday(c: Context): number {
  const { ix, s } = c;
  let sum = 0;
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    if (f.status === 'moving' && f.route?.length === 1 && f.route[0]!.days <= 1 && ix.staging[f.route[0]!.to]) sum += ix.formations[i]!.strength;
    else if (f.status === 'mobilising' && f.countdown <= 1 && ix.staging[f.node]) sum += ix.formations[i]!.strength;
    else if (f.status === 'ready' && ix.staging[f.node] && (f.equipDays > 0 || f.disruptedDays > 0)) sum += ix.formations[i]!.strength;
  }
  return sum;
}

/** High-readiness troops certified or finishing an exercise today. */
function coreSoon(c: Context): number {
  const { ix, s } = c;
  let sum = 0;
  for (let i = 0; i < s.formations.length; i++) {
    const def = ix.formations[i]!;
    if (!def.hr) continue;
    const f = s.formations[i]!;
    if (f.certified || s.exercises.some((x) => x.daysLeft <= 1 && x.formations.includes(i))) sum += def.strength;
  }
  return sum;
}
