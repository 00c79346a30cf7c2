import type { LevelIndex } from './levelIndex';
import { activeAllocations, coreLift, isCore, isReady } from './selectors';
import type { GameState } from './state';

/**
 * Credibility on one axis, term by term, so the intel estimate and the debrief can show the
 * player exactly where each point came from (docs/design.md section 6).
 */
export interface Credibility {
  troops: number;
  core: number;
  isr: number;
  batteries: number;
  surge: number;
  exercise: number;
  prepo: number;
  plan: number;
  protocol: number;
  commitment: number;
  unity: number;
  total: number;
}

/**
 * Ready troops staged for the axis count by strength weighted with interoperability: a formation at
 * interop 0 counts 60%, at 100 it counts 100%. One point per 1,000 such troops.
 * The certified core adds one more point per 1,000 of its troops, since it is what moves first.
 */
export function credibilityOf(s: GameState, ix: LevelIndex, axis: number): Credibility {
  let weighted = 0;
  let core = 0;
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    if (!isReady(f) || !ix.nodeAxes[f.node]!.includes(axis)) continue;
    const strength = ix.formations[i]!.strength;
    weighted += strength * (300 + 2 * f.interop);
    if (isCore(s, ix, i)) core += strength;
  }
  return finishCredibility(s, ix, axis, weighted, core);
}

/** Every axis at once, in one pass over the formations (the end of each day needs them all). */
export function credibilityAll(s: GameState, ix: LevelIndex): Credibility[] {
  const n = ix.level.axes.length;
  const weighted = new Array<number>(n).fill(0);
  const core = new Array<number>(n).fill(0);
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    const axes = ix.nodeAxes[f.node]!;
    if (axes.length === 0 || !isReady(f)) continue;
    const strength = ix.formations[i]!.strength;
    const w = strength * (300 + 2 * f.interop);
    const inCore = isCore(s, ix, i);
    for (const a of axes) {
      weighted[a]! += w;
      if (inCore) core[a]! += strength;
    }
  }
  return weighted.map((w, a) => finishCredibility(s, ix, a, w, core[a]!));
}

function finishCredibility(s: GameState, ix: LevelIndex, axis: number, weighted: number, core: number): Credibility {
  const r = ix.rules;
  const troops = Math.floor(weighted / 500000);
  // The core counts only as far as lift can carry it within the deploy window.
  const coreTerm = Math.floor(Math.min(core, coreLift(s, ix)) / 1000);
  let isr = 0;
  for (const a of activeAllocations(s, ix, 'isr')) if (a === axis) isr += r.isrCredibility;
  let batteries = 0;
  for (const n of activeAllocations(s, ix, 'missileDefence')) if (ix.nodeAxes[n]!.includes(axis)) batteries += r.batteryCredibility;
  const surge = s.surge && s.surge.axis === axis && s.surge.until >= s.day ? r.surgeCredibility : 0;
  const exercise = s.exerciseUntil[axis]! >= s.day ? r.exerciseCredibility : 0;
  let prepo = 0;
  for (const p of s.prepo) if (p.daysLeft === 0 && p.troops > 0 && ix.nodeAxes[p.node]!.includes(axis)) prepo += r.prepoCredibility;
  const plan = s.plans[axis] === 0 ? r.planCredibility : 0;
  const protocol = s.protocol === 0 ? r.protocolCredibility : 0;
  let commitment = 0;
  for (const c of s.commitments) if (c.axis === axis && c.state !== 'broken') commitment += r.commitCredibility;
  // Unity above 50 reads as resolve in Moscow; below 50 as a coalition that may not act.
  const unity = Math.trunc((s.unity - 50) / 5);
  const sum = troops + coreTerm + isr + batteries + surge + exercise + prepo + plan + protocol + commitment + unity;
  return {
    troops, core: coreTerm, isr, batteries, surge, exercise, prepo, plan, protocol, commitment, unity,
    total: Math.max(0, sum),
  };
}

/** Moscow's resolve for an event, term by term (the seeded roll is passed in). */
export interface Resolve {
  severity: number;
  ladder: number;
  /** Moscow grows bolder as the weeks pass without a credible force: the clock is its ally */
  time: number;
  roll: number;
  /** formations staged inside Ukraine on the axis, and a US surge there, provoke Moscow */
  provocation: number;
  total: number;
}

export function resolveOf(s: GameState, ix: LevelIndex, severity: number, roll: number, axis: number): Resolve {
  const r = ix.rules;
  const ladder = s.ladder * r.ladderResolve;
  const time = r.resolveGrowthDays > 0 ? Math.floor(s.day / r.resolveGrowthDays) : 0;
  const provocation = provocationOf(s, ix, axis);
  return { severity, ladder, time, roll, provocation, total: Math.max(0, severity + ladder + time + roll + provocation) };
}

/** Troops staged inside Ukraine for the axis (a point per provocationTroops), and a US surge there. */
export function provocationOf(s: GameState, ix: LevelIndex, axis: number): number {
  const r = ix.rules;
  let inUkraine = 0;
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    if (f.status !== 'ready' || !ix.inUkraine[f.node] || !ix.nodeAxes[f.node]!.includes(axis)) continue;
    inUkraine += ix.formations[i]!.strength;
  }
  const surge = s.surge && s.surge.axis === axis && s.surge.until >= s.day ? r.surgeProvocation : 0;
  return Math.floor(inUkraine / r.provocationTroops) + surge;
}

/** The range an event's resolve can take before it fires (its roll not yet made). */
export function resolveRange(s: GameState, ix: LevelIndex, severity: number, axis: number): { min: number; max: number } {
  return {
    min: resolveOf(s, ix, severity, 0, axis).total,
    max: resolveOf(s, ix, severity, ix.rules.randomResolve, axis).total,
  };
}
