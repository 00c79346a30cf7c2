import { credibilityAll } from './credibility';
import { MILESTONE_IDS, WAR_RUNG, type MilestoneId } from './ids';
import type { LevelIndex } from './levelIndex';
import type { LogEntry } from './log';
import { coreTroops, hrReadyTroops, readyAtStaging } from './selectors';
import type { EndReason, GameState } from './state';

/** Why the force is not yet stood up, each condition of GAME.md section 7 checked on its own. */
export interface WinProgress {
  ready: number;
  readyNeeded: number;
  core: number;
  coreNeeded: number;
  /** per axis: credibility and the bar */
  axes: Array<{ id: string; credibility: number; bar: number }>;
  met: boolean;
}

export function winProgress(s: GameState, ix: LevelIndex): WinProgress {
  const w = ix.level.win;
  const ready = readyAtStaging(s, ix);
  const core = coreTroops(s, ix);
  const creds = credibilityAll(s, ix);
  const axes = ix.level.axes.map((a, i) => ({ id: a.id, credibility: creds[i]!.total, bar: a.bar }));
  const met = ready >= w.troops && core >= w.core && axes.every((a) => a.credibility >= a.bar);
  return { ready, readyNeeded: w.troops, core, coreNeeded: w.core, axes, met };
}

function reached(s: GameState, ix: LevelIndex, id: MilestoneId, ready: number, won: boolean): boolean {
  switch (id) {
    case 'firstStaged': return ready > 0;
    case 'coreReady': return hrReadyTroops(s, ix) >= ix.level.win.core;
    case 'ready10k': return ready >= 10000;
    case 'ready20k': return ready >= 20000;
    case 'ready30k': return ready >= 30000;
    case 'ready40k': return ready >= 40000;
    case 'coreCertified': return coreTroops(s, ix) >= ix.level.win.core;
    case 'forceStoodUp': return won;
  }
}

/** End-of-day checks: losses first (war, unity, then the deadline after a last chance to win). */
export function settleOutcome(d: GameState, ix: LevelIndex, log: LogEntry[]): void {
  const progress = winProgress(d, ix);
  let status: GameState['status'] = 'playing';
  let reason: EndReason | null = null;
  if (d.ladder >= WAR_RUNG) { status = 'lost'; reason = 'war'; }
  else if (d.unity < ix.level.unityFloor) { status = 'lost'; reason = 'unity'; }
  else if (progress.met) { status = 'won'; reason = 'forceStoodUp'; }
  else if (d.day >= ix.level.deadline) { status = 'lost'; reason = 'deadline'; }
  MILESTONE_IDS.forEach((id, i) => {
    if (d.milestones[i] === 0 && reached(d, ix, id, progress.ready, status === 'won')) {
      d.milestones[i] = d.day;
      log.push({ t: 'milestone', day: d.day, id });
    }
  });
  if (status !== 'playing' && reason) {
    d.status = status;
    d.reason = reason;
    if (status === 'won') d.readinessDay = d.day;
    log.push({ t: 'end', day: d.day, status, reason });
  }
}
