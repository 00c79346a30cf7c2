import { describe, expect, it } from 'vitest';
import { card, tinyLevel } from '../helpers/levelBuilder';
import { axisIx, endDays, entries, give, giveAll, lines, linesOf, rules, start, untilDay } from '../helpers/play';
import { contestOf, credibilityOf, eventOutlook, indexLevel, newGame, resolveRange, type GameState, type LogEntry } from '../../src/engine';
import type { LevelInput } from '../../src/levels/schema';

type EventEntry = Extract<LogEntry, { t: 'event' }>;

/** No troops staged anywhere (the tiny level: unity 70, every will 70, resilience 0). */
function bareLevel(cards: LevelInput['deck'], edit: (l: LevelInput) => void = () => {}) {
  return tinyLevel((l) => { l.deck = cards; edit(l); });
}

function fire(L: ReturnType<typeof bareLevel>, s: GameState, day: number): { state: GameState; event: EventEntry; log: LogEntry[] } {
  const r = untilDay(s, L, day + 1);
  const event = entries(r.log, 'event')[0]!;
  return { state: r.state, event, log: r.log };
}

const termsOf = (c: { terms: Array<{ term: string; value: number }> }) => Object.fromEntries(c.terms.map((t) => [t.term, t.value]));

describe('each kind of pressure meets its own contest', () => {
  it('political pressure is answered by unity, the target government\'s will, commitments and a summit — never by batteries, ISR or a surge', () => {
    const L = bareLevel([card('note', { kind: 'protest', target: 'DE', severity: 12, window: [3, 3] })], (l) => { l.rules = { ...l.rules, surgeRiskPercent: 0 }; });
    const R = rules(L);
    const ix = indexLevel(L);
    const c = L.deck[0]!;
    const east = axisIx(L, 'east');
    const s0 = start(L);
    const base = contestOf(s0, ix, c, east);
    expect(base.pressure).toBe('political');
    // unity 70 and Germany's will 70, over their divisors; no commitment, no summit yet
    expect(termsOf(base)).toEqual({ unity: Math.trunc(20 / R.unityDivisor), will: Math.trunc(20 / R.willDivisor), commitment: 0, summit: 0 });
    const military = giveAll(s0, L, [
      { type: 'allocate', enabler: 'missileDefence', hub: 'rzeszow' }, { type: 'allocate', enabler: 'isr', axis: 'east' }, { type: 'surge', axis: 'east' },
    ]);
    expect(contestOf(military, ix, c, east)).toEqual(base);
    const summit = give(s0, L, { type: 'summit' }).state;
    const withSummit = termsOf(contestOf(summit, ix, c, east));
    expect(withSummit.summit).toBe(R.summitCredibility);
    expect(withSummit.unity).toBe(Math.trunc((70 + R.summitUnity - 50) / R.unityDivisor));
    expect(withSummit.will).toBe(Math.trunc((70 + R.summitWill - 50) / R.willDivisor));
    const committed = termsOf(contestOf(give(s0, L, { type: 'commit', axis: 'east' }).state, ix, c, east));
    expect(committed.commitment).toBe(R.commitCredibility);
    const { event } = fire(L, summit, 3);
    expect(event.pressure).toBe('political');
    expect(event.credibility.terms.map((t) => t.term)).toEqual(['unity', 'will', 'commitment', 'summit']);
    expect(event.deterred).toBe(true);
  });

  it('gray-zone pressure is answered by resilience, a cyber team on its network, ISR attribution and the protocol', () => {
    const L = bareLevel([card('cy', { kind: 'cyber', network: 'rail', severity: 10, window: [6, 6] })], (l) => { l.start.resilience = 25; });
    const R = rules(L);
    const ix = indexLevel(L);
    const c = L.deck[0]!;
    const east = axisIx(L, 'east');
    const s0 = start(L);
    expect(termsOf(contestOf(s0, ix, c, east))).toEqual({ resilience: Math.floor(25 / R.resilienceDivisor), cyber: 0, isr: 0, protocol: 0 });
    // A battery and a surge answer a strike, not a cyber attack.
    const wrong = giveAll(s0, L, [{ type: 'allocate', enabler: 'missileDefence', hub: 'rzeszow' }, { type: 'commit', axis: 'east' }]);
    expect(contestOf(wrong, ix, c, east).total).toBe(Math.floor(25 / R.resilienceDivisor));
    let s = giveAll(s0, L, [{ type: 'allocate', enabler: 'cyber', network: 'rail' }, { type: 'allocate', enabler: 'isr', axis: 'east' }, { type: 'protocol' }]);
    s = untilDay(s, L, 1 + R.protocolDays).state;
    expect(termsOf(contestOf(s, ix, c, east))).toEqual({ resilience: Math.floor(25 / R.resilienceDivisor), cyber: R.cyberCredibility, isr: R.isrCredibility, protocol: R.protocolCredibility });
    const { event } = fire(L, s, 6);
    expect(event).toMatchObject({ pressure: 'grayZone', deterred: true });
  });

  it('military pressure is answered by ready troops, the core, batteries, the surge, plans, exercises and stocks — not by a summit', () => {
    const L = bareLevel([card('snap', { kind: 'snapExercise', severity: 10, window: [5, 5] })], (l) => {
      l.nations[0]!.home = 'rzeszow';
      for (const x of l.nations[0]!.roster) x.start = 'ready';
      l.budget.start = 10;
      l.rules = { ...l.rules, surgeRiskPercent: 0 };
    });
    const R = rules(L);
    const ix = indexLevel(L);
    const c = L.deck[0]!;
    const east = axisIx(L, 'east');
    const s0 = start(L);
    const base = contestOf(s0, ix, c, east);
    expect(base.terms.map((t) => t.term)).toEqual(['troops', 'core', 'batteries', 'surge', 'plan', 'exercise', 'prepo']);
    expect(termsOf(base).troops).toBe(credibilityOf(s0, ix, east).troops);
    expect(contestOf(give(s0, L, { type: 'summit' }).state, ix, c, east)).toEqual(base);
    const s = giveAll(s0, L, [{ type: 'allocate', enabler: 'missileDefence', hub: 'rzeszow' }, { type: 'surge', axis: 'east' }, { type: 'plan', axis: 'east' }]);
    const t = termsOf(contestOf(s, ix, c, east));
    expect(t.batteries).toBe(R.batteryCredibility);
    expect(t.surge).toBe(R.surgeCredibility);
  });

  it('an answer equal to resolve deters (ties go to the coalition); one point more and it lands; the log names the kind', () => {
    const probe = bareLevel([]);
    const ix = indexLevel(probe);
    const answer = contestOf(start(probe), ix, card('p') as never, axisIx(probe, 'east')).total;
    expect(answer).toBeGreaterThan(0);
    const tie = bareLevel([card('tie', { severity: answer, window: [2, 2], effect: { unity: -10 } })]);
    const t = fire(tie, start(tie), 2);
    expect(t.event).toMatchObject({ deterred: true, deterrable: true, effects: [] });
    expect(lines([t.event], tie)).toEqual([`Card tie (political pressure) — DETERRED (answer ${answer} vs resolve ${answer}).`]);
    expect(t.state.events[0]).toMatchObject({ outcome: 1, credibility: answer, resolve: answer, revealed: true });
    const over = bareLevel([card('over', { severity: answer + 1, window: [2, 2], effect: { unity: -10 } })]);
    const o = fire(over, start(over), 2);
    expect(o.event.deterred).toBe(false);
    expect(o.event.effects[0]).toEqual({ k: 'unity', from: 70, to: 60 });
    expect(o.state.landed).toBe(1);
  });

  it('the log records both sides term by term; resolve is severity + escalation + time + roll + provocation', () => {
    const L = bareLevel([card('big', { kind: 'buildup', severity: 30, window: [4, 4], warning: 0 })], (l) => {
      // PL's brigade stands ready at Lviv, inside Ukraine: Moscow reads it as provocation.
      l.nations[0]!.roster[1]!.start = 'ready';
      l.nations[0]!.roster[1]!.home = 'lviv';
      l.start.ladder = 1;
      l.rules = { ...l.rules, randomResolve: 9, resolveGrowthDays: 2 };
    });
    const R = rules(L);
    const ix = indexLevel(L);
    const { event, state } = fire(L, start(L), 4);
    const c = event.credibility;
    expect(c.total).toBe(Math.max(0, c.terms.reduce((a, t) => a + t.value, 0)));
    const r = event.resolve;
    expect(r).toMatchObject({ severity: 30, ladder: R.ladderResolve, time: Math.floor(4 / R.resolveGrowthDays), provocation: Math.floor(4000 / R.provocationTroops) });
    expect(r.roll).toBeGreaterThanOrEqual(0);
    expect(r.roll).toBeLessThanOrEqual(R.randomResolve);
    expect(r.total).toBe(r.severity + r.ladder + r.time + r.roll + r.provocation);
    expect(state.events[0]).toMatchObject({ credibility: c.total, resolve: r.total });
    expect(eventOutlook(untilDay(start(L), L, 4).state, ix, 0).pressure).toBe('military');
  });

  it('the seeded roll stays within the estimate and repeats with the seed', () => {
    const L = bareLevel([card('x', { kind: 'snapExercise', severity: 20, window: [2, 2] })], (l) => { l.rules = { ...l.rules, randomResolve: 12 }; });
    const ix = indexLevel(L);
    const range = resolveRange(start(L), ix, 20, axisIx(L, 'east'));
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

  it('without ISR over the axis the warning is shorter and the estimate wider', () => {
    const L = bareLevel([card('x', { kind: 'snapExercise', severity: 20, window: [8, 8], warning: 4 })], (l) => { l.rules = { ...l.rules, blindWarningDivisor: 2, randomResolve: 6 }; });
    const R = rules(L);
    const blind = start(L);
    const seenOn = (s: GameState) => { let d = s; while (!d.events.some((e) => e.revealed) && d.day < 8) d = endDays(d, L, 1).state; return d.day; };
    expect(seenOn(blind)).toBe(8 - 4 / 2);
    const watched = give(blind, L, { type: 'allocate', enabler: 'isr', axis: 'east' }).state;
    // ISR given on day 1 reveals at the start of day 2 what it would have shown from day 8 − 4 − isrWarningDays.
    expect(8 - 4 - R.isrWarningDays).toBeLessThanOrEqual(2);
    expect(seenOn(watched)).toBe(2);
    const ix = indexLevel(L);
    const wideState = untilDay(blind, L, 6).state;
    const sharpState = untilDay(watched, L, 6).state;
    const ei = 0;
    const wide = eventOutlook(wideState, ix, ei);
    const sharp = eventOutlook(sharpState, ix, ei);
    expect(wide.blind).toBe(true);
    expect(sharp.blind).toBe(false);
    expect(wide.max - wide.min).toBe(sharp.max - sharp.min + 2 * R.blindSpread);
  });

  it('a deterred event raises unity by one', () => {
    const L = bareLevel([card('small', { severity: 0, window: [1, 1] })], (l) => { l.start.unity = 60; l.nations.forEach((n) => { n.will = 61; }); });
    const r = endDays(start(L), L, 1);
    expect(entries(r.log, 'event')[0]!.deterred).toBe(true);
    expect(r.state.unity).toBe(60 + 1); // +1 deterred; drift: 61 is the average will, so it holds
  });
});

describe('the escalation ladder: only military pressure climbs past crisis', () => {
  const ladderOf = (cards: LevelInput['deck'], startRung = 0) => bareLevel(cards, (l) => { l.start.ladder = startRung; l.start.unity = 20; l.unityFloor = 0; l.nations.forEach((n) => { n.will = 20; }); });

  it('political pressure that lands climbs no rung; it costs will, unity and staff time', () => {
    const R = rules(ladderOf([]));
    const L = ladderOf([card('veto', { kind: 'veto', severity: 60, window: [1, 1], effect: { unity: -3, ladder: 2 } })]);
    const r = endDays(start(L), L, 1);
    expect(entries(r.log, 'event')[0]).toMatchObject({ pressure: 'political', deterred: false });
    expect(r.state.ladder).toBe(0);
    expect(entries(r.log, 'ladder')).toEqual([]);
    expect(entries(r.log, 'event')[0]!.effects).toContainEqual({ k: 'staff', amount: R.politicalStaff });
    expect(r.state.staffLeft[0]).toBe(L.staffActions - R.politicalStaff);
  });

  it('gray-zone pressure climbs a rung, plus its own, but never past its cap ("crisis")', () => {
    const R = rules(ladderOf([]));
    const gray = ladderOf([
      card('g1', { kind: 'sabotage', severity: 60, window: [1, 1] }),
      card('g2', { kind: 'cyber', severity: 60, window: [2, 2], effect: { ladder: 3 } }),
    ]);
    const d1 = endDays(start(gray), gray, 1);
    expect(d1.state.ladder).toBe(1);
    expect(linesOf(d1.log, gray, 'ladder')).toEqual(['Escalation rises to coercion (gray-zone pressure: Card g1).']);
    const d2 = endDays(d1.state, gray, 1);
    expect(d2.state.ladder).toBe(R.grayZoneLadderCap);
    const high = ladderOf([card('g', { kind: 'airspace', severity: 60, window: [1, 1], effect: { ladder: 2 } })], 3);
    expect(endDays(start(high), high, 1).state.ladder).toBe(3);
  });

  it('military pressure climbs a rung plus its own; deterred, it steps the ladder down', () => {
    const mil = ladderOf([card('m', { kind: 'buildup', severity: 60, window: [1, 1], effect: { ladder: 1 } })], 2);
    const m = endDays(start(mil), mil, 1);
    expect(m.state.ladder).toBe(2 + 1 + 1);
    expect(m.state.peakLadder).toBe(4);
    expect(linesOf(m.log, mil, 'ladder')[0]).toBe('Escalation rises to mobilisation (military pressure: Card m).');
    const calm = bareLevel([card('m', { kind: 'snapExercise', severity: 0, window: [1, 1] })], (l) => { l.start.ladder = 2; l.rules = { ...l.rules, ladderResolve: 0 }; });
    const dm = endDays(start(calm), calm, 1);
    expect(entries(dm.log, 'event')[0]!.deterred).toBe(true);
    expect(dm.state.ladder).toBe(1);
    expect(linesOf(dm.log, calm, 'ladder')[0]).toMatch(/^Escalation eases to coercion \(military pressure deterred: Card m\)\.$/);
    const gray = bareLevel([card('g', { kind: 'cyber', severity: 0, window: [1, 1] })], (l) => { l.start.ladder = 2; l.rules = { ...l.rules, ladderResolve: 0 }; });
    const dg = endDays(start(gray), gray, 1);
    expect(entries(dg.log, 'event')[0]!.deterred).toBe(true);
    expect(dg.state.ladder).toBe(2);
  });

  it('a non-deterrable card lands whatever the answer and climbs only the rungs it names', () => {
    const L = bareLevel([card('fund', { kind: 'funding', severity: 0, deterrable: false, window: [1, 1], effect: { unity: -5 } })]);
    const s = start(L);
    const r = endDays(s, L, 1);
    const ev = entries(r.log, 'event')[0]!;
    expect(ev.credibility.total).toBeGreaterThan(ev.resolve.total);
    expect(ev).toMatchObject({ deterrable: false, deterred: false, effects: [{ k: 'unity', from: s.unity, to: s.unity - 5 }] });
    expect(lines([ev], L)[0]).toBe(`Card fund: not something deterrence can stop. Unity ${s.unity} → ${s.unity - 5}.`);
    expect(r.state.ladder).toBe(s.ladder);
  });

  it('from fearFromRung up, every guarantor\'s will erodes by fearWillPerDay each day', () => {
    const R = rules(bareLevel([]));
    const L = bareLevel([], (l) => { l.start.ladder = R.fearFromRung; });
    const r = endDays(start(L), L, 2);
    expect(r.state.will).toEqual([70 - 2 * R.fearWillPerDay, 70 - 2 * R.fearWillPerDay, 70 - 2 * R.fearWillPerDay]);
    expect(entries(r.log, 'fear')).toEqual([1, 2].map((day) => ({ t: 'fear', day, rung: R.fearFromRung, amount: R.fearWillPerDay })));
    expect(linesOf(endDays(start(L), L, 1).log, L, 'fear')).toEqual([`Fear spreads at the strikes rung: every guarantor's will −${R.fearWillPerDay}.`]);
    const calm = bareLevel([], (l) => { l.start.ladder = R.fearFromRung - 1; });
    expect(endDays(start(calm), calm, 2).state.will).toEqual([70, 70, 70]);
  });

  it('each rung adds ladderResolve to Moscow\'s resolve', () => {
    const R = rules(bareLevel([]));
    for (const rung of [0, 1, 3]) {
      const L = bareLevel([card('x', { kind: 'buildup', severity: 50, window: [1, 1] })], (l) => { l.start.ladder = rung; });
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
    // Stalled talks are political pressure: landed, they also tie up the staff.
    expect(delay!.effects).toEqual([{ k: 'delay', nations: ['PL'], days: 3, formations: 1 }, { k: 'staff', amount: rules(L).politicalStaff }]);
    expect(lines([delay!], L)[0]).toContain('Mobilisation of Poland delayed 3 days (1 formation).');
    expect(r.state.formations[1]!.countdown).toBe(4 - 1 + 3);
    expect(r.state.formations[2]!.countdown).toBe(3 - 1);
  });

  it('the seed deals Moscow\'s hand: a 0% card never, a 100% card always, due on a day of its window, and fired then', () => {
    const L = bareLevel([
      card('never', { chance: 0, window: [2, 5] }),
      card('always', { chance: 100, window: [2, 5] }),
    ]);
    const days = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const s = newGame(L, `w${i}`);
      const dealt = [...s.hand.map((h) => h.card), ...s.events.map((e) => e.card)].map((c) => L.deck[c]!.id);
      expect(dealt).toEqual(['always']);
      const fired = entries(endDays(s, L, 6).log, 'event');
      expect(fired.map((e) => e.card)).toEqual(['always']);
      expect(fired[0]!.day).toBeGreaterThanOrEqual(2);
      expect(fired[0]!.day).toBeLessThanOrEqual(5);
      days.add(fired[0]!.day);
    }
    expect(days.size).toBeGreaterThan(1);
  });
});
