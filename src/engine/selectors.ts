import type { EnablerKind } from './ids';
import type { LevelIndex } from './levelIndex';
import type { FormationState, GameState } from './state';

/** Ready: mobilised, arrived (not on the move), with its equipment, and not disrupted by a strike.
 *  A formation in an exercise still counts as ready (it is where it is, and can fight); it cannot
 *  take a move order until the exercise ends: that is canMove. */
export function isReady(f: FormationState): boolean {
  return f.status === 'ready' && f.equipDays === 0 && f.disruptedDays === 0;
}

/** Able to take a new order to move (an exercise, a strike or equipment still on its way holds it). */
export function canMove(f: FormationState): boolean {
  return f.status === 'ready' && f.busyDays === 0 && f.disruptedDays === 0 && f.equipDays === 0;
}

/** Troops ready at staging hubs: the figure the win condition counts toward 40,000. */
export function readyAtStaging(s: GameState, ix: LevelIndex): number {
  let sum = 0;
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    if (isReady(f) && ix.staging[f.node]) sum += ix.formations[i]!.strength;
  }
  return sum;
}

/**
 * Notice-to-move of a formation: a day shorter once the rapid-reaction protocol is in force, and a
 * day shorter again where it stands on an axis whose contingency plan is in force (docs/design.md section 5:
 * a plan "speeds the response on that axis").
 */
export function effectiveNotice(s: GameState, ix: LevelIndex, fi: number): number {
  let n = ix.formations[fi]!.notice;
  if (s.protocol === 0) n -= 1;
  for (const a of ix.nodeAxes[s.formations[fi]!.node]!) {
    if (s.plans[a] === 0) { n -= 1; break; }
  }
  return Math.max(1, n);
}

/** A formation of the very-high-readiness core: high-readiness, certified by a joint exercise,
 *  ready at a staging hub and able to move within the level's deploy window. */
export function isCore(s: GameState, ix: LevelIndex, fi: number): boolean {
  const f = s.formations[fi]!;
  const def = ix.formations[fi]!;
  return def.hr && f.certified && isReady(f) && ix.staging[f.node]! && effectiveNotice(s, ix, fi) <= ix.level.win.coreDeployDays;
}

/** A high-readiness formation ready at a staging hub that a joint exercise has yet to certify:
 *  what an exercise there would bring into the core. */
export function awaitsCertification(s: GameState, ix: LevelIndex, fi: number): boolean {
  const f = s.formations[fi]!;
  return ix.formations[fi]!.hr && !f.certified && isReady(f) && ix.staging[f.node]!;
}

/** The certified core that can move: its troops, up to what lift can carry in the deploy window. */
export function coreTroops(s: GameState, ix: LevelIndex): number {
  let sum = 0;
  for (let i = 0; i < s.formations.length; i++) if (isCore(s, ix, i)) sum += ix.formations[i]!.strength;
  return Math.min(sum, coreLift(s, ix));
}

/** Sorties a day of European lift (A400M fleets, NATO's C-17s of the Strategic Airlift Capability), once arranged. */
export function euroSorties(s: GameState, ix: LevelIndex): number {
  return s.euroLift === 0 ? ix.rules.euroLiftSorties : 0;
}

/**
 * Troops the core's lift can carry within the deploy window: US airlift (as US support and losses
 * leave it) plus any European lift. Without lift the core cannot reach its hub in time, so it does
 * not count as a core that can move (docs/design.md section 3: US enablers as the backbone).
 */
export function coreLift(s: GameState, ix: LevelIndex): number {
  return (capacityOf(s, ix, 'airlift') + euroSorties(s, ix)) * ix.rules.troopsPerSortie * ix.level.win.coreDeployDays;
}

/** The certified core standing at the staging hubs of one axis, up to what lift can carry. */
export function coreOnAxis(s: GameState, ix: LevelIndex, axis: number): number {
  let sum = 0;
  for (let i = 0; i < s.formations.length; i++) {
    if (isCore(s, ix, i) && ix.nodeAxes[s.formations[i]!.node]!.includes(axis)) sum += ix.formations[i]!.strength;
  }
  return Math.min(sum, coreLift(s, ix));
}

/** High-readiness troops ready at staging hubs, certified or not (the "core ready" split). */
export function hrReadyTroops(s: GameState, ix: LevelIndex): number {
  let sum = 0;
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    const def = ix.formations[i]!;
    if (def.hr && isReady(f) && ix.staging[f.node]) sum += def.strength;
  }
  return sum;
}

/** US support in percent after every funding cut in force. */
export function usSupport(s: GameState): number {
  let cut = 0;
  for (const c of s.supportCuts) if (c.until >= s.day) cut += c.cut;
  return Math.max(0, 100 - cut);
}

/** Today's capacity of a US enabler: the level's base, scaled by US support, less losses. */
export function capacityOf(s: GameState, ix: LevelIndex, kind: EnablerKind): number {
  const base = ix.level.enablers[kind];
  let lost = 0;
  for (const l of s.losses) if (l.kind === kind && l.until >= s.day) lost += l.amount;
  return Math.max(0, Math.floor((base * usSupport(s)) / 100) - lost);
}

/** Allocations in force: the oldest ones, up to today's capacity. */
export function activeAllocations(s: GameState, ix: LevelIndex, kind: 'isr' | 'missileDefence' | 'cyber' | 'training'): number[] {
  const list = s.alloc[kind];
  const cap = capacityOf(s, ix, kind);
  return list.length <= cap ? list : list.slice(0, cap);
}

export function sortiesLeft(s: GameState, ix: LevelIndex): number {
  return Math.max(0, capacityOf(s, ix, 'airlift') + euroSorties(s, ix) - s.airliftUsed);
}

/** The staff pool an order of this role draws on, or -1 when no pool serves the role. */
export function poolFor(s: GameState, role: string): number {
  for (let i = 0; i < s.pools.length; i++) {
    const r = s.pools[i]!.roles;
    if (r.includes(role) || r.includes('*')) return i;
  }
  return -1;
}

export function staffLeftTotal(s: GameState): number {
  let n = 0;
  for (const x of s.staffLeft) n += x;
  return n;
}

/** Events the coalition knows about: revealed and not yet fired. */
export function knownThreats(s: GameState): number[] {
  const out: number[] = [];
  s.events.forEach((e, i) => {
    if (e.revealed && e.outcome === 0) out.push(i);
  });
  return out;
}

/** Troops ready at the staging hubs of one axis. */
export function readyOnAxis(s: GameState, ix: LevelIndex, axis: number): number {
  let sum = 0;
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    if (isReady(f) && ix.nodeAxes[f.node]!.includes(axis)) sum += ix.formations[i]!.strength;
  }
  return sum;
}
