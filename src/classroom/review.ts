/**
 * The after-action review's figures, computed from a game's log alone (docs/design.md section 2, step 5: the
 * debrief is built from the log). The same function serves the game in progress (the session's
 * log) and an imported replay (the log its replay produces): tests/classroom/review.test.ts proves
 * the two agree, and that every figure equals the engine's own selectors on the replayed states.
 * Pure: no DOM, no language. The interface words it in the current language.
 */
import {
  closingFigures, indexLevel, MILESTONE_IDS, newGame, type Command, type Contest, type Credibility, type EffectFact, type EndReason, type LogEntry,
  type MilestoneId, type OrderDetail, type Pressure, type Resolve, type Role,
} from '../engine';
import type { Level } from '../levels/schema';

/** The closing figures of one day (day 0: the start of the game). */
export interface DayFigures {
  day: number;
  ready: number;
  core: number;
  ladder: number;
  unity: number;
  resilience: number;
  /** per nation of the level, in level order */
  will: number[];
  /** per axis of the level, in level order */
  credibility: number[];
  /** events decided that day */
  deterred: number;
  landed: number;
}

/** One of Moscow's events as it was decided: the deciding numbers, term by term, and what followed. */
export interface EventRow {
  day: number;
  /** the card's id in the level's deck */
  card: string;
  axis: string;
  /** played by the facilitator (an inject order that day) */
  injected: boolean;
  deterrable: boolean;
  deterred: boolean;
  blunted: boolean;
  /** the kind of pressure, which decides which terms answered it */
  pressure: Pressure;
  /** the coalition's answer to that kind of pressure, term by term */
  credibility: Contest;
  resolve: Resolve;
  /** credibility minus resolve: ≥ 0 deterred (ties go to the coalition) */
  margin: number;
  effects: EffectFact[];
  /** the escalation ladder's move the event caused, if any */
  ladder: { from: number; to: number } | null;
}

/** An order and the log entries it led to (an arrival, the end of an exercise, an event...). */
export interface Decision {
  kind: 'order';
  day: number;
  role: Role;
  cmd: Command;
  cost: number;
  detail: OrderDetail;
  consequences: LogEntry[];
}

/** An event in the decision log, with its effects and the ladder's move. */
export interface EventDecision {
  kind: 'event';
  day: number;
  event: EventRow;
  consequences: LogEntry[];
}

export interface ReviewNote { day: number; text: string }

export interface Review {
  level: string;
  par: number;
  /** the last day allowed, after any extension by the facilitator */
  deadline: number;
  troopsNeeded: number;
  coreNeeded: number;
  unityFloor: number;
  /** day 0 (the start), then one entry per day that ended */
  days: DayFigures[];
  events: EventRow[];
  /** orders and events in the order they happened */
  log: Array<Decision | EventDecision>;
  /** the day each milestone was reached, or null */
  milestones: Record<MilestoneId, number | null>;
  outcome: { status: 'playing' | 'won' | 'lost'; reason: EndReason | null; day: number; readinessDay: number | null };
  notes: ReviewNote[];
}

type Entry<T extends LogEntry['t']> = Extract<LogEntry, { t: T }>;

/**
 * The figures of day 0: the engine's closing figures of the game's starting state. The starting
 * forces do not depend on the seed (only the events do), so any seed gives the same figures.
 */
export function startFigures(level: Level): DayFigures {
  const ix = indexLevel(level);
  const s = newGame(level, 'day-0');
  const f = closingFigures(s, ix);
  return {
    day: 0, ready: f.ready, core: f.core, ladder: s.ladder, unity: s.unity, resilience: s.resilience,
    will: [...s.will], credibility: f.credibility, deterred: 0, landed: 0,
  };
}

export function reviewFromLog(level: Level, log: readonly LogEntry[], notes: readonly ReviewNote[] = []): Review {
  const days: DayFigures[] = [startFigures(level)];
  const events: EventRow[] = [];
  const milestones = Object.fromEntries(MILESTONE_IDS.map((id) => [id, null])) as Record<MilestoneId, number | null>;
  let deadline = level.deadline;
  let outcome: Review['outcome'] = { status: 'playing', reason: null, day: 1, readinessDay: null };
  const decided = new Map<number, { deterred: number; landed: number }>();
  const injected = new Set<string>();

  log.forEach((e, i) => {
    switch (e.t) {
      case 'order':
        if (e.cmd.type === 'extend') deadline += e.cmd.days;
        if (e.cmd.type === 'inject') injected.add(`${e.day}:${e.cmd.card}`);
        break;
      case 'event': {
        const count = decided.get(e.day) ?? { deterred: 0, landed: 0 };
        if (e.deterred) count.deterred++;
        else count.landed++;
        decided.set(e.day, count);
        events.push({
          day: e.day, card: e.card, axis: e.axis, injected: injected.has(`${e.day}:${e.card}`), deterrable: e.deterrable,
          deterred: e.deterred, blunted: e.blunted, pressure: e.pressure, credibility: e.credibility, resolve: e.resolve,
          margin: e.credibility.total - e.resolve.total, effects: e.effects, ladder: ladderCausedBy(log, i, e),
        });
        break;
      }
      case 'milestone':
        if (milestones[e.id] === null) milestones[e.id] = e.day;
        break;
      // The readiness day is the day the force stood up (when the guarantee test was set), not the end.
      case 'test':
        outcome = { ...outcome, readinessDay: e.day };
        break;
      case 'end':
        outcome = { status: e.status, reason: e.reason, day: e.day, readinessDay: outcome.readinessDay };
        break;
      case 'tally': {
        const c = decided.get(e.day) ?? { deterred: 0, landed: 0 };
        days.push({
          day: e.day, ready: e.ready, core: e.core, ladder: e.ladder, unity: e.unity, resilience: e.resilience,
          will: [...e.will], credibility: [...e.credibility], deterred: c.deterred, landed: c.landed,
        });
        if (outcome.status === 'playing') outcome = { ...outcome, day: e.day + 1 };
        break;
      }
      default:
        break;
    }
  });

  return {
    level: level.id,
    par: level.par,
    deadline,
    troopsNeeded: level.win.troops,
    coreNeeded: level.win.core,
    unityFloor: level.unityFloor,
    days,
    events,
    log: decisionLog(log, events, new Map(level.deck.map((c) => [c.id, c.network ?? '']))),
    milestones,
    outcome,
    notes: notes.map((n) => ({ day: n.day, text: n.text })),
  };
}

/** The ladder entry an event caused: the next one that day naming its card. */
function ladderCausedBy(log: readonly LogEntry[], at: number, e: Entry<'event'>): { from: number; to: number } | null {
  for (let k = at + 1; k < log.length; k++) {
    const x = log[k]!;
    if (x.day !== e.day) break;
    if (x.t === 'ladder' && x.cause.params.card === e.card) return { from: x.from, to: x.to };
  }
  return null;
}

/** Orders and events in log order, each with the entries that followed from it. */
function decisionLog(log: readonly LogEntry[], events: readonly EventRow[], networks: ReadonlyMap<string, string>): Array<Decision | EventDecision> {
  const out: Array<Decision | EventDecision> = [];
  const claimed = new Set<number>();
  let ev = 0;
  log.forEach((e, i) => {
    if (e.t === 'order') {
      out.push({ kind: 'order', day: e.day, role: e.role, cmd: e.cmd, cost: e.cost, detail: e.detail, consequences: consequencesOf(log, i, e, claimed, networks) });
    } else if (e.t === 'event') {
      const row = events[ev++]!;
      const ladder: LogEntry[] = [];
      for (let k = i + 1; k < log.length && log[k]!.day === e.day; k++) {
        const x = log[k]!;
        if (x.t === 'ladder' && x.cause.params.card === e.card) { ladder.push(x); break; }
      }
      out.push({ kind: 'event', day: e.day, event: row, consequences: ladder });
    }
  });
  return out;
}

/**
 * What an order led to, found forward in the log: the formation's readiness after an activation,
 * its arrival (and equipment) after a move or an airlift, the end of an exercise, a stock or a
 * plan in place, a commitment kept or broken, a munitions delivery, the surge's risk roll, an
 * injected event; for an enabler, the first warning, intercept or blunted attack it brought.
 * Entries already linked to an earlier order of the same kind are not linked twice.
 */
function consequencesOf(log: readonly LogEntry[], at: number, o: Entry<'order'>, claimed: Set<number>, networks: ReadonlyMap<string, string>): LogEntry[] {
  const cmd = o.cmd;
  const found: LogEntry[] = [];
  const first = (match: (e: LogEntry) => boolean, sameDay = false): number => {
    for (let k = at + 1; k < log.length; k++) {
      const e = log[k]!;
      if (sameDay && e.day !== o.day) break;
      if (!claimed.has(k) && match(e)) return k;
    }
    return -1;
  };
  const take = (k: number) => {
    if (k < 0) return;
    claimed.add(k);
    found.push(log[k]!);
  };
  switch (cmd.type) {
    case 'activate': take(first((e) => e.t === 'ready' && e.formation === cmd.formation)); break;
    case 'move': case 'airlift': {
      const arrived = first((e) => e.t === 'arrived' && e.formation === cmd.formation);
      for (let k = at + 1; k < (arrived < 0 ? log.length : arrived); k++) {
        const e = log[k]!;
        if (e.t === 'held' && e.formation === cmd.formation) found.push(e);
      }
      take(arrived);
      const a = arrived >= 0 ? log[arrived]! : null;
      if (a?.t === 'arrived' && !a.equipped) {
        for (let k = arrived + 1; k < log.length; k++) {
          const e = log[k]!;
          if (e.t === 'equipped' && e.formation === cmd.formation) { take(k); break; }
        }
      }
      break;
    }
    case 'exercise': take(first((e) => e.t === 'exercised' && e.node === cmd.hub)); break;
    case 'preposition': take(first((e) => e.t === 'prepoDone' && e.node === cmd.hub)); break;
    case 'plan': take(first((e) => e.t === 'planDone' && e.axis === cmd.axis)); break;
    case 'protocol': take(first((e) => e.t === 'protocolDone')); break;
    case 'commit': take(first((e) => e.t === 'commitment' && e.axis === cmd.axis)); break;
    case 'surge': take(first((e) => e.t === 'surgeRisk', true)); break;
    case 'inject': {
      const k = first((e) => e.t === 'event' && e.card === cmd.card, true);
      take(k);
      if (k >= 0) take(first((e) => e.t === 'ladder' && e.cause.params.card === cmd.card, true));
      break;
    }
    case 'allocate':
      switch (cmd.enabler) {
        case 'munitions': take(first((e) => e.t === 'munitions')); break;
        case 'isr': take(first((e) => e.t === 'warning' && e.axis === cmd.axis && e.day > o.day)); break;
        case 'missileDefence': take(first((e) => e.t === 'event' && e.effects.some((f) => f.k === 'strike' && f.hub === cmd.hub && f.intercepted))); break;
        case 'cyber': take(first((e) => e.t === 'event' && e.blunted && networks.get(e.card) === cmd.network)); break;
        case 'training': break;
      }
      break;
    default: break;
  }
  return found;
}

