import { credibilityAll } from './credibility';
import { MILESTONE_IDS, WAR_RUNG, type MilestoneId } from './ids';
import type { LevelIndex } from './levelIndex';
import type { LogEntry } from './log';
import { activeAllocations, coreLift, coreOnAxis, coreTroops, isCore, isReady, readyAtStaging } from './selectors';
import type { Rng } from './rng';
import type { EndReason, GameState, GuaranteeTest } from './state';
import { own } from './draft';

/** Why the force is not yet stood up, each condition of docs/design.md section 7 checked on its own. */
export interface WinProgress {
  ready: number;
  readyNeeded: number;
  core: number;
  coreNeeded: number;
  /** per axis: credibility, the bar, and whether it is held (credibility at or above the bar) */
  axes: Array<{ id: string; credibility: number; bar: number; held: boolean }>;
  met: boolean;
}

export function winProgress(s: GameState, ix: LevelIndex): WinProgress {
  const w = ix.level.win;
  const ready = readyAtStaging(s, ix);
  const core = coreTroops(s, ix);
  const creds = credibilityAll(s, ix);
  const axes = ix.level.axes.map((a, i) => ({ id: a.id, credibility: creds[i]!.total, bar: a.bar, held: creds[i]!.total >= a.bar }));
  const met = ready >= w.troops && core >= w.core && axes.every((a) => a.held);
  return { ready, readyNeeded: w.troops, core, coreNeeded: w.core, axes, met };
}

/** Troops ready at staging hubs, of them high-readiness, and of those the certified core: one pass. */
function forceSummary(s: GameState, ix: LevelIndex): { ready: number; hrReady: number; core: number } {
  let ready = 0;
  let hrReady = 0;
  let core = 0;
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    if (!isReady(f) || !ix.staging[f.node]) continue;
    const def = ix.formations[i]!;
    ready += def.strength;
    if (!def.hr) continue;
    hrReady += def.strength;
    if (isCore(s, ix, i)) core += def.strength;
  }
  return { ready, hrReady, core: Math.min(core, coreLift(s, ix)) };
}

function reached(id: MilestoneId, sum: { ready: number; hrReady: number; core: number }, coreNeeded: number, won: boolean): boolean {
  switch (id) {
    case 'firstStaged': return sum.ready > 0;
    case 'coreReady': return sum.hrReady >= coreNeeded;
    case 'ready10k': return sum.ready >= 10000;
    case 'ready20k': return sum.ready >= 20000;
    case 'ready30k': return sum.ready >= 30000;
    case 'ready40k': return sum.ready >= 40000;
    case 'coreCertified': return sum.core >= coreNeeded;
    case 'forceStoodUp': return won;
  }
}

/** The day's closing figures the outcome was judged on (the day's tally reuses them). */
export interface DayFigures { ready: number; hrReady: number; core: number; credibility: number[] }

/** The figures a day closes on (and the review's day 0 starts from): one selector for both. */
export function closingFigures(s: GameState, ix: LevelIndex): DayFigures {
  const all = credibilityAll(s, ix);
  const credibility = new Array<number>(all.length);
  for (let i = 0; i < all.length; i++) credibility[i] = all[i]!.total;
  return { ...forceSummary(s, ix), credibility };
}

/**
 * End-of-day checks: losses first (war, unity), then the guarantee test once the force has stood
 * up, else whether it stands up today (the readiness day: speedrun splits and personal bests), else
 * the deadline. Standing up does not end the game: Moscow tests the guarantee with a crisis on a
 * seeded day soon after (docs/design.md section 7), and that test decides the win.
 */
export function settleOutcome(d: GameState, ix: LevelIndex, log: LogEntry[], rng: Rng): DayFigures {
  const w = ix.level.win;
  const figures = closingFigures(d, ix);
  const { credibility } = figures;
  const sum = figures;
  let met = sum.ready >= w.troops && sum.core >= w.core;
  for (let i = 0; met && i < credibility.length; i++) met = credibility[i]! >= ix.level.axes[i]!.bar;
  let status: GameState['status'] = 'playing';
  let reason: EndReason | null = null;
  let stoodUp = false;
  if (d.ladder >= WAR_RUNG) { status = 'lost'; reason = 'war'; }
  else if (d.unity < ix.level.unityFloor) { status = 'lost'; reason = 'unity'; }
  else if (d.test) {
    const t = d.test;
    if (d.day >= t.day) {
      const core = coreOnAxis(d, ix, t.axis);
      const bar = ix.level.axes[t.axis]!.bar;
      const held = core >= w.core && credibility[t.axis]! >= bar;
      log.push({ t: 'testCrisis', day: d.day, axis: ix.level.axes[t.axis]!.id, core, coreNeeded: w.core, credibility: credibility[t.axis]!, bar, held });
      if (held) { status = 'won'; reason = 'forceStoodUp'; }
      else if (d.day >= t.until) { status = 'lost'; reason = 'guaranteeFailed'; }
    }
  } else if (met && d.readinessDay === null) {
    stoodUp = true;
    d.readinessDay = d.day;
    const t = scheduleTest(d, ix, credibility, rng);
    d.test = t;
    log.push({ t: 'test', day: d.day, axis: ix.level.axes[t.axis]!.id, fires: t.day, until: t.until });
  } else if (d.day >= d.deadline) { status = 'lost'; reason = 'deadline'; }
  for (let i = 0; i < MILESTONE_IDS.length; i++) {
    if (d.milestones[i] !== 0) continue;
    const id = MILESTONE_IDS[i]!;
    if (reached(id, sum, w.core, stoodUp)) {
      own(d, 'milestones')[i] = d.day;
      log.push({ t: 'milestone', day: d.day, id });
    }
  }
  if (status !== 'playing' && reason) {
    d.status = status;
    d.reason = reason;
    log.push({ t: 'end', day: d.day, status, reason });
  }
  return { ready: sum.ready, hrReady: sum.hrReady, core: sum.core, credibility };
}

/**
 * The crisis breaks on its day, before that day's events fire. Without ISR over its axis it was
 * seen late (docs/design.md section 7): the core has only part of the deploy window (divided by
 * blindWarningDivisor, rounded up) to stand there. ISR over the axis that day keeps the whole window.
 */
export function crisisBreaks(d: GameState, ix: LevelIndex, log: LogEntry[]): void {
  const t = d.test;
  if (!t || d.day !== t.day || activeAllocations(d, ix, 'isr').includes(t.axis)) return;
  const window = Math.ceil(ix.level.win.coreDeployDays / ix.rules.blindWarningDivisor);
  const until = Math.min(t.until, t.day + window - 1);
  log.push({ t: 'testBlind', day: d.day, axis: ix.level.axes[t.axis]!.id, until });
  d.test = { ...t, until };
}

/**
 * Moscow tests the guarantee where it looks least able to answer: the axis with the least of the
 * certified core standing for it, then the least credibility over its bar. The crisis comes on a
 * seeded day soon after; the core has the level's deploy window to stand there.
 */
function scheduleTest(d: GameState, ix: LevelIndex, credibility: number[], rng: Rng): GuaranteeTest {
  const r = ix.rules;
  let axis = 0;
  let bestCore = Infinity;
  let bestMargin = Infinity;
  for (let a = 0; a < ix.level.axes.length; a++) {
    const core = coreOnAxis(d, ix, a);
    const margin = credibility[a]! - ix.level.axes[a]!.bar;
    if (core < bestCore || (core === bestCore && margin < bestMargin)) { axis = a; bestCore = core; bestMargin = margin; }
  }
  const day = d.day + r.testDelay + (r.testSpread > 0 ? rng.int(r.testSpread) : 0);
  return { axis, day, until: day + ix.level.win.coreDeployDays - 1 };
}
