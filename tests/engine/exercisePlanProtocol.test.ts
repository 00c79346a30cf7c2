import { describe, expect, it } from 'vitest';
import { tinyLevel } from '../helpers/levelBuilder';
import { endDays, entries, f, give, lines, linesOf, refused, rules, start, untilDay, axisIx } from '../helpers/play';
import { credibilityOf, effectiveNotice, indexLevel } from '../../src/engine';
import type { LevelInput } from '../../src/levels/schema';

/** PL and DE garrisoned at the East hub Rzeszów, everything ready there; GB stays in London. */
const hubLevel = (edit: (l: LevelInput) => void = () => {}) =>
  tinyLevel((l) => {
    l.nations[0]!.home = 'rzeszow';
    l.nations[1]!.home = 'rzeszow';
    for (const n of l.nations) for (const x of n.roster) x.start = 'ready';
    edit(l);
  });

describe('joint exercise', () => {
  it('needs ready formations of two nations at a staging hub', () => {
    const one = hubLevel((l) => { l.nations[1]!.home = 'lviv'; });
    const r = refused(start(one), one, { type: 'exercise', hub: 'rzeszow' }, 'exerciseNations');
    expect(r.text).toBe('A joint exercise needs ready formations of at least two nations at N rzeszow; there are 1.');
    refused(start(one), one, { type: 'exercise', hub: 'orzysz' }, 'exerciseNations');
    refused(start(one), one, { type: 'exercise', hub: 'warsaw' }, 'notStagingHub');
    // Formations still mobilising do not count.
    const mob = hubLevel((l) => { l.nations[1]!.roster.forEach((x) => { x.start = 'reserve'; }); });
    const s = give(start(mob), mob, { type: 'activate', formation: 'de-hr' }).state;
    refused(s, mob, { type: 'exercise', hub: 'rzeszow' }, 'exerciseNations');
  });

  it('keeps its formations busy, raises interoperability, certifies only the high-readiness ones, and credibility lasts a window', () => {
    const L = hubLevel();
    const R = rules(L);
    const ix = indexLevel(L);
    const east = axisIx(L, 'east');
    const north = axisIx(L, 'north');
    const s0 = start(L);
    const { state, log } = give(s0, L, { type: 'exercise', hub: 'rzeszow' });
    expect(log[0]).toMatchObject({ role: 'lead', cost: 2, detail: { readyDay: 1 + R.exerciseDays - 1 } });
    for (const id of ['pl-hr', 'pl-bde', 'de-hr', 'de-bde']) expect(f(state, L, id).busyDays).toBe(R.exerciseDays);
    expect(f(state, L, 'gb-hr').busyDays).toBe(0);
    const busy = refused(state, L, { type: 'move', formation: 'pl-bde', to: 'lviv' }, 'busy');
    expect(busy.text).toBe(`F pl-bde is taking part in a joint exercise for ${R.exerciseDays} more days.`);
    refused(state, L, { type: 'exercise', hub: 'rzeszow' }, 'exerciseRunning');

    const before = credibilityOf(state, ix, east);
    expect(before.exercise).toBe(0);
    const end = endDays(state, L, R.exerciseDays);
    expect(linesOf(end.log, L, 'exercised')).toEqual(['Joint exercise at N rzeszow ends: 4 formations more interoperable, 2 certified for the high-readiness core.']);
    const ex = entries(end.log, 'exercised')[0]!;
    expect(ex).toMatchObject({ day: R.exerciseDays, certified: ['pl-hr', 'de-hr'] });
    for (const id of ['pl-hr', 'pl-bde', 'de-hr', 'de-bde']) {
      expect(f(end.state, L, id).interop).toBe(f(s0, L, id).interop + R.exerciseInterop);
      expect(f(end.state, L, id).busyDays).toBe(0);
    }
    expect(f(end.state, L, 'pl-hr').certified).toBe(true);
    expect(f(end.state, L, 'de-hr').certified).toBe(true);
    expect(f(end.state, L, 'pl-bde').certified).toBe(false);
    expect(f(end.state, L, 'gb-hr').certified).toBe(false);
    // Free to move again.
    give(end.state, L, { type: 'move', formation: 'pl-bde', to: 'lviv' });

    // Credibility: +exerciseCredibility on the hub's axes for exerciseCredibilityDays days, the last day of the exercise included.
    const last = R.exerciseDays;
    expect(end.state.exerciseUntil[east]).toBe(last + R.exerciseCredibilityDays - 1);
    expect(credibilityOf(end.state, ix, east).exercise).toBe(R.exerciseCredibility);
    expect(credibilityOf(end.state, ix, north).exercise).toBe(0);
    const stillOn = untilDay(end.state, L, last + R.exerciseCredibilityDays - 1).state;
    expect(credibilityOf(stillOn, ix, east).exercise).toBe(R.exerciseCredibility);
    const over = endDays(stillOn, L, 1).state;
    expect(credibilityOf(over, ix, east).exercise).toBe(0);
  });

  it('interoperability stops at 100', () => {
    const L = hubLevel((l) => { l.nations[0]!.roster[0]!.interop = 95; });
    const R = rules(L);
    const end = endDays(give(start(L), L, { type: 'exercise', hub: 'rzeszow' }).state, L, R.exerciseDays).state;
    expect(f(end, L, 'pl-hr').interop).toBe(100);
  });

  it('an equipment-less or disrupted formation at the hub is not a candidate', () => {
    const L = hubLevel((l) => {
      l.nations[1]!.home = 'berlin';
      l.enablers.airlift = 100;
    });
    // de-bde flies in without its equipment: at the hub but not ready, so only PL is there.
    const s = give(start(L), L, { type: 'airlift', formation: 'de-bde', to: 'rzeszow' }).state;
    const landed = endDays(s, L, 1).state;
    expect(f(landed, L, 'de-bde').equipDays).toBeGreaterThan(0);
    refused(landed, L, { type: 'exercise', hub: 'rzeszow' }, 'exerciseNations');
  });
});

describe('contingency plan', () => {
  it('is drafted over planDays, then adds planCredibility on its axis only', () => {
    const L = hubLevel();
    const R = rules(L);
    const ix = indexLevel(L);
    const { state, log } = give(start(L), L, { type: 'plan', axis: 'north' });
    expect(log[0]).toMatchObject({ role: 'lead', cost: 2, detail: { readyDay: R.planDays } });
    expect(state.plans[axisIx(L, 'north')]).toBe(R.planDays);
    expect(refused(state, L, { type: 'plan', axis: 'north' }, 'planExists').text).toBe(`The North contingency plan is already being drafted (${R.planDays} days left).`);
    const almost = endDays(state, L, R.planDays - 1);
    expect(credibilityOf(almost.state, ix, axisIx(L, 'north')).plan).toBe(0);
    const done = endDays(almost.state, L, 1);
    expect(linesOf(done.log, L, 'planDone')).toEqual(['The North contingency plan is in force.']);
    expect(credibilityOf(done.state, ix, axisIx(L, 'north')).plan).toBe(R.planCredibility);
    expect(credibilityOf(done.state, ix, axisIx(L, 'east')).plan).toBe(0);
    expect(refused(done.state, L, { type: 'plan', axis: 'north' }, 'planExists').text).toBe('The North contingency plan is already in force.');
    refused(done.state, L, { type: 'plan', axis: 'south' }, 'unknownAxis');
  });
});

describe('rapid-reaction protocol', () => {
  it('needs protocolUnityNeeded unity', () => {
    const L = hubLevel((l) => { l.start.unity = rulesNeeded() - 1; });
    const r = refused(start(L), L, { type: 'protocol' }, 'lowUnity');
    expect(r.text).toBe(`Coalition unity is ${rulesNeeded() - 1}; this needs at least ${rulesNeeded()}.`);
    const ok = hubLevel((l) => { l.start.unity = rulesNeeded(); });
    give(start(ok), ok, { type: 'protocol' });
  });

  it('takes protocolDays, then adds protocolCredibility on every axis; only once', () => {
    const L = hubLevel();
    const R = rules(L);
    const ix = indexLevel(L);
    const { state, log } = give(start(L), L, { type: 'protocol' });
    expect(log[0]).toMatchObject({ role: 'lead', cost: 3, detail: { readyDay: R.protocolDays } });
    expect(refused(state, L, { type: 'protocol' }, 'protocolExists').text).toBe(`The rapid-reaction protocol is already being drafted (${R.protocolDays} days left).`);
    const done = endDays(state, L, R.protocolDays);
    expect(lines(entries(done.log, 'protocolDone'), L)).toEqual(['The rapid-reaction protocol is in force.']);
    for (let a = 0; a < L.axes.length; a++) expect(credibilityOf(done.state, ix, a).protocol).toBe(R.protocolCredibility);
    refused(done.state, L, { type: 'protocol' }, 'protocolExists');
  });
});

function rulesNeeded(): number {
  return rules(hubLevel()).protocolUnityNeeded;
}

describe('a contingency plan speeds the response on its axis', () => {
  it('high-readiness formations staged for the axis move a day sooner once the plan is in force', () => {
    const L = tinyLevel((l) => {
      for (const n of l.nations) for (const x of n.roster) x.start = 'ready';
      l.nations[0]!.home = 'rzeszow';
    });
    const R = rules(L);
    const ix = indexLevel(L);
    const hr = ix.formation.get('pl-hr')!;
    const s0 = start(L);
    const before = effectiveNotice(s0, ix, hr);
    const planned = untilDay(give(s0, L, { type: 'plan', axis: 'east' }).state, L, 1 + R.planDays).state;
    expect(planned.plans[ix.axis.get('east')!]).toBe(0);
    expect(effectiveNotice(planned, ix, hr)).toBe(Math.max(1, before - 1));
    // A formation elsewhere (at home in Berlin) does not gain from the East plan.
    const de = ix.formation.get('de-hr')!;
    expect(effectiveNotice(planned, ix, de)).toBe(effectiveNotice(s0, ix, de));
  });
});
