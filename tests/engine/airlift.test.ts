import { describe, expect, it } from 'vitest';
import { tinyLevel } from '../helpers/levelBuilder';
import { endDays, entries, f, give, giveAll, lines, linesOf, nodeIx, refused, rules, start, untilDay } from '../helpers/play';
import { credibilityOf, indexLevel, isReady, sortiesLeft } from '../../src/engine';

/** The default tiny map, every formation starting ready at home. */
const readyLevel = (edit: Parameters<typeof tinyLevel>[0] = () => {}) =>
  tinyLevel((l) => {
    for (const n of l.nations) for (const x of n.roster) x.start = 'ready';
    edit(l);
  });

describe('airlift', () => {
  it('flies a light formation in one day, using ceil(strength / troopsPerSortie) sorties; it is ready on landing', () => {
    const L = readyLevel();
    const R = rules(L);
    const ix = indexLevel(L);
    const s0 = start(L);
    const sorties = Math.ceil(1200 / R.troopsPerSortie); // gb-hr: 1,200, light
    const { state, log } = give(s0, L, { type: 'airlift', formation: 'gb-hr', to: 'rzeszow' });
    expect(log[0]).toMatchObject({ t: 'order', role: 'GB', detail: { arrivalDay: 1, sorties, route: ['london', 'rzeszow'] } });
    expect(state.airliftUsed).toBe(sorties);
    expect(sortiesLeft(state, ix)).toBe(L.enablers.airlift - sorties);
    const d1 = endDays(state, L, 1);
    expect(linesOf(d1.log, L, 'arrived')).toEqual(['F gb-hr arrives at N rzeszow.']);
    expect(isReady(f(d1.state, L, 'gb-hr'))).toBe(true);
    expect(f(d1.state, L, 'gb-hr').node).toBe(nodeIx(L, 'rzeszow'));
    // Sorties come back the next day.
    expect(d1.state.airliftUsed).toBe(0);
  });

  it('refuses a flight when the day\'s sorties do not cover it', () => {
    const L = readyLevel((l) => { l.enablers.airlift = 20; });
    const R = rules(L);
    const s = give(start(L), L, { type: 'airlift', formation: 'pl-hr', to: 'rzeszow' }).state; // 1,000: 10 sorties
    const r = refused(s, L, { type: 'airlift', formation: 'gb-hr', to: 'rzeszow' }, 'noSorties');
    expect(r.text).toBe(`Flying F gb-hr needs ${Math.ceil(1200 / R.troopsPerSortie)} airlift sorties; ${20 - Math.ceil(1000 / R.troopsPerSortie)} are left today.`);
  });

  it('needs an air link between two airfields', () => {
    const L = readyLevel((l) => { l.nations[0]!.home = 'lviv'; });
    const s = start(L);
    expect(refused(s, L, { type: 'airlift', formation: 'pl-hr', to: 'rzeszow' }, 'notAirfield').text).toBe('N lviv has no airfield.');
    expect(refused(s, L, { type: 'airlift', formation: 'de-hr', to: 'lviv' }, 'notAirfield').text).toBe('N lviv has no airfield.');
    expect(refused(s, L, { type: 'airlift', formation: 'gb-hr', to: 'berlin' }, 'noAirRoute').text).toBe('No air route links N london and N berlin.');
  });

  it('heavy equipment follows by surface: the formation lands, then is ready the day a surface move would have arrived', () => {
    const L = readyLevel();
    // de-hr (1,500, not light) Berlin → Rzeszów: by surface rail Berlin–Warsaw 1 day + Warsaw–Rzeszów 1 day.
    const surface = give(start(L), L, { type: 'move', formation: 'de-hr', to: 'rzeszow' }).log[0]!;
    expect(surface).toMatchObject({ detail: { arrivalDay: 2 } });
    const follow = 2;
    const { state, log } = give(start(L), L, { type: 'airlift', formation: 'de-hr', to: 'rzeszow' });
    expect(log[0]).toMatchObject({ detail: { arrivalDay: 1 } });
    const d1 = endDays(state, L, 1);
    expect(linesOf(d1.log, L, 'arrived')).toEqual(['F de-hr arrives at N rzeszow, waiting for its heavy equipment.']);
    expect(f(d1.state, L, 'de-hr')).toMatchObject({ status: 'ready', equipDays: follow - 1 });
    expect(isReady(f(d1.state, L, 'de-hr'))).toBe(false);
    expect(credibilityOf(d1.state, indexLevel(L), 0).troops).toBe(0);
    refused(d1.state, L, { type: 'move', formation: 'de-hr', to: 'warsaw' }, 'notReady');
    const later = endDays(d1.state, L, follow - 1);
    expect(linesOf(later.log, L, 'equipped')).toEqual(['F de-hr has married up with its equipment and is ready.']);
    // Flying it is never slower than the surface move: ready on the same day.
    expect(entries(later.log, 'equipped')[0]!.day).toBe(2);
    expect(isReady(f(later.state, L, 'de-hr'))).toBe(true);
  });

  it('a formation flown to a hub with pre-positioned equipment marries up with it and is ready on landing; the stock is consumed', () => {
    const L = readyLevel((l) => { l.enablers.airlift = 100; });
    const R = rules(L);
    let s = give(start(L), L, { type: 'preposition', hub: 'rzeszow' }).state;
    s = untilDay(s, L, 1 + R.prepoDays).state;
    expect(s.prepo).toEqual([{ node: nodeIx(L, 'rzeszow'), troops: R.prepoTroops, daysLeft: 0 }]);
    const a = give(s, L, { type: 'airlift', formation: 'de-hr', to: 'rzeszow' });
    expect(a.state.prepo[0]!.troops).toBe(R.prepoTroops - 1500);
    const landed = endDays(a.state, L, 1);
    expect(entries(landed.log, 'arrived')[0]).toMatchObject({ formation: 'de-hr', equipped: true });
    expect(isReady(f(landed.state, L, 'de-hr'))).toBe(true);
    // What is left (500) is too little for a 5,000 brigade: its equipment follows by surface.
    const big = give(landed.state, L, { type: 'airlift', formation: 'de-bde', to: 'rzeszow' });
    expect(big.state.prepo[0]!.troops).toBe(R.prepoTroops - 1500);
    expect(endDays(big.state, L, 1).state.formations[indexLevel(L).formation.get('de-bde')!]!.equipDays).toBeGreaterThan(0);
  });

  it('US support cuts scale the day\'s sorties', () => {
    const L = readyLevel((l) => {
      l.enablers.airlift = 30;
      l.deck = [{ id: 'funding', kind: 'funding', title: 'Funding fight', text: 'Congress stalls.', axis: 'east', severity: 0, window: [1, 1], warning: 0, chance: 100, deterrable: false, effect: { support: { cut: 50, days: 3 } } }];
    });
    const ix = indexLevel(L);
    const d2 = endDays(start(L), L, 1).state;
    expect(sortiesLeft(d2, ix)).toBe(15);
    const flown = give(d2, L, { type: 'airlift', formation: 'pl-hr', to: 'rzeszow' }).state; // 10 sorties
    expect(refused(flown, L, { type: 'airlift', formation: 'gb-hr', to: 'rzeszow' }, 'noSorties').text).toContain('needs 12 airlift sorties; 5 are left today');
    // The cut runs through day 1 + 3; on day 5 the full 30 sorties are back.
    expect(sortiesLeft(untilDay(d2, L, 4).state, ix)).toBe(15);
    expect(sortiesLeft(untilDay(d2, L, 5).state, ix)).toBe(30);
  });
});

describe('pre-positioning', () => {
  it('costs budget up front, takes prepoDays, then adds credibility on the hub\'s axes while stocked', () => {
    const L = readyLevel((l) => { l.budget = { start: 5, perDay: 1 }; });
    const R = rules(L);
    const ix = indexLevel(L);
    const s0 = start(L);
    const { state, log } = give(s0, L, { type: 'preposition', hub: 'rzeszow' });
    expect(log[0]).toMatchObject({ role: 'lead', cost: 2, detail: { readyDay: 1 + R.prepoDays - 1 } });
    expect(state.budget).toBe(5 - R.prepoBudget);
    expect(credibilityOf(state, ix, 0).prepo).toBe(0);
    const done = endDays(state, L, R.prepoDays);
    expect(linesOf(done.log, L, 'prepoDone')).toEqual(['Pre-positioned equipment is stocked at N rzeszow.']);
    expect(entries(done.log, 'prepoDone')[0]!.day).toBe(R.prepoDays);
    expect(done.state.budget).toBe(5 - R.prepoBudget + R.prepoDays * 1);
    expect(credibilityOf(done.state, ix, ix.axis.get('east')!).prepo).toBe(R.prepoCredibility);
    expect(credibilityOf(done.state, ix, ix.axis.get('north')!).prepo).toBe(0);
  });

  it('refuses without budget, away from an airfield staging hub, or where a set already is', () => {
    const L = readyLevel((l) => { l.budget = { start: 2, perDay: 0 }; });
    const s = start(L);
    expect(refused(s, L, { type: 'preposition', hub: 'rzeszow' }, 'noBudget').text).toBe(`This needs ${rules(L).prepoBudget} budget; the coalition has 2.`);
    const L2 = readyLevel();
    const s2 = start(L2);
    refused(s2, L2, { type: 'preposition', hub: 'warsaw' }, 'notStagingHub');
    refused(s2, L2, { type: 'preposition', hub: 'lviv' }, 'notAirfield');
    const stocked = give(s2, L2, { type: 'preposition', hub: 'rzeszow' }).state;
    expect(refused(stocked, L2, { type: 'preposition', hub: 'rzeszow' }, 'prepoExists').text).toBe('Equipment is already pre-positioned or being stocked at N rzeszow.');
  });

  it('a set used up by formations stops counting and can be stocked again', () => {
    const L = readyLevel((l) => { l.rules = { ...l.rules, prepoTroops: 1500 }; });
    const R = rules(L);
    let s = give(start(L), L, { type: 'preposition', hub: 'rzeszow' }).state;
    s = untilDay(s, L, 1 + R.prepoDays).state;
    s = give(s, L, { type: 'airlift', formation: 'de-hr', to: 'rzeszow' }).state;
    expect(s.prepo[0]!.troops).toBe(0);
    expect(credibilityOf(s, indexLevel(L), 0).prepo).toBe(0);
    s = giveAll(s, L, [{ type: 'preposition', hub: 'rzeszow' }]);
    expect(s.prepo).toEqual([{ node: nodeIx(L, 'rzeszow'), troops: 1500, daysLeft: R.prepoDays }]);
  });
});

describe('airlift log reads well', () => {
  it('describes the order', () => {
    const L = readyLevel();
    expect(lines(give(start(L), L, { type: 'airlift', formation: 'gb-hr', to: 'rzeszow' }).log, L)).toEqual(['Airlift F gb-hr to N rzeszow (arrives day 1)']);
  });
});
