import { lazyDraft, own, sealDraft } from './draft';
import { copyFormation, replaceFormation } from './rules/lookups';
import { bookLoad, legDays } from './routes';
import { revealEvents, fireEvent } from './events';
import { redTurn } from './rules/moscow';
import { indexLevel, type LevelIndex } from './levelIndex';
import type { Level } from '../levels/schema';
import type { LogEntry } from './log';
import { crisisBreaks, settleOutcome } from './outcome';
import { tallyEntry } from './tally';
import { openRng } from './rng';
import { activeAllocations, poolFor, readyOnAxis } from './selectors';
import type { FormationState, GameState } from './state';

/**
 * End the day (docs/design.md section 2, steps 2–5): mobilisation, movement and exercises advance; the
 * day's events fire against deterrence; will, unity and the outcome are settled; the next day's
 * staff actions are issued. Returns a new state; the given one is not changed.
 */
export function endDay(s: GameState, level: Level): { state: GameState; log: LogEntry[] } {
  if (s.status !== 'playing') return { state: s, log: [] };
  const ix = indexLevel(level);
  // A lazy draft: only the arrays the day actually changes are copied (own()).
  const d = lazyDraft(s);
  const log: LogEntry[] = [];
  advanceFormations(d, ix, log);
  advanceExercises(d, ix, log);
  advancePlans(d, ix, log);
  checkCommitments(d, ix, log);

  crisisBreaks(d, ix, log);
  const rng = openRng(d.rng);
  for (let i = 0; i < d.events.length; i++) {
    const e = d.events[i]!;
    if (e.day > d.day) break; // events are sorted by day
    if (e.day === d.day && e.outcome === 0) fireEvent(d, ix, i, rng, log);
  }

  settlePolitics(d, ix, log);
  const figures = settleOutcome(d, ix, log, rng);
  d.rng = rng.state();
  log.push(tallyEntry(d, figures));
  if (d.status === 'playing') startNextDay(d, ix, log);
  return { state: sealDraft(d), log };
}

function advanceFormations(d: GameState, ix: LevelIndex, log: LogEntry[]): void {
  // Nations whose mobilisation is paused today, logged once each (a bit per nation: the schema allows 11).
  let paused = 0;
  for (let i = 0; i < d.formations.length; i++) {
    const f = d.formations[i]!;
    if (f.status === 'reserve') continue;
    const def = ix.formations[i]!;
    // Copied on the first change only: most formations are quiet on most days.
    let next: FormationState | null = null;
    if (f.status === 'mobilising') {
      if (d.will[def.nation]! < ix.rules.willPause) {
        if ((paused & (1 << def.nation)) === 0) {
          paused |= 1 << def.nation;
          log.push({ t: 'paused', day: d.day, nation: def.nationId, will: d.will[def.nation]! });
        }
      } else {
        const n = (next ??= copyFormation(f));
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
      } else if (f.legLeft > 1) {
        (next ??= copyFormation(f)).legLeft -= 1;
      } else {
        const n = (next ??= copyFormation(f));
        n.node = leg.to;
        const rest = f.route.length > 1 ? f.route.slice(1) : null;
        if (rest) {
          // The next leg begins tomorrow: settle its days now, booking its rail line if it has one.
          const nextLeg = rest[0]!;
          const booked: Array<[number, number, number]> = [];
          const days = legDays(ix, nextLeg.link, d.day + 1, def.strength, d.railLoads[nextLeg.link]!, booked);
          if (booked.length) {
            const loads = own(d, 'railLoads');
            for (const [li, day, troops] of booked) loads[li] = bookLoad(loads[li]!, day, troops);
          }
          rest[0] = { link: nextLeg.link, to: nextLeg.to, days };
          n.route = rest;
          n.legLeft = days;
        } else {
          n.route = null;
          n.legLeft = 0;
          n.status = 'ready';
          log.push({ t: 'arrived', day: d.day, formation: def.id, node: ix.level.nodes[leg.to]!.id, equipped: n.equipDays <= 1 });
        }
      }
    }
    if (f.equipDays > 0) {
      const n = (next ??= copyFormation(f));
      n.equipDays -= 1;
      if (n.equipDays === 0 && n.status === 'ready' && f.status === 'ready') log.push({ t: 'equipped', day: d.day, formation: def.id });
    }
    if (f.busyDays > 0) (next ??= copyFormation(f)).busyDays -= 1;
    if (f.disruptedDays > 0) (next ??= copyFormation(f)).disruptedDays -= 1;
    if (next) own(d, 'formations')[i] = next;
  }
  for (const fi of activeAllocations(d, ix, 'training')) {
    const f = d.formations[fi]!;
    if (f.status !== 'reserve' && f.interop < 100) replaceFormation(d, fi, { interop: Math.min(100, f.interop + ix.rules.trainingPerDay) });
  }
}

/** Exercises that end today raise interoperability, certify the core and show on their axes. */
function advanceExercises(d: GameState, ix: LevelIndex, log: LogEntry[]): void {
  const r = ix.rules;
  if (d.exercises.length === 0) return;
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
      replaceFormation(d, fi, { interop: Math.min(100, f.interop + r.exerciseInterop), certified: f.certified || hr });
      if (hr) certified.push(f.id);
    }
    // Visible for exerciseCredibilityDays days, the day it ends included.
    for (const a of ix.nodeAxes[x.node]!) own(d, 'exerciseUntil')[a] = Math.max(d.exerciseUntil[a]!, d.day + r.exerciseCredibilityDays - 1);
    log.push({ t: 'exercised', day: d.day, node: ix.level.nodes[x.node]!.id, formations: x.formations.map((fi) => d.formations[fi]!.id), certified });
  }
  d.exercises = running;
}

/** Pre-positioned stocks, plans, the protocol and munitions programmes move a day closer. */
function advancePlans(d: GameState, ix: LevelIndex, log: LogEntry[]): void {
  const r = ix.rules;
  if (d.prepo.some((p) => p.daysLeft > 0)) d.prepo = d.prepo.map((p) => {
    if (p.daysLeft === 0) return p;
    if (p.daysLeft === 1) log.push({ t: 'prepoDone', day: d.day, node: ix.level.nodes[p.node]!.id });
    return { ...p, daysLeft: p.daysLeft - 1 };
  });
  for (let a = 0; a < d.plans.length; a++) {
    if (d.plans[a]! > 0) {
      own(d, 'plans')[a] = d.plans[a]! - 1;
      if (d.plans[a] === 0) log.push({ t: 'planDone', day: d.day, axis: ix.level.axes[a]!.id });
    }
  }
  if (d.protocol > 0) {
    d.protocol -= 1;
    if (d.protocol === 0) log.push({ t: 'protocolDone', day: d.day });
  }
  if (d.euroLift > 0) {
    d.euroLift -= 1;
    if (d.euroLift === 0) log.push({ t: 'euroLift', day: d.day });
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
  if (!d.commitments.some((c) => c.state === 'open')) return;
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
    const will = own(d, 'will');
    for (let i = 0; i < will.length; i++) will[i] = Math.max(0, will[i]! - r.fearWillPerDay);
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
  const staff = d.pools.map((p) => p.perDay);
  const lead = Math.max(0, poolFor(d, 'lead'));
  const order = [lead, ...staff.map((_, i) => i).filter((i) => i !== lead)];
  for (const i of order) {
    if (penalty <= 0) break;
    const take = Math.min(penalty, staff[i]!);
    staff[i] = staff[i]! - take;
    penalty -= take;
  }
  d.staffLeft = staff;
  if (d.surge && d.surge.until < d.day) d.surge = null;
  // Bookings of days gone by are dropped so the rail calendars stay short.
  for (let i = 0; i < d.railLoads.length; i++) {
    const loads = d.railLoads[i]!;
    if (loads.length && loads[0]! < d.day) {
      let k = 0;
      while (k < loads.length && loads[k]! < d.day) k += 2;
      own(d, 'railLoads')[i] = loads.slice(k);
    }
  }
  if (d.losses.some((l) => l.until < d.day)) d.losses = d.losses.filter((l) => l.until >= d.day);
  if (d.supportCuts.some((c) => c.until < d.day)) d.supportCuts = d.supportCuts.filter((c) => c.until >= d.day);
  // Moscow's pressure budget is weekly (weeks begin on days 1, 8, 15...); then it plays its turn.
  if ((d.day - 1) % 7 === 0) d.redSpent = 0;
  redTurn(d, ix, d.day - 1);
  revealEvents(d, ix, d.day, log);
}
