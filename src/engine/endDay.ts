import { draft } from './draft';
import { revealEvents, fireEvent } from './events';
import { indexLevel, type LevelIndex } from './levelIndex';
import type { Level } from '../levels/schema';
import type { LogEntry } from './log';
import { settleOutcome } from './outcome';
import { openRng } from './rng';
import { activeAllocations, readyOnAxis } from './selectors';
import type { FormationState, GameState } from './state';

/**
 * End the day (GAME.md section 2, steps 2–5): mobilisation, movement and exercises advance; the
 * day's events fire against deterrence; will, unity and the outcome are settled; the next day's
 * staff actions are issued. Returns a new state; the given one is not changed.
 */
export function endDay(s: GameState, level: Level): { state: GameState; log: LogEntry[] } {
  if (s.status !== 'playing') return { state: s, log: [] };
  const ix = indexLevel(level);
  const d = draft(s);
  const log: LogEntry[] = [];
  advanceFormations(d, ix, log);
  advanceProjects(d, ix, log);
  checkCommitments(d, ix, log);

  const rng = openRng(d.rng);
  for (let i = 0; i < d.events.length; i++) {
    const e = d.events[i]!;
    if (e.day > d.day) break; // events are sorted by day
    if (e.day === d.day && e.outcome === 0) fireEvent(d, ix, i, rng, log);
  }
  d.rng = rng.state();

  settlePolitics(d, ix, log);
  settleOutcome(d, ix, log);
  if (d.status === 'playing') startNextDay(d, ix, log);
  return { state: d, log };
}

function advanceFormations(d: GameState, ix: LevelIndex, log: LogEntry[]): void {
  const paused = new Set<number>();
  for (let i = 0; i < d.formations.length; i++) {
    const f = d.formations[i]!;
    if (f.status === 'reserve') continue;
    const def = ix.formations[i]!;
    // Copied on the first change only: most formations are quiet on most days.
    let next: FormationState | null = null;
    if (f.status === 'mobilising') {
      if (d.will[def.nation]! < ix.rules.willPause) {
        if (!paused.has(def.nation)) {
          paused.add(def.nation);
          log.push({ t: 'paused', day: d.day, nation: def.nationId, will: d.will[def.nation]! });
        }
      } else {
        const n = (next ??= { ...f });
        n.countdown -= 1;
        if (n.countdown <= 0) {
          n.countdown = 0;
          n.status = 'ready';
          log.push({ t: 'ready', day: d.day, formation: def.id, node: ix.level.nodes[n.node]!.id });
        }
      }
    } else if (f.status === 'moving' && f.route && f.route.length > 0) {
      const leg = f.route[0]!;
      if (d.linkCutUntil[leg.link]! >= d.day) {
        log.push({ t: 'held', day: d.day, formation: def.id, link: ix.level.links[leg.link]!.id });
      } else {
        const n = (next ??= { ...f });
        const left = leg.days - 1;
        if (left > 0) {
          n.route = [{ ...leg, days: left }, ...f.route.slice(1)];
        } else {
          n.node = leg.to;
          n.route = f.route.length > 1 ? f.route.slice(1) : null;
          if (!n.route) {
            n.status = 'ready';
            log.push({ t: 'arrived', day: d.day, formation: def.id, node: ix.level.nodes[leg.to]!.id, equipped: n.equipDays <= 1 });
          }
        }
      }
    }
    if (f.equipDays > 0) {
      const n = (next ??= { ...f });
      n.equipDays -= 1;
      if (n.equipDays === 0 && n.status === 'ready' && f.status === 'ready') log.push({ t: 'equipped', day: d.day, formation: def.id });
    }
    if (f.busyDays > 0) (next ??= { ...f }).busyDays -= 1;
    if (f.disruptedDays > 0) (next ??= { ...f }).disruptedDays -= 1;
    if (next) d.formations[i] = next;
  }
  for (const fi of activeAllocations(d, ix, 'training')) {
    const f = d.formations[fi]!;
    if (f.status !== 'reserve' && f.interop < 100) d.formations[fi] = { ...f, interop: Math.min(100, f.interop + ix.rules.trainingPerDay) };
  }
}

function advanceProjects(d: GameState, ix: LevelIndex, log: LogEntry[]): void {
  const r = ix.rules;
  const running = [];
  for (const x of d.exercises) {
    if (x.daysLeft > 1) {
      running.push({ ...x, daysLeft: x.daysLeft - 1 });
      continue;
    }
    const certified: string[] = [];
    for (const fi of x.formations) {
      const f = d.formations[fi]!;
      const hr = ix.formations[fi]!.hr;
      d.formations[fi] = { ...f, interop: Math.min(100, f.interop + r.exerciseInterop), certified: f.certified || hr };
      if (hr) certified.push(f.id);
    }
    for (const a of ix.nodeAxes[x.node]!) d.exerciseUntil[a] = Math.max(d.exerciseUntil[a]!, d.day + r.exerciseCredibilityDays);
    log.push({ t: 'exercised', day: d.day, node: ix.level.nodes[x.node]!.id, formations: x.formations.map((fi) => d.formations[fi]!.id), certified });
  }
  d.exercises = running;
  d.prepo = d.prepo.map((p) => {
    if (p.daysLeft === 0) return p;
    if (p.daysLeft === 1) log.push({ t: 'prepoDone', day: d.day, node: ix.level.nodes[p.node]!.id });
    return { ...p, daysLeft: p.daysLeft - 1 };
  });
  for (let a = 0; a < d.plans.length; a++) {
    if (d.plans[a]! > 0) {
      d.plans[a] = d.plans[a]! - 1;
      if (d.plans[a] === 0) log.push({ t: 'planDone', day: d.day, axis: ix.level.axes[a]!.id });
    }
  }
  if (d.protocol > 0) {
    d.protocol -= 1;
    if (d.protocol === 0) log.push({ t: 'protocolDone', day: d.day });
  }
  if (d.munitions.some((m) => m <= d.day)) {
    const arrived = d.munitions.filter((m) => m <= d.day).length;
    d.munitions = d.munitions.filter((m) => m > d.day);
    d.resilience = Math.min(100, d.resilience + arrived * r.munitionsResilience);
    log.push({ t: 'munitions', day: d.day, resilience: d.resilience });
  }
}

/** A public commitment is kept the day its troops stand on the axis, broken if its day passes first. */
function checkCommitments(d: GameState, ix: LevelIndex, log: LogEntry[]): void {
  const r = ix.rules;
  d.commitments = d.commitments.map((c) => {
    if (c.state !== 'open') return c;
    const ready = readyOnAxis(d, ix, c.axis);
    const axis = ix.level.axes[c.axis]!.id;
    if (ready >= c.troops) {
      d.unity = Math.min(100, d.unity + r.commitKeptUnity);
      log.push({ t: 'commitment', day: d.day, axis, kept: true, ready, needed: c.troops });
      return { ...c, state: 'kept' };
    }
    if (d.day >= c.byDay) {
      d.unity = Math.max(0, d.unity - r.commitBrokenUnity);
      log.push({ t: 'commitment', day: d.day, axis, kept: false, ready, needed: c.troops });
      return { ...c, state: 'broken' };
    }
    return c;
  });
}

/**
 * High on the ladder, publics grow afraid and every nation's will erodes; unity drifts one point
 * a day toward the guarantors' average will, so a frightened coalition slowly comes apart.
 */
function settlePolitics(d: GameState, ix: LevelIndex, log: LogEntry[]): void {
  const r = ix.rules;
  if (d.ladder >= r.fearFromRung && r.fearWillPerDay > 0) {
    for (let i = 0; i < d.will.length; i++) d.will[i] = Math.max(0, d.will[i]! - r.fearWillPerDay);
    log.push({ t: 'fear', day: d.day, rung: d.ladder, amount: r.fearWillPerDay });
  }
  let sum = 0;
  for (const w of d.will) sum += w;
  const avg = Math.floor(sum / Math.max(1, d.will.length));
  if (d.unity < avg) d.unity += 1;
  else if (d.unity > avg) d.unity -= 1;
}

function startNextDay(d: GameState, ix: LevelIndex, log: LogEntry[]): void {
  d.day += 1;
  d.budget += ix.level.budget.perDay;
  d.airliftUsed = 0;
  // A command-and-control hit costs the coalition lead's pool first, then the others in turn.
  let penalty = d.staffPenalty;
  d.staffPenalty = 0;
  d.staffLeft = d.pools.map((p) => p.perDay);
  for (let i = 0; i < d.staffLeft.length && penalty > 0; i++) {
    const take = Math.min(penalty, d.staffLeft[i]!);
    d.staffLeft[i] = d.staffLeft[i]! - take;
    penalty -= take;
  }
  if (d.surge && d.surge.until < d.day) d.surge = null;
  // Bookings of days gone by are dropped so the rail calendars stay short.
  for (let i = 0; i < d.railLoads.length; i++) {
    const loads = d.railLoads[i]!;
    if (loads.length && loads[0]! < d.day) {
      let k = 0;
      while (k < loads.length && loads[k]! < d.day) k += 2;
      d.railLoads[i] = loads.slice(k);
    }
  }
  d.losses = d.losses.filter((l) => l.until >= d.day);
  d.supportCuts = d.supportCuts.filter((c) => c.until >= d.day);
  revealEvents(d, ix, d.day, log);
}
