import { describe, expect, it } from 'vitest';
import { card, tinyLevel } from '../helpers/levelBuilder';
import { axisIx, endDays, entries, give, giveAll, lines, linesOf, rules, start, untilDay } from '../helpers/play';
import { credibilityOf, indexLevel, newGame, resolveRange, type GameState, type LogEntry } from '../../src/engine';
import type { LevelInput } from '../../src/levels/schema';

type EventEntry = Extract<LogEntry, { t: 'event' }>;

/** No troops staged anywhere: the East axis's credibility is its unity term alone. */
function bareLevel(cards: LevelInput['deck'], edit: (l: LevelInput) => void = () => {}) {
  return tinyLevel((l) => { l.deck = cards; edit(l); });
}

function fire(L: ReturnType<typeof bareLevel>, s: GameState, day: number): { state: GameState; event: EventEntry; log: LogEntry[] } {
  const r = untilDay(s, L, day + 1);
  const event = entries(r.log, 'event')[0]!;
  return { state: r.state, event, log: r.log };
}

describe('deterrence: credibility against resolve', () => {
  it('credibility ≥ resolve deters (ties go to the coalition); one point more resolve and it lands', () => {
    const probe = bareLevel([]);
    const cred = credibilityOf(start(probe), indexLevel(probe), axisIx(probe, 'east')).total;
    expect(cred).toBeGreaterThan(0);
    const tie = bareLevel([card('tie', { severity: cred, window: [2, 2], effect: { unity: -10 } })]);
    const t = fire(tie, start(tie), 2);
    expect(t.event).toMatchObject({ deterred: true, deterrable: true, effects: [] });
    expect(t.event.credibility.total).toBe(t.event.resolve.total);
    expect(lines([t.event], tie)).toEqual([`Card tie — DETERRED (credibility ${cred} vs resolve ${cred}).`]);
    expect(t.state.deterred).toBe(1);
    expect(t.state.events[0]).toMatchObject({ outcome: 1, credibility: cred, resolve: cred, revealed: true });

    const over = bareLevel([card('over', { severity: cred + 1, window: [2, 2], effect: { unity: -10 } })]);
    const o = fire(over, start(over), 2);
    expect(o.event).toMatchObject({ deterred: false, effects: [{ k: 'unity', from: 70, to: 60 }] });
    expect(lines([o.event], over)).toEqual([`Card over — NOT DETERRED (credibility ${cred} vs resolve ${cred + 1}). Unity 70 → 60.`]);
    expect(o.state.landed).toBe(1);
    expect(o.state.events[0]).toMatchObject({ outcome: 2 });
  });

  it('the event log records both sides of the comparison, every term of each', () => {
    // Every credibility term switched on at the East hub, and every resolve term non-zero.
    const L = tinyLevel((l) => {
      l.nations[0]!.home = 'rzeszow';
      l.nations[1]!.home = 'rzeszow';
      for (const n of l.nations) for (const x of n.roster) x.start = 'ready';
      // a core big enough to weigh on any reasonable credibility scale
      l.nations[0]!.roster[0]!.strength = 5000;
      l.nations[1]!.roster[0]!.strength = 5000;
      l.start = { unity: 80, ladder: 1, resilience: 20 };
      l.nations.forEach((n) => { n.will = 80; });
      l.budget.start = 10;
      l.rules = { ...l.rules, surgeRiskPercent: 0, randomResolve: 9, resolveGrowthDays: 2 };
      l.deck = [card('big', { kind: 'buildup', severity: 70, window: [4, 4], warning: 0 })];
    });
    const R = rules(L);
    const ix = indexLevel(L);
    const east = axisIx(L, 'east');
    let s = giveAll(start(L), L, [
      { type: 'exercise', hub: 'rzeszow' }, { type: 'plan', axis: 'east' }, { type: 'preposition', hub: 'rzeszow' },
    ]);
    s = giveAll(endDays(s, L, 1).state, L, [
      { type: 'protocol' }, { type: 'allocate', enabler: 'isr', axis: 'east' },
      { type: 'allocate', enabler: 'missileDefence', hub: 'rzeszow' }, { type: 'commit', axis: 'east' },
    ]);
    s = give(untilDay(s, L, 4).state, L, { type: 'surge', axis: 'east' }).state;
    const expected = credibilityOf(s, ix, east);
    const { event, state } = fire(L, s, 4);
    const c = event.credibility;
    expect(c).toEqual(expected); // nothing changes between the orders and the event on day 4
    expect(c).toMatchObject({
      isr: R.isrCredibility, batteries: R.batteryCredibility, surge: R.surgeCredibility, exercise: R.exerciseCredibility,
      prepo: R.prepoCredibility, plan: R.planCredibility, protocol: R.protocolCredibility, commitment: R.commitCredibility,
    });
    expect(c.troops).toBeGreaterThan(0);
    expect(c.core).toBeGreaterThan(0);
    expect(c.unity).toBeGreaterThan(0);
    const terms = Object.entries(c).filter(([k]) => k !== 'total');
    expect(terms.every(([, v]) => v !== 0)).toBe(true);
    expect(c.total).toBe(terms.reduce((a, [, v]) => a + v, 0));

    const r = event.resolve;
    expect(r.severity).toBe(70);
    expect(r.ladder).toBe(1 * R.ladderResolve);
    expect(r.time).toBe(Math.floor(4 / R.resolveGrowthDays));
    expect(r.resilience).toBe(Math.floor(20 / R.resilienceDivisor));
    expect(r.roll).toBeGreaterThanOrEqual(0);
    expect(r.roll).toBeLessThanOrEqual(R.randomResolve);
    expect(r.total).toBe(r.severity + r.ladder + r.time + r.roll - r.resilience);
    expect(event.deterred).toBe(c.total >= r.total);
    expect(state.events[0]).toMatchObject({ credibility: c.total, resolve: r.total });
  });

  it('the seeded roll stays within the intel estimate and repeats with the seed', () => {
    const L = bareLevel([card('x', { severity: 20, window: [2, 2] })], (l) => { l.rules = { ...l.rules, randomResolve: 12 }; });
    const ix = indexLevel(L);
    const range = resolveRange(start(L), ix, 20);
    expect(range).toEqual({ min: 20, max: 32 });
    const rolls = new Set<number>();
    for (let i = 0; i < 30; i++) {
      const a = fire(L, newGame(L, `roll-${i}`), 2).event;
      const b = fire(L, newGame(L, `roll-${i}`), 2).event;
      expect(b).toEqual(a);
      expect(a.resolve.total).toBeGreaterThanOrEqual(range.min);
      expect(a.resolve.total).toBeLessThanOrEqual(range.max);
      rolls.add(a.resolve.roll);
    }
    expect(rolls.size).toBeGreaterThan(3);
  });

  it('a deterred event raises unity by one', () => {
    const L = bareLevel([card('small', { severity: 0, window: [1, 1] })], (l) => { l.start.unity = 60; l.nations.forEach((n) => { n.will = 61; }); });
    const r = endDays(start(L), L, 1);
    expect(entries(r.log, 'event')[0]!.deterred).toBe(true);
    expect(r.state.unity).toBe(60 + 1); // +1 deterred; drift: 61 is the average will, so it holds
  });
});

describe('the escalation ladder', () => {
  const ladderOf = (cards: LevelInput['deck'], startRung = 0) => bareLevel(cards, (l) => { l.start.ladder = startRung; });

  it('an undeterred probe climbs a rung, plus any rungs of its own; gray-zone pressure stops at its cap', () => {
    const R = rules(ladderOf([]));
    const gray = ladderOf([card('g1', { severity: R.militarySeverity - 1, window: [1, 1] }), card('g2', { severity: R.militarySeverity - 1, window: [2, 2], effect: { ladder: 2 } })]);
    const d1 = endDays(start(gray), gray, 1);
    expect(d1.state.ladder).toBe(1);
    expect(entries(d1.log, 'ladder')).toMatchObject([{ t: 'ladder', day: 1, from: 0, to: 1 }]);
    expect(linesOf(d1.log, gray, 'ladder')[0]).toMatch(/^Escalation rises to .* \(Card g1\)\.$/);
    const d2 = endDays(d1.state, gray, 1);
    expect(d2.state.ladder).toBe(R.grayZoneLadderCap);
    const mil = ladderOf([card('m', { kind: 'buildup', severity: R.militarySeverity + 40, window: [1, 1], effect: { ladder: 1 } })], 2);
    const m = endDays(start(mil), mil, 1);
    expect(m.state.ladder).toBe(2 + 1 + 1);
    expect(m.state.peakLadder).toBe(4);
    expect(entries(m.log, 'ladder')[0]).toMatchObject({ from: 2, to: 4 });
    expect(linesOf(m.log, mil, 'ladder')[0]).toMatch(/\(Card m\)\.$/);
  });

  it('a deterred military event steps the ladder down a rung; a deterred gray-zone one leaves it', () => {
    const R = rules(ladderOf([]));
    const rung2 = (l: LevelInput) => { l.start.ladder = 2; l.rules = { ...l.rules, surgeRiskPercent: 0 }; };
    const mil = bareLevel([card('m', { kind: 'snapExercise', severity: R.militarySeverity, window: [1, 1] })], rung2);
    // With the surge the East axis out-credits severity + 2 rungs of resolve.
    expect(credibilityOf(give(start(mil), mil, { type: 'surge', axis: 'east' }).state, indexLevel(mil), 0).total).toBeGreaterThanOrEqual(R.militarySeverity + 2 * R.ladderResolve);
    const s = give(start(mil), mil, { type: 'surge', axis: 'east' }).state;
    const dm = endDays(s, mil, 1);
    expect(entries(dm.log, 'event')[0]!.deterred).toBe(true);
    expect(dm.state.ladder).toBe(1);
    expect(entries(dm.log, 'ladder')).toMatchObject([{ from: 2, to: 1 }]);
    expect(linesOf(dm.log, mil, 'ladder')[0]).toMatch(/^Escalation eases to .* \(Card m deterred\)\.$/);
    expect(dm.state.peakLadder).toBe(2);
    const gray = bareLevel([card('g', { severity: 0, window: [1, 1] })], rung2);
    const dg = endDays(give(start(gray), gray, { type: 'surge', axis: 'east' }).state, gray, 1);
    expect(entries(dg.log, 'event')[0]!.deterred).toBe(true);
    expect(dg.state.ladder).toBe(2);
  });

  it('a non-deterrable card lands whatever the credibility and climbs only the rungs it names', () => {
    const L = bareLevel([card('fund', { kind: 'funding', severity: 0, deterrable: false, window: [1, 1], effect: { unity: -5 } })]);
    const s = give(start(L), L, { type: 'surge', axis: 'east' }).state;
    const r = endDays(s, L, 1);
    const ev = entries(r.log, 'event')[0]!;
    expect(ev.credibility.total).toBeGreaterThan(ev.resolve.total);
    expect(ev).toMatchObject({ deterrable: false, deterred: false, effects: [{ k: 'unity', from: s.unity, to: s.unity - 5 }] });
    expect(lines([ev], L)[0]).toBe(`Card fund: not something deterrence can stop. Unity ${s.unity} → ${s.unity - 5}.`);
    expect(r.state.ladder).toBe(s.ladder);
  });

  it('from fearFromRung up, every guarantor\'s will erodes by fearWillPerDay each day', () => {
    const R = rules(ladderOf([]));
    const L = ladderOf([], R.fearFromRung);
    const r = endDays(start(L), L, 2);
    expect(r.state.will).toEqual([70 - 2 * R.fearWillPerDay, 70 - 2 * R.fearWillPerDay, 70 - 2 * R.fearWillPerDay]);
    expect(entries(r.log, 'fear')).toEqual([1, 2].map((day) => ({ t: 'fear', day, rung: R.fearFromRung, amount: R.fearWillPerDay })));
    const calm = ladderOf([], R.fearFromRung - 1);
    expect(endDays(start(calm), calm, 2).state.will).toEqual([70, 70, 70]);
  });

  it('ladder and fear lines name the rung in words (docs/design.md section 6: gray zone → … → war)', () => {
    const R = rules(ladderOf([]));
    const gray = ladderOf([card('g1', { severity: R.militarySeverity - 1, window: [1, 1] })]);
    expect(linesOf(endDays(start(gray), gray, 1).log, gray, 'ladder')).toEqual(['Escalation rises to coercion (Card g1).']);
    const L = ladderOf([], R.fearFromRung);
    expect(linesOf(endDays(start(L), L, 1).log, L, 'fear')).toEqual([`Fear spreads at the strikes rung: every guarantor's will −${R.fearWillPerDay}.`]);
  });

  it('each rung adds ladderResolve to Moscow\'s resolve', () => {
    const R = rules(ladderOf([]));
    for (const rung of [0, 1, 3]) {
      const L = ladderOf([card('x', { severity: 50, window: [1, 1] })], rung);
      const ev = entries(endDays(start(L), L, 1).log, 'event')[0]!;
      expect(ev.resolve.ladder).toBe(rung * R.ladderResolve);
      expect(ev.resolve.total).toBe(50 + rung * R.ladderResolve);
    }
  });
});

describe('event effects', () => {
  it('will of the target nation, delays of mobilisation, resilience', () => {
    const L = bareLevel([
      card('dis', { kind: 'disinformation', target: 'DE', severity: 80, window: [1, 1], effect: { will: { nation: 'target', amount: -9 }, resilience: -3 } }),
      card('delay', { kind: 'delay', severity: 80, window: [1, 1], effect: { delay: { nation: 'PL', days: 3 } } }),
    ], (l) => { l.start.resilience = 10; });
    const s = giveAll(start(L), L, [{ type: 'activate', formation: 'pl-bde' }, { type: 'activate', formation: 'de-hr' }]);
    const r = endDays(s, L, 1);
    const [dis, delay] = entries(r.log, 'event');
    expect(dis!.effects).toEqual([{ k: 'will', nation: 'DE', from: 70, to: 61 }, { k: 'resilience', from: 10, to: 7 }]);
    expect(delay!.effects).toEqual([{ k: 'delay', nations: ['PL'], days: 3, formations: 1 }]);
    expect(lines([delay!], L)[0]).toContain('Mobilisation of Poland delayed 3 day(s) (1 formation(s)).');
    expect(r.state.formations[1]!.countdown).toBe(4 - 1 + 3);
    expect(r.state.formations[2]!.countdown).toBe(3 - 1);
  });

  it('events scheduled by the seed fire on a day of their window; a 0% card never, a 100% card always', () => {
    const L = bareLevel([
      card('never', { chance: 0, window: [2, 5] }),
      card('always', { chance: 100, window: [2, 5] }),
    ]);
    const days = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const s = newGame(L, `w${i}`);
      expect(s.events.map((e) => L.deck[e.card]!.id)).toEqual(['always']);
      expect(s.events[0]!.day).toBeGreaterThanOrEqual(2);
      expect(s.events[0]!.day).toBeLessThanOrEqual(5);
      days.add(s.events[0]!.day);
    }
    expect(days.size).toBeGreaterThan(1);
  });
});
