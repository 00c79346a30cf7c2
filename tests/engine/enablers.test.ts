import { describe, expect, it } from 'vitest';
import { card, tinyLevel } from '../helpers/levelBuilder';
import { axisIx, endDays, entries, f, give, giveAll, lines, linesOf, refused, rules, start, untilDay } from '../helpers/play';
import { activeAllocations, capacityOf, contestOf, coreLift, coreTroops, credibilityOf, indexLevel, newGame, sortiesLeft, usSupport } from '../../src/engine';
import type { Card, LevelInput } from '../../src/levels/schema';

const allReady = (edit: (l: LevelInput) => void = () => {}) =>
  tinyLevel((l) => {
    for (const n of l.nations) for (const x of n.roster) x.start = 'ready';
    edit(l);
  });

describe('ISR', () => {
  it('over an axis shows that axis\'s events isrWarningDays earlier, and adds isrCredibility there', () => {
    const mk = () => allReady((l) => { l.deck = [card('snap', { axis: 'east', window: [10, 10], warning: 1, severity: 1 })]; });
    const L = mk();
    const R = rules(L);
    const ix = indexLevel(L);
    const blind = untilDay(start(L), L, 10);
    expect(entries(blind.log, 'warning')).toMatchObject([{ day: 10 - 1, fires: 10, card: 'snap', axis: 'east' }]);
    expect(linesOf(blind.log, L, 'warning')).toEqual(['Intelligence warns: Card snap expected on day 10 (East axis).']);

    const watched = give(start(L), L, { type: 'allocate', enabler: 'isr', axis: 'east' });
    expect(watched.log[0]).toMatchObject({ role: 'us', cost: 1 });
    expect(credibilityOf(watched.state, ix, axisIx(L, 'east')).isr).toBe(R.isrCredibility);
    expect(credibilityOf(watched.state, ix, axisIx(L, 'north')).isr).toBe(0);
    const seen = untilDay(watched.state, L, 10);
    expect(entries(seen.log, 'warning')).toMatchObject([{ day: 10 - 1 - R.isrWarningDays }]);

    // ISR over the other axis changes nothing for this card.
    const other = untilDay(give(start(L), L, { type: 'allocate', enabler: 'isr', axis: 'north' }).state, L, 10);
    expect(entries(other.log, 'warning')[0]!.day).toBe(9);
    refused(watched.state, L, { type: 'allocate', enabler: 'isr', axis: 'east' }, 'alreadyAllocatedAxis');
  });
});

describe('missile defence', () => {
  const strikeLevel = () => allReady((l) => {
    l.nations[0]!.home = 'rzeszow';
    l.deck = [card('strike', { kind: 'strike', severity: 80, window: [4, 4], effect: { strike: { hub: 'rzeszow', days: 2 } } })];
  });

  it('a battery at the struck hub intercepts the strike; it adds batteryCredibility on the hub\'s axes', () => {
    const L = strikeLevel();
    const R = rules(L);
    const ix = indexLevel(L);
    let s = give(start(L), L, { type: 'allocate', enabler: 'missileDefence', hub: 'rzeszow' }).state;
    expect(credibilityOf(s, ix, axisIx(L, 'east')).batteries).toBe(R.batteryCredibility);
    expect(credibilityOf(s, ix, axisIx(L, 'north')).batteries).toBe(0);
    s = give(s, L, { type: 'preposition', hub: 'rzeszow' }).state;
    const d4 = untilDay(s, L, 5);
    const ev = entries(d4.log, 'event')[0]!;
    expect(ev).toMatchObject({ deterred: false, effects: [{ k: 'strike', hub: 'rzeszow', intercepted: true, formations: [], prepoLost: false }] });
    expect(lines([ev], L)[0]).toContain('The strike near N rzeszow is intercepted by missile defence.');
    expect(f(d4.state, L, 'pl-bde').disruptedDays).toBe(0);
    expect(d4.state.prepo).toHaveLength(1);
  });

  it('without a battery the strike disrupts ready formations at the hub and destroys stocks there', () => {
    const L = strikeLevel();
    let s = give(start(L), L, { type: 'preposition', hub: 'rzeszow' }).state;
    s = untilDay(s, L, 5).state;
    expect(f(s, L, 'pl-bde').disruptedDays).toBe(2);
    expect(s.prepo).toEqual([]);
    expect(refused(s, L, { type: 'move', formation: 'pl-bde', to: 'lviv' }, 'disrupted').text).toBe('F pl-bde is disrupted by a strike for 2 more days.');
    expect(f(s, L, 'de-bde').disruptedDays).toBe(0); // in Berlin
    const later = endDays(s, L, 2).state;
    give(later, L, { type: 'move', formation: 'pl-bde', to: 'lviv' });
  });

  it('a strike that no battery stops and that hits troops at the hub climbs strikeLadder rungs more; intercepted, or on an empty hub, it does not', () => {
    const rungsAfter = (edit: (l: LevelInput) => void, battery: boolean) => {
      const L = allReady((l) => {
        l.nations[0]!.home = 'rzeszow';
        l.deck = [card('strike', { kind: 'strike', severity: 80, window: [4, 4], effect: { strike: { hub: 'rzeszow', days: 2 } } })];
        l.rules = { ...l.rules, strikeLadder: 2 };
        edit(l);
      });
      const s = battery ? give(start(L), L, { type: 'allocate', enabler: 'missileDefence', hub: 'rzeszow' }).state : start(L);
      return untilDay(s, L, 5).state.ladder;
    };
    // A deterrable military card that lands climbs one rung; the casualties add strikeLadder (2).
    expect(rungsAfter(() => {}, false)).toBe(1 + 2);
    expect(rungsAfter(() => {}, true)).toBe(1);
    expect(rungsAfter((l) => { l.nations[0]!.home = 'warsaw'; }, false)).toBe(1);
  });

  it('only at staging hubs', () => {
    const L = allReady();
    refused(start(L), L, { type: 'allocate', enabler: 'missileDefence', hub: 'warsaw' }, 'notStagingHub');
    refused(start(L), L, { type: 'allocate', enabler: 'missileDefence', hub: 'nowhere' }, 'unknownNode');
  });
});

describe('cyber defence', () => {
  const cyberLevel = (network: 'rail' | 'power' | undefined) => allReady((l) => {
    l.deck = [card('hack', {
      kind: 'cyber', severity: 80, window: [2, 2], ...(network ? { network } : {}),
      effect: { will: { nation: 'all', amount: -10 }, unity: -6, cut: { links: ['warsaw-rzeszow-rail'], days: 4 }, staff: 3, delay: { nation: 'all', days: 4 }, enabler: { kind: 'airlift', amount: 5, days: 4 } },
    })];
  });

  it('a team on the event\'s network blunts it: each effect lands at half (rounded up)', () => {
    const L = cyberLevel('rail');
    const s = give(start(L), L, { type: 'allocate', enabler: 'cyber', network: 'rail' }).state;
    const d = untilDay(s, L, 3);
    const ev = entries(d.log, 'event')[0]!;
    expect(ev.blunted).toBe(true);
    expect(ev.effects).toEqual([
      { k: 'will', nation: 'PL', from: 70, to: 65 },
      { k: 'will', nation: 'DE', from: 70, to: 65 },
      { k: 'will', nation: 'GB', from: 70, to: 65 },
      { k: 'unity', from: 70, to: 67 },
      { k: 'cut', links: ['warsaw-rzeszow-rail'], until: 2 + 2 },
      { k: 'enabler', kind: 'airlift', amount: 5, until: 2 + 2 },
      { k: 'delay', nations: ['PL', 'DE', 'GB'], days: 2, formations: 0 },
      { k: 'staff', amount: 2 },
    ]);
    expect(lines([ev], L)[0]).toContain('blunted by cyber defence');
  });

  it('without a team, or with the team on another network, the event lands in full', () => {
    for (const [L, team] of [[cyberLevel('rail'), 'power'], [cyberLevel('power'), null], [cyberLevel(undefined), 'rail']] as const) {
      let s = start(L);
      if (team) s = give(s, L, { type: 'allocate', enabler: 'cyber', network: team }).state;
      const ev = entries(untilDay(s, L, 3).log, 'event')[0]!;
      expect(ev.blunted).toBe(false);
      expect(ev.effects).toContainEqual({ k: 'unity', from: 70, to: 64 });
      expect(ev.effects).toContainEqual({ k: 'staff', amount: 3 });
    }
  });

  it('refuses a network that does not exist', () => {
    const L = allReady();
    refused(start(L), L, { type: 'allocate', enabler: 'cyber', network: 'water' as 'rail' }, 'malformed');
  });
});

describe('training', () => {
  it('raises a mobilised formation\'s interoperability by trainingPerDay each day, up to 100', () => {
    const L = allReady((l) => { l.nations[0]!.roster[1]!.interop = 88; });
    const R = rules(L);
    const s = give(start(L), L, { type: 'allocate', enabler: 'training', formation: 'pl-bde' }).state;
    const d1 = endDays(s, L, 1).state;
    expect(f(d1, L, 'pl-bde').interop).toBe(88 + R.trainingPerDay);
    expect(f(d1, L, 'pl-hr').interop).toBe(f(s, L, 'pl-hr').interop);
    const d5 = endDays(d1, L, 4).state;
    expect(f(d5, L, 'pl-bde').interop).toBe(100);
    expect(refused(d5, L, { type: 'allocate', enabler: 'training', formation: 'pl-bde' }, 'trainingDone').text).toBe('F pl-bde is already fully interoperable.');
  });

  it('refuses a formation still in reserve', () => {
    const L = tinyLevel();
    expect(refused(start(L), L, { type: 'allocate', enabler: 'training', formation: 'pl-bde' }, 'notMobilised').text).toBe('F pl-bde has not been activated yet.');
  });
});

describe('munitions and financing', () => {
  it('raise Ukraine\'s resilience after munitionsDays, which answers gray-zone pressure', () => {
    const L = allReady();
    const R = rules(L);
    const ix = indexLevel(L);
    const { state, log } = give(start(L), L, { type: 'allocate', enabler: 'munitions' });
    expect(log[0]).toMatchObject({ role: 'us', detail: { readyDay: R.munitionsDays } });
    expect(refused(state, L, { type: 'allocate', enabler: 'munitions' }, 'noMunitions').text).toBe('All 1 munitions programmes are already under way.');
    const almost = endDays(state, L, R.munitionsDays - 1).state;
    expect(almost.resilience).toBe(0);
    const done = endDays(almost, L, 1);
    expect(done.state.resilience).toBe(R.munitionsResilience);
    expect(linesOf(done.log, L, 'munitions')).toEqual([`Munitions delivered to Ukraine: resilience ${R.munitionsResilience}.`]);
    const gray = card('cy', { kind: 'cyber', severity: 30 }) as Card;
    const before = contestOf(almost, ix, gray, axisIx(L, 'east')).terms.find((t) => t.term === 'resilience')!.value;
    const after = contestOf(done.state, ix, gray, axisIx(L, 'east')).terms.find((t) => t.term === 'resilience')!.value;
    expect(before).toBe(0);
    expect(after).toBe(Math.floor(R.munitionsResilience / R.resilienceDivisor));
    // The programme finished: another can start.
    give(done.state, L, { type: 'allocate', enabler: 'munitions' });
  });
});

describe('US air and naval surge', () => {
  it('adds surgeCredibility on its axis for surgeDays; one at a time; no more than the level offers', () => {
    const L = allReady((l) => { l.enablers.surge = 2; l.rules = { ...l.rules, surgeRiskPercent: 0 }; });
    const R = rules(L);
    const ix = indexLevel(L);
    const { state, log } = give(start(L), L, { type: 'surge', axis: 'east' });
    expect(log[0]).toMatchObject({ role: 'us', cost: 2, detail: { readyDay: R.surgeDays } });
    expect(credibilityOf(state, ix, axisIx(L, 'east')).surge).toBe(R.surgeCredibility);
    expect(credibilityOf(state, ix, axisIx(L, 'north')).surge).toBe(0);
    expect(refused(state, L, { type: 'surge', axis: 'north' }, 'surgeActive').text).toBe(`A surge is already under way on the East axis until day ${R.surgeDays}.`);
    const last = untilDay(state, L, R.surgeDays).state;
    expect(credibilityOf(last, ix, axisIx(L, 'east')).surge).toBe(R.surgeCredibility);
    const after = endDays(last, L, 1).state;
    expect(after.surge).toBeNull();
    expect(credibilityOf(after, ix, axisIx(L, 'east')).surge).toBe(0);
    const second = give(after, L, { type: 'surge', axis: 'north' }).state;
    const third = untilDay(second, L, second.day + R.surgeDays).state;
    expect(refused(third, L, { type: 'surge', axis: 'east' }, 'noSurge').text).toBe('The US has no surge left to offer in this level (2 of 2 used).');
  });

  it('risks escalation: a seeded roll below surgeRiskPercent climbs a rung; the roll is logged and reproducible', () => {
    const always = allReady((l) => { l.rules = { ...l.rules, surgeRiskPercent: 100 }; });
    const a = give(start(always), always, { type: 'surge', axis: 'east' });
    expect(a.state.ladder).toBe(1);
    expect(a.log.map((e) => e.t)).toEqual(['order', 'surgeRisk', 'ladder']);
    expect(entries(a.log, 'ladder')).toMatchObject([{ from: 0, to: 1 }]);
    expect(lines(a.log.slice(2), always)[0]).toMatch(/^Escalation rises to .* \(Moscow answers the US surge\)\.$/);
    const never = allReady((l) => { l.rules = { ...l.rules, surgeRiskPercent: 0 }; });
    const n = give(start(never), never, { type: 'surge', axis: 'east' });
    expect(n.state.ladder).toBe(0);
    expect(entries(n.log, 'surgeRisk')[0]).toMatchObject({ escalated: false, chance: 0 });

    // At 50%, over seeds both outcomes happen, each decided by its logged roll, drawn from the game's generator.
    const half = allReady((l) => { l.rules = { ...l.rules, surgeRiskPercent: 50 }; });
    const outcomes = new Set<boolean>();
    for (let i = 0; i < 40; i++) {
      const s0 = newGame(half, `surge-${i}`);
      const r = give(s0, half, { type: 'surge', axis: 'east' });
      const risk = entries(r.log, 'surgeRisk')[0]!;
      expect(risk.escalated).toBe(risk.roll < 50);
      expect(r.state.ladder).toBe(risk.escalated ? 1 : 0);
      expect(r.state.rng).not.toEqual(s0.rng);
      // Same seed, same roll.
      expect(entries(give(newGame(half, `surge-${i}`), half, { type: 'surge', axis: 'east' }).log, 'surgeRisk')[0]).toEqual(risk);
      outcomes.add(risk.escalated);
    }
    expect([...outcomes].sort()).toEqual([false, true]);
  });
});

describe('allocations', () => {
  it('at capacity, a new allocation moves the oldest one (and says so)', () => {
    const L = allReady((l) => { l.enablers.cyber = 2; });
    let s = giveAll(start(L), L, [
      { type: 'allocate', enabler: 'cyber', network: 'rail' },
      { type: 'allocate', enabler: 'cyber', network: 'power' },
    ]);
    expect(s.alloc.cyber).toEqual([0, 1]);
    const r = give(s, L, { type: 'allocate', enabler: 'cyber', network: 'c2' });
    expect(r.log[0]).toMatchObject({ detail: { replaces: 'rail' } });
    s = r.state;
    expect(s.alloc.cyber).toEqual([1, 2]);
    expect(refused(s, L, { type: 'allocate', enabler: 'cyber', network: 'power' }, 'alreadyAllocatedNetwork').text).toBe('The power network already has cyber defence assigned.');
  });

  it('refuses an enabler the level does not have', () => {
    const L = allReady((l) => { l.enablers.training = 0; });
    expect(refused(start(L), L, { type: 'allocate', enabler: 'training', formation: 'pl-bde' }, 'noCapacity').text).toBe('No training capacity is available today.');
  });
});

describe('US support', () => {
  const fundingLevel = () => allReady((l) => {
    l.enablers = { ...l.enablers, isr: 2, airlift: 40, training: 3 };
    l.deck = [card('funding', { kind: 'funding', severity: 0, deterrable: false, window: [2, 2], effect: { support: { cut: 50, days: 3 } } })];
  });

  it('a funding fight cuts every enabler\'s capacity in proportion for its days; allocations beyond it go idle, then resume', () => {
    const L = fundingLevel();
    const ix = indexLevel(L);
    let s = giveAll(start(L), L, [
      { type: 'allocate', enabler: 'isr', axis: 'east' },
      { type: 'allocate', enabler: 'isr', axis: 'north' },
    ]);
    const d2 = untilDay(s, L, 3);
    const ev = entries(d2.log, 'event')[0]!;
    expect(ev).toMatchObject({ deterrable: false, deterred: false, effects: [{ k: 'support', cut: 50, until: 2 + 3 }] });
    expect(lines([ev], L)[0]).toBe('Card funding: not something deterrence can stop. US support cut by 50% until day 5.');
    s = d2.state;
    expect(usSupport(s)).toBe(50);
    expect(capacityOf(s, ix, 'airlift')).toBe(20);
    expect(capacityOf(s, ix, 'isr')).toBe(1);
    expect(capacityOf(s, ix, 'training')).toBe(1);
    expect(activeAllocations(s, ix, 'isr')).toEqual([axisIx(L, 'east')]);
    expect(credibilityOf(s, ix, axisIx(L, 'north')).isr).toBe(0);
    const back = untilDay(s, L, 6).state;
    expect(usSupport(back)).toBe(100);
    expect(back.supportCuts).toEqual([]);
    expect(activeAllocations(back, ix, 'isr')).toEqual([axisIx(L, 'east'), axisIx(L, 'north')]);
  });

  it('a cut that floors a capacity to zero refuses the allocation', () => {
    const L = fundingLevel();
    const s = untilDay(start(L), L, 3).state;
    expect(refused(s, L, { type: 'allocate', enabler: 'munitions' }, 'noCapacity').text).toBe('No munitions capacity is available today.');
  });

  it('an enabler lost to an event is gone for its days', () => {
    const L = allReady((l) => {
      l.deck = [card('jam', { kind: 'jamming', severity: 80, window: [1, 1], effect: { enabler: { kind: 'airlift', amount: 12, days: 2 } } })];
    });
    const ix = indexLevel(L);
    const d = endDays(start(L), L, 1);
    expect(entries(d.log, 'event')[0]!.effects).toEqual([{ k: 'enabler', kind: 'airlift', amount: 12, until: 3 }]);
    expect(linesOf(d.log, L, 'event')[0]).toMatch(/US airlift capacity −12 until day 3\./i);
    expect(capacityOf(d.state, ix, 'airlift')).toBe(L.enablers.airlift - 12);
    expect(capacityOf(untilDay(d.state, L, 3).state, ix, 'airlift')).toBe(L.enablers.airlift - 12);
    expect(capacityOf(untilDay(d.state, L, 4).state, ix, 'airlift')).toBe(L.enablers.airlift);
  });
});

describe('lift carries the core: without it the core cannot reach its hub in the deploy window', () => {
  /** PL and DE at the East hub, ready; the exercise there certifies pl-hr (1,000) and de-hr (1,500). */
  const liftLevel = (airlift: number) => tinyLevel((l) => {
    l.nations[0]!.home = 'rzeszow';
    l.nations[1]!.home = 'rzeszow';
    for (const n of l.nations) for (const x of n.roster) x.start = 'ready';
    l.enablers.airlift = airlift;
    l.budget.start = 10;
  });
  const certified = (L: ReturnType<typeof liftLevel>) => untilDay(give(start(L), L, { type: 'exercise', hub: 'rzeszow' }).state, L, 1 + rules(L).exerciseDays).state;

  it('counts the certified core only up to what US airlift can carry within the window', () => {
    const L = liftLevel(5);
    const R = rules(L);
    const ix = indexLevel(L);
    const s = certified(L);
    expect(coreLift(s, ix)).toBe(5 * R.troopsPerSortie * L.win.coreDeployDays);
    expect(coreTroops(s, ix)).toBe(Math.min(2500, coreLift(s, ix)));
    expect(coreTroops(s, ix)).toBeLessThan(2500);
    const ample = liftLevel(30);
    expect(coreTroops(certified(ample), indexLevel(ample))).toBe(2500);
    const none = liftLevel(0);
    expect(coreTroops(certified(none), indexLevel(none))).toBe(0);
    expect(credibilityOf(certified(none), indexLevel(none), axisIx(none, 'east')).core).toBe(0);
  });

  it('European lift is slow to arrange and small, but carries a core when US airlift is gone', () => {
    const L = liftLevel(0);
    const R = rules(L);
    const ix = indexLevel(L);
    const s = certified(L);
    const { state, log } = give(s, L, { type: 'euroLift' });
    expect(log[0]).toMatchObject({ role: 'lead', cost: 3, detail: { readyDay: s.day + R.euroLiftDays - 1 } });
    expect(state.budget).toBe(s.budget - R.euroLiftBudget);
    refused(state, L, { type: 'euroLift' }, 'euroLiftExists');
    const almost = endDays(state, L, R.euroLiftDays - 1);
    expect(coreTroops(almost.state, ix)).toBe(0);
    const done = endDays(almost.state, L, 1);
    expect(linesOf(done.log, L, 'euroLift')).toEqual(['European lift is pooled and flying.']);
    expect(sortiesLeft(done.state, ix)).toBe(R.euroLiftSorties);
    expect(coreTroops(done.state, ix)).toBe(Math.min(2500, R.euroLiftSorties * R.troopsPerSortie * L.win.coreDeployDays));
  });

  it('a US funding cut shrinks the lift with the rest of US support', () => {
    const L = tinyLevel((l) => {
      l.enablers.airlift = 20;
      l.deck = [card('cut', { kind: 'funding', deterrable: false, severity: 0, window: [1, 1], effect: { support: { cut: 50, days: 10 } } })];
    });
    const ix = indexLevel(L);
    const before = coreLift(start(L), ix);
    const after = coreLift(endDays(start(L), L, 1).state, ix);
    expect(after).toBe(before / 2);
  });
});
