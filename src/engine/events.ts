import type { Card } from '../levels/schema';
import { resolveOf } from './credibility';
import { contestOf, pressureOf } from './contest';
import type { LevelIndex } from './levelIndex';
import { stepLadder } from './ladder';
import type { EffectFact, LogEntry } from './log';
import type { Rng } from './rng';
import { activeAllocations } from './selectors';
import type { GameState } from './state';
import { own } from './draft';
import { replaceFormation } from './rules/lookups';


/** Days of warning an event gets on its axis: its own plus ISR's if ISR watches the axis; without
 *  ISR only a fraction of its own (intelligence is what turns Moscow's preparations into warning). */
export function warningDays(s: GameState, ix: LevelIndex, card: Card, isrAxes = activeAllocations(s, ix, 'isr')): number {
  const ai = ix.axis.get(card.axis) ?? -1;
  return isrAxes.includes(ai) ? card.warning + ix.rules.isrWarningDays : Math.floor(card.warning / ix.rules.blindWarningDivisor);
}

/** Reveal the events the coalition now knows about: seen on the day `day`, fired later. */
export function revealEvents(d: GameState, ix: LevelIndex, day: number, log: LogEntry[]): void {
  const isrAxes = activeAllocations(d, ix, 'isr');
  for (let i = 0; i < d.events.length; i++) {
    const e = d.events[i]!;
    if (e.revealed || e.outcome !== 0) continue;
    const card = ix.level.deck[e.card]!;
    if (e.day - warningDays(d, ix, card, isrAxes) <= day) {
      own(d, 'events')[i] = { card: e.card, day: e.day, revealed: true, outcome: e.outcome, credibility: e.credibility, resolve: e.resolve };
      log.push({ t: 'warning', day, event: i, card: card.id, fires: e.day, axis: card.axis });
    }
  }
}

/**
 * Resolve one event by the contest of its kind of pressure (contest.ts; docs/design.md section 6): the coalition's answer
 * to that kind on its axis against Moscow's resolve (severity + ladder + time + a seeded roll +
 * provocation). Ties go to the coalition. Not deterred, its effects land, blunted by a cyber team
 * on its network or intercepted by a battery at the hub it strikes. Only military pressure climbs
 * the ladder past "crisis"; gray-zone pressure climbs at most to it; political pressure costs
 * will, unity and staff time but no rung.
 */
export function fireEvent(d: GameState, ix: LevelIndex, ei: number, rng: Rng, log: LogEntry[]): void {
  const e = d.events[ei]!;
  const card = ix.level.deck[e.card]!;
  const axis = ix.axis.get(card.axis)!;
  const contest = contestOf(d, ix, card, axis);
  const roll = rng.int(ix.rules.randomResolve + 1);
  const resolve = resolveOf(d, ix, card.severity, roll, axis);
  const deterred = card.deterrable && contest.total >= resolve.total;
  const blunted = !deterred && bluntedNow(d, ix, card);
  const effects: EffectFact[] = [];
  const pressure = contest.pressure;
  const entry: LogEntry = {
    t: 'event', day: d.day, event: ei, card: card.id, axis: card.axis, pressure, deterrable: card.deterrable, deterred,
    blunted, credibility: contest, resolve, effects,
  };
  log.push(entry);
  own(d, 'events')[ei] = { card: e.card, day: e.day, revealed: true, outcome: deterred ? 1 : 2, credibility: contest.total, resolve: resolve.total };
  if (deterred) {
    d.deterred += 1;
    d.unity = Math.min(100, d.unity + 1);
    if (pressure === 'military') stepLadder(d, -1, { key: 'ladderDeterred', params: { card: card.id, pressure } }, log);
    return;
  }
  landEvent(d, ix, ei, blunted, effects, log);
}

/**
 * What an event that was not deterred does: its card's effects (blunted by a cyber team on its
 * network), staff tied up by political pressure, and the ladder's rungs. fireEvent lands events
 * with it, and the threat cards' landing cost (select/landingCost.ts) plays it on a copy, so
 * both read the one rule.
 */
export function landEvent(d: GameState, ix: LevelIndex, ei: number, blunted: boolean, effects: EffectFact[], log: LogEntry[]): void {
  const e = d.events[ei]!;
  const card = ix.level.deck[e.card]!;
  const pressure = pressureOf(card);
  d.landed += 1;
  applyEffects(d, ix, e.card, blunted, effects);
  if (pressure === 'political') {
    // Political pressure that lands ties the staff up in answering it.
    if (card.deterrable && ix.rules.politicalStaff > 0) {
      d.staffPenalty += ix.rules.politicalStaff;
      effects.push({ k: 'staff', amount: ix.rules.politicalStaff });
    }
    return;
  }
  // A probe that is not deterred emboldens Moscow, so the ladder steps up a rung; heavy cards add
  // rungs of their own. Gray-zone pressure can push the ladder only to its cap ("crisis").
  // A strike that no battery intercepts and that hits the guarantors' troops at the hub is an
  // escalation of its own: casualties among the coalition's soldiers.
  const hit = effects.some((f) => f.k === 'strike' && !f.intercepted && f.formations.length > 0);
  const rungs = (card.deterrable ? 1 : 0) + (card.effect.ladder ?? 0) + (hit ? ix.rules.strikeLadder : 0);
  const cap = pressure === 'grayZone' ? ix.rules.grayZoneLadderCap : Infinity;
  const by = Math.min(rungs, Math.max(0, cap - d.ladder));
  if (by > 0) stepLadder(d, by, { key: 'ladderCard', params: { card: card.id, pressure } }, log);
}

/** Whether an event landing now is blunted: a cyber team guards the network its card hits. */
export function bluntedNow(s: GameState, ix: LevelIndex, card: Card): boolean {
  const netIndex = card.network === undefined ? -1 : ix.networkIndex.get(card.network)!;
  return netIndex >= 0 && activeAllocations(s, ix, 'cyber').includes(netIndex);
}

const half = (n: number, blunted: boolean) => (blunted ? Math.ceil(n / 2) : n);

function nationsHit(ix: LevelIndex, card: Card, who: string): number[] {
  if (who === 'all') return ix.level.nations.map((_, i) => i);
  const id = who === 'target' ? card.target : who;
  const ni = id === undefined ? undefined : ix.nation.get(id);
  return ni === undefined ? [] : [ni];
}

function applyEffects(d: GameState, ix: LevelIndex, cardIndex: number, blunted: boolean, out: EffectFact[]): void {
  const card = ix.level.deck[cardIndex]!;
  const fx = card.effect;
  const day = d.day;
  if (fx.will) {
    for (const ni of nationsHit(ix, card, fx.will.nation)) {
      const from = d.will[ni]!;
      const to = Math.max(0, Math.min(100, from + half(fx.will.amount, blunted)));
      own(d, 'will')[ni] = to;
      out.push({ k: 'will', nation: ix.level.nations[ni]!.id, from, to });
    }
  }
  if (fx.unity) {
    const from = d.unity;
    d.unity = Math.max(0, Math.min(100, from + half(fx.unity, blunted)));
    out.push({ k: 'unity', from, to: d.unity });
  }
  if (fx.cut) {
    const until = day + half(fx.cut.days, blunted);
    const links = ix.cardCuts[cardIndex]!;
    const cuts = own(d, 'linkCutUntil');
    for (const li of links) cuts[li] = Math.max(cuts[li]!, until);
    if (links.length) out.push({ k: 'cut', links: links.map((li) => ix.level.links[li]!.id), until });
  }
  if (fx.enabler) {
    const until = day + half(fx.enabler.days, blunted);
    own(d, 'losses').push({ kind: fx.enabler.kind, amount: fx.enabler.amount, until });
    out.push({ k: 'enabler', kind: fx.enabler.kind, amount: fx.enabler.amount, until });
  }
  if (fx.strike) {
    const hub = ix.node.get(fx.strike.hub)!;
    const intercepted = activeAllocations(d, ix, 'missileDefence').includes(hub);
    const until = day + fx.strike.days;
    const hit: string[] = [];
    let prepoLost = false;
    if (!intercepted) {
      for (let i = 0; i < d.formations.length; i++) {
        const f = d.formations[i]!;
        if (f.node === hub && (f.status === 'ready' || f.status === 'mobilising')) {
          replaceFormation(d, i, { disruptedDays: Math.max(f.disruptedDays, fx.strike.days) });
          hit.push(f.id);
        }
      }
      const before = d.prepo.length;
      d.prepo = d.prepo.filter((p) => p.node !== hub);
      prepoLost = d.prepo.length < before;
    }
    out.push({ k: 'strike', hub: fx.strike.hub, formations: hit, prepoLost, intercepted, until });
  }
  if (fx.delay) {
    const nations = nationsHit(ix, card, fx.delay.nation);
    const days = half(fx.delay.days, blunted);
    let count = 0;
    for (let i = 0; i < d.formations.length; i++) {
      const f = d.formations[i]!;
      if (f.status === 'mobilising' && nations.includes(ix.formations[i]!.nation)) {
        replaceFormation(d, i, { countdown: f.countdown + days });
        count++;
      }
    }
    out.push({ k: 'delay', nations: nations.map((n) => ix.level.nations[n]!.id), days, formations: count });
  }
  if (fx.staff) {
    const amount = half(fx.staff, blunted);
    d.staffPenalty += amount;
    out.push({ k: 'staff', amount });
  }
  if (fx.support) {
    const until = day + fx.support.days;
    own(d, 'supportCuts').push({ cut: fx.support.cut, until });
    out.push({ k: 'support', cut: fx.support.cut, until });
  }
  if (fx.resilience) {
    const from = d.resilience;
    d.resilience = Math.max(0, Math.min(100, from + fx.resilience));
    out.push({ k: 'resilience', from, to: d.resilience });
  }
}
