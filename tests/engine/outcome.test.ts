import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { card, formation, tinyLevel } from '../helpers/levelBuilder';
import { endDays, entries, give, giveAll, lines, linesOf, refused, rules, start, untilDay } from '../helpers/play';
import { endDay, gradeOf, hashState, indexLevel, scoreOf, winProgress, MILESTONE_IDS, type GameState } from '../../src/engine';
import type { LevelInput } from '../../src/levels/schema';

describe('the three ways to lose', () => {
  const loseLevel = (deck: LevelInput['deck'], edit: (l: LevelInput) => void = () => {}) => tinyLevel((l) => { l.deck = deck; edit(l); });

  it('war: the ladder reaches its top rung', () => {
    const R = rules(tinyLevel());
    const L = loseLevel([card('attack', { kind: 'attack', severity: 40, deterrable: false, window: [2, 2], effect: { ladder: 5 } })]);
    const r = untilDay(start(L), L, 2);
    const end = endDay(r.state, L);
    expect(end.state).toMatchObject({ status: 'lost', reason: 'war', ladder: 5, day: 2, readinessDay: null });
    expect(linesOf(end.log, L, 'end')).toEqual(['Lost: the escalation ladder reached war.']);
    expect(entries(end.log, 'end')).toEqual([{ t: 'end', day: 2, status: 'lost', reason: 'war' }]);
  });

  it('unity: coalition unity falls below the level\'s floor', () => {
    const L = loseLevel([card('split', { kind: 'counterProposal', severity: 0, deterrable: false, window: [1, 1], effect: { unity: -52 } })], (l) => { l.unityFloor = 20; });
    const r = endDay(start(L), L);
    // 70 − 52, then the day's drift of one point toward the average will (70): 19 < 20
    expect(r.state).toMatchObject({ status: 'lost', reason: 'unity', unity: 70 - 52 + 1 });
    expect(linesOf(r.log, L, 'end')).toEqual(['Lost: coalition unity collapsed below its floor.']);
    // At the floor itself the game goes on.
    const edge = loseLevel([card('split', { kind: 'counterProposal', severity: 0, deterrable: false, window: [1, 1], effect: { unity: -50 } })], (l) => { l.unityFloor = 20; l.nations.forEach((n) => { n.will = 20; }); });
    expect(endDay(start(edge), edge).state.status).toBe('playing');
  });

  it('deadline: the last day ends without the force stood up', () => {
    const L = loseLevel([], (l) => { l.deadline = 4; l.par = 3; });
    const eve = untilDay(start(L), L, 4);
    expect(eve.state.status).toBe('playing');
    const end = endDay(eve.state, L);
    expect(end.state).toMatchObject({ status: 'lost', reason: 'deadline', day: 4 });
    expect(linesOf(end.log, L, 'end')).toEqual(['Lost: the deadline passed before the force stood up.']);
  });

  it('once over, orders are refused and ending a day changes nothing', () => {
    const L = loseLevel([], (l) => { l.deadline = 1; l.par = 1; });
    const over = endDay(start(L), L).state;
    expect(refused(over, L, { type: 'summit' }, 'gameOver').text).toBe('The game is over: no more orders can be given.');
    const again = endDay(over, L);
    expect(again.state).toBe(over);
    expect(again.log).toEqual([]);
  });

  it('war is checked before unity', () => {
    const R = rules(tinyLevel());
    const L = loseLevel([card('both', { kind: 'attack', severity: 40, deterrable: false, window: [1, 1], effect: { ladder: 5, unity: -70 } })]);
    expect(endDay(start(L), L).state.reason).toBe('war');
  });
});

/**
 * PL and DE garrisoned at the East hub with everything ready (PL 5,000, DE 6,500 of which the
 * high-readiness battlegroups pl-hr 1,000 + de-hr 1,500); GB's 1,200 in London.
 */
const winLevel = (edit: (l: LevelInput) => void = () => {}) => tinyLevel((l) => {
  l.nations[0]!.home = 'rzeszow';
  l.nations[1]!.home = 'rzeszow';
  for (const n of l.nations) for (const x of n.roster) x.start = 'ready';
  l.win = { troops: 11500, core: 2500, coreDeployDays: 3 };
  l.axes[0]!.bar = 10;
  l.axes[1]!.bar = 0;
  edit(l);
});

describe('the force stands up (the readiness day), then its guarantee is tested', () => {
  it('troops at staging hubs, a certified core within its deploy window and every axis over its bar: the readiness day', () => {
    const L = winLevel();
    const R = rules(L);
    const ix = indexLevel(L);
    const s = give(start(L), L, { type: 'exercise', hub: 'rzeszow' }).state;
    const before = untilDay(s, L, R.exerciseDays).state;
    expect(winProgress(before, ix)).toMatchObject({ ready: 11500, readyNeeded: 11500, core: 0, coreNeeded: 2500, met: false });
    const won = endDay(before, L);
    expect(winProgress(won.state, ix)).toMatchObject({ core: 2500, met: true });
    // Standing up does not end the game: Moscow tests the guarantee where the core is not (North).
    const crisis = R.exerciseDays + R.testDelay;
    expect(won.state).toMatchObject({ status: 'playing', reason: null, readinessDay: R.exerciseDays, day: R.exerciseDays + 1 });
    expect(won.state.test).toEqual({ axis: 1, day: crisis, until: crisis + L.win.coreDeployDays - 1 });
    expect(linesOf(won.log, L, 'test')).toEqual([`The force stands up. Moscow will test the guarantee with a crisis on the North axis on day ${crisis}: the certified core must stand there by day ${crisis + L.win.coreDeployDays - 1}.`]);
  });

  it('one troop short is not a win', () => {
    const L = winLevel((l) => { l.win.troops = 11501; });
    const R = rules(L);
    const s = give(start(L), L, { type: 'exercise', hub: 'rzeszow' }).state;
    const after = untilDay(s, L, R.exerciseDays + 1).state;
    expect(after.status).toBe('playing');
    expect(winProgress(after, indexLevel(L))).toMatchObject({ ready: 11500, core: 2500, met: false });
    // GB's battlegroup flies in: won the day it lands.
    const flown = endDay(give(after, L, { type: 'airlift', formation: 'gb-hr', to: 'rzeszow' }).state, L).state;
    expect(flown).toMatchObject({ status: 'playing', readinessDay: R.exerciseDays + 1 });
  });

  it('a certified formation whose notice exceeds the core\'s deploy window is not core; the protocol can bring it inside', () => {
    // de-hr has notice 3: with a 2-day window only pl-hr (1,000) is core.
    const L = winLevel((l) => { l.win.coreDeployDays = 2; });
    const R = rules(L);
    const s = giveAll(start(L), L, [{ type: 'exercise', hub: 'rzeszow' }]);
    const after = untilDay(s, L, R.exerciseDays + 1).state;
    expect(after.status).toBe('playing');
    expect(winProgress(after, indexLevel(L)).core).toBe(1000);
    const withProtocol = untilDay(give(after, L, { type: 'protocol' }).state, L, after.day + R.protocolDays - 1);
    const won = endDay(withProtocol.state, L);
    expect(won.state.readinessDay).toBe(withProtocol.state.day);
    expect(winProgress(won.state, indexLevel(L)).core).toBe(2500);
  });

  it('every axis must be over its bar', () => {
    const L = winLevel((l) => { l.axes[1]!.bar = 6; });
    const R = rules(L);
    const ix = indexLevel(L);
    const s = give(start(L), L, { type: 'exercise', hub: 'rzeszow' }).state;
    const after = untilDay(s, L, R.exerciseDays + 1).state;
    expect(after.status).toBe('playing');
    const north = winProgress(after, ix).axes.find((a) => a.id === 'north')!;
    expect(north.credibility).toBeLessThan(6);
    expect(north.credibility + R.isrCredibility).toBeGreaterThanOrEqual(6);
    const won = endDay(give(after, L, { type: 'allocate', enabler: 'isr', axis: 'north' }).state, L).state;
    expect(won.readinessDay).toBe(after.day);
  });

  it('standing up on the deadline day counts; the test that follows may run past the deadline', () => {
    const L = winLevel((l) => { l.deadline = 2; l.par = 2; l.rules = { ...l.rules, exerciseDays: 2 }; });
    const stood = endDays(give(start(L), L, { type: 'exercise', hub: 'rzeszow' }).state, L, 2).state;
    expect(stood).toMatchObject({ status: 'playing', readinessDay: 2 });
    expect(endDay(stood, L).state.reason).not.toBe('deadline');
  });
});

describe('the guarantee test', () => {
  /** One axis, East: the whole core is already there, so it holds on the crisis day. */
  const oneAxis = (edit: (l: LevelInput) => void = () => {}) => winLevel((l) => { l.axes = [l.axes[0]!]; l.nodes[5]!.axes = []; edit(l); });
  const standUp = (L: ReturnType<typeof winLevel>) => untilDay(give(start(L), L, { type: 'exercise', hub: 'rzeszow' }).state, L, rules(L).exerciseDays);

  it('held: the core stands on the axis with its credibility over the bar on the crisis day — won, with the readiness day as the time', () => {
    const L = oneAxis();
    const R = rules(L);
    let r = endDay(standUp(L).state, L);
    const ready = r.state.readinessDay!;
    expect(r.state.test).toMatchObject({ axis: 0, day: ready + R.testDelay });
    while (r.state.status === 'playing') r = endDay(r.state, L);
    expect(r.state).toMatchObject({ status: 'won', reason: 'forceStoodUp', readinessDay: ready, day: ready + R.testDelay });
    expect(entries(r.log, 'testCrisis')).toEqual([{ t: 'testCrisis', day: ready + R.testDelay, axis: 'east', core: 2500, coreNeeded: 2500, credibility: expect.any(Number), bar: 10, held: true }]);
    expect(linesOf(r.log, L, 'end')).toEqual([`The guarantee held: the certified core answered the crisis on day ${ready + R.testDelay}.`]);
  });

  it('failed: the core is not on the tested axis by the end of the deploy window — the guarantee was not believed', () => {
    const L = winLevel();
    let r = endDay(standUp(L).state, L);
    const t = r.state.test!;
    expect(L.axes[t.axis]!.id).toBe('north');
    const seen: boolean[] = [];
    while (r.state.status === 'playing') { r = endDay(r.state, L); seen.push(...entries(r.log, 'testCrisis').map((e) => e.held)); }
    expect(seen).toEqual(Array.from({ length: t.until - t.day + 1 }, () => false));
    expect(r.state).toMatchObject({ status: 'lost', reason: 'guaranteeFailed', day: t.until });
    expect(r.state.readinessDay).not.toBeNull();
    expect(linesOf(r.log, L, 'end')).toEqual(['Lost: the guarantee was not believed: the core did not answer the crisis within the deploy window.']);
  });

  it('without ISR over the tested axis the crisis is seen late: the window is divided by blindWarningDivisor (rounded up); ISR there keeps it whole', () => {
    const L = winLevel((l) => { l.rules = { ...l.rules, blindWarningDivisor: 2 }; });
    const R = rules(L);
    const play = (watch: boolean) => {
      let r = endDay(standUp(L).state, L);
      const t = r.state.test!;
      const log = [...r.log];
      if (watch) r = { ...r, state: give(r.state, L, { type: 'allocate', enabler: 'isr', axis: L.axes[t.axis]!.id }).state };
      while (r.state.status === 'playing') { r = endDay(r.state, L); log.push(...r.log); }
      return { t, end: r.state, blind: entries(log, 'testBlind') };
    };
    const blind = play(false);
    const window = Math.ceil(L.win.coreDeployDays / R.blindWarningDivisor);
    expect(window).toBeLessThan(L.win.coreDeployDays);
    expect(blind.blind).toEqual([{ t: 'testBlind', day: blind.t.day, axis: 'north', until: blind.t.day + window - 1 }]);
    expect(blind.end).toMatchObject({ status: 'lost', reason: 'guaranteeFailed', day: blind.t.day + window - 1 });
    const watched = play(true);
    expect(watched.blind).toEqual([]);
    expect(watched.end).toMatchObject({ status: 'lost', reason: 'guaranteeFailed', day: watched.t.until });
    expect(watched.t.until).toBe(watched.t.day + L.win.coreDeployDays - 1);
  });

  it('the core moved to the tested axis in time holds it', () => {
    // Orzysz gets an airfield and an air route from Rzeszów: the light pl-hr can fly there.
    const L = winLevel((l) => {
      l.nodes[5]!.kinds = ['garrison', 'hub', 'airfield'];
      l.links.push({ id: 'rzeszow-orzysz-air', from: 'rzeszow', to: 'orzysz', kind: 'air', days: 1 });
      l.win.core = 1000;
      l.axes[1]!.bar = 0;
    });
    let r = endDay(standUp(L).state, L);
    expect(L.axes[r.state.test!.axis]!.id).toBe('north');
    r = endDay(give(r.state, L, { type: 'airlift', formation: 'pl-hr', to: 'orzysz' }).state, L);
    while (r.state.status === 'playing') r = endDay(r.state, L);
    expect(r.state).toMatchObject({ status: 'won', reason: 'forceStoodUp' });
  });
});

describe('milestones', () => {
  it('are recorded on the day each is first reached, in words', () => {
    const big = (id: string, notice: number, extra = {}) => formation(id, { strength: 10000, notice, threshold: 0, ...extra });
    const L = tinyLevel((l) => {
      l.nations = [
        { id: 'PL', will: 70, home: 'rzeszow', roster: [formation('pl-hr', { strength: 2000, hr: true, notice: 1, threshold: 0 }), big('p1', 2), big('p2', 3)] },
        { id: 'DE', will: 70, home: 'rzeszow', roster: [formation('de-hr', { strength: 3000, hr: true, notice: 3, threshold: 0 }), big('d1', 4), big('d2', 5)] },
      ];
      l.win = { troops: 45000, core: 5000, coreDeployDays: 3 };
      l.axes[1]!.bar = 0;
    });
    const R = rules(L);
    let s = giveAll(start(L), L, ['pl-hr', 'p1', 'p2', 'de-hr', 'd1', 'd2'].map((id) => ({ type: 'activate' as const, formation: id })));
    const first = untilDay(s, L, 4);
    s = give(first.state, L, { type: 'exercise', hub: 'rzeszow' }).state;
    const rest = endDays(s, L, R.exerciseDays);
    const log = [...first.log, ...rest.log];
    expect(linesOf(log, L, 'milestone')).toEqual([
      'Milestone: first formation staged.',
      'Milestone: 10,000 ready.',
      'Milestone: high-readiness core ready.',
      'Milestone: 20,000 ready.',
      'Milestone: 30,000 ready.',
      'Milestone: 40,000 ready.',
      'Milestone: core certified.',
      'Milestone: force stood up.',
    ]);
    const day = (id: string) => rest.state.milestones[MILESTONE_IDS.indexOf(id as never)];
    expect(day('firstStaged')).toBe(1);
    expect(day('ready10k')).toBe(2); // 2,000 + 10,000
    expect(day('coreReady')).toBe(3); // 2,000 + 3,000 high-readiness
    expect(day('ready20k')).toBe(3);
    expect(day('ready30k')).toBe(4);
    expect(day('ready40k')).toBe(5);
    expect(day('coreCertified')).toBe(4 + R.exerciseDays - 1);
    expect(day('forceStoodUp')).toBe(rest.state.readinessDay);
    expect(rest.state.readinessDay).toBe(4 + R.exerciseDays - 1);
  });
});

describe('score and grade', () => {
  const L = tinyLevel((l) => { l.par = 20; l.deadline = 30; });
  const base = start(L);
  const won = (readinessDay: number, extra: Partial<GameState> = {}): GameState => ({ ...base, status: 'won', reason: 'forceStoodUp', readinessDay, day: readinessDay, ...extra });

  it('grades against par: S ≤ 90% of par with the ladder below strikes, A ≤ par, B ≤ 120%, C ≤ 150%, D beyond, F lost', () => {
    expect(gradeOf(won(18, { peakLadder: 2 }), L)).toBe('S');
    expect(gradeOf(won(18, { peakLadder: 3 }), L)).toBe('A');
    expect(gradeOf(won(19), L)).toBe('A');
    expect(gradeOf(won(20), L)).toBe('A');
    expect(gradeOf(won(21), L)).toBe('B');
    expect(gradeOf(won(24), L)).toBe('B');
    expect(gradeOf(won(25), L)).toBe('C');
    expect(gradeOf(won(30), L)).toBe('C');
    const late = tinyLevel((l) => { l.par = 10; l.deadline = 30; });
    expect(gradeOf({ ...won(16), levelId: late.id }, late)).toBe('D');
    expect(gradeOf({ ...base, status: 'lost', reason: 'deadline', day: 30 }, L)).toBe('F');
  });

  it('scores the readiness day first: (deadline − day + 1) × 150 plus tie-breakers; a lost game only its tie-breakers', () => {
    const s = won(20, { deterred: 3, peakLadder: 1, unity: 71 });
    const tie = 3 * 2 + (5 - 1) * 3 + Math.floor(71 / 2);
    expect(scoreOf(s, L)).toEqual({ points: (30 - 20 + 1) * 150 + tie, grade: 'A', readinessDay: 20, par: 20, versusPar: 0 });
    expect(scoreOf({ ...s, status: 'lost', reason: 'war', readinessDay: null }, L)).toEqual({ points: tie, grade: 'F', readinessDay: null, par: 20, versusPar: null });
  });

  test.prop([
    fc.integer({ min: 1, max: 29 }),
    fc.record({ deterred: fc.nat(200), peakLadder: fc.integer({ min: 0, max: 5 }), unity: fc.integer({ min: 0, max: 100 }) }),
    fc.record({ deterred: fc.nat(200), peakLadder: fc.integer({ min: 0, max: 5 }), unity: fc.integer({ min: 0, max: 100 }) }),
  ], { numRuns: 300 })('an earlier readiness day always outscores a later one, whatever the tie-breakers', (d, a, b) => {
    expect(scoreOf(won(d, a), L).points).toBeGreaterThan(scoreOf(won(d + 1, b), L).points);
    expect(scoreOf(won(30, b), L).points).toBeGreaterThan(scoreOf({ ...base, ...a, status: 'lost', reason: 'deadline' }, L).points);
  });

  it('the hash of a finished game records how it ended', () => {
    expect(hashState(won(20))).not.toBe(hashState(won(21)));
  });
});
