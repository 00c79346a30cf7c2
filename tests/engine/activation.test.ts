import { describe, expect, it } from 'vitest';
import { tinyLevel } from '../helpers/levelBuilder';
import { endDays, entries, f, give, lines, linesOf, nationIx, nodeIx, refused, rules, start } from '../helpers/play';

describe('activation', () => {
  it('given will at the threshold, when a formation is activated, then its notice-to-move counts down to ready', () => {
    const L = tinyLevel((l) => { l.nations[0]!.will = 50; l.start.unity = 50; });
    const s0 = start(L);
    // pl-bde: threshold 50, notice 4
    const { state: s1, log } = give(s0, L, { type: 'activate', formation: 'pl-bde' });
    expect(log[0]).toMatchObject({ t: 'order', role: 'PL', cost: 1, detail: { readyDay: 1 + 4 - 1 } });
    expect(f(s1, L, 'pl-bde')).toMatchObject({ status: 'mobilising', countdown: 4 });
    expect(s1.staffLeft).toEqual([L.staffActions - 1]);

    const day3 = endDays(s1, L, 3);
    expect(f(day3.state, L, 'pl-bde')).toMatchObject({ status: 'mobilising', countdown: 1 });
    expect(entries(day3.log, 'ready')).toEqual([]);
    const day4 = endDays(day3.state, L, 1);
    expect(f(day4.state, L, 'pl-bde')).toMatchObject({ status: 'ready', countdown: 0, node: nodeIx(L, 'warsaw') });
    expect(linesOf(day4.log, L, 'ready')).toEqual(['F pl-bde is ready at N warsaw.']);
    expect(entries(day4.log, 'ready')[0]!.day).toBe(4);
  });

  it('given will one below the threshold, the order is refused and says why', () => {
    const L = tinyLevel((l) => { l.nations[0]!.will = 49; l.start.unity = 49; });
    const r = refused(start(L), L, { type: 'activate', formation: 'pl-bde' }, 'lowWill');
    expect(r.text).toBe("Poland's political will is 49; F pl-bde needs 50 to be activated.");
  });

  it('a formation already activated cannot be activated again', () => {
    const L = tinyLevel();
    const s = give(start(L), L, { type: 'activate', formation: 'pl-bde' }).state;
    const r = refused(s, L, { type: 'activate', formation: 'pl-bde' }, 'notInReserve');
    expect(r.text).toBe('F pl-bde is already mobilising (4 days to go).');
  });

  it('a formation the level starts ready needs no activation', () => {
    const L = tinyLevel((l) => { l.nations[0]!.roster[1]!.start = 'ready'; });
    const s = start(L);
    expect(f(s, L, 'pl-bde')).toMatchObject({ status: 'ready', countdown: 0 });
    refused(s, L, { type: 'activate', formation: 'pl-bde' }, 'notInReserve');
  });

  it('the rapid-reaction protocol in force shortens notice-to-move by one day (never below one)', () => {
    const L = tinyLevel();
    const R = rules(L);
    let s = give(start(L), L, { type: 'protocol' }).state;
    expect(s.protocol).toBe(R.protocolDays);
    // Before it is in force, notice is unchanged.
    expect(give(s, L, { type: 'activate', formation: 'pl-bde' }).state.formations[1]!.countdown).toBe(4);
    s = endDays(s, L, R.protocolDays).state;
    expect(s.protocol).toBe(0);
    const a = give(s, L, { type: 'activate', formation: 'pl-bde' });
    expect(f(a.state, L, 'pl-bde').countdown).toBe(4 - 1);
    expect(a.log[0]).toMatchObject({ detail: { readyDay: s.day + 4 - 1 - 1 } });
    const L1 = tinyLevel((l) => { l.nations[0]!.roster[0]!.notice = 1; });
    let t = give(start(L1), L1, { type: 'protocol' }).state;
    t = endDays(t, L1, R.protocolDays).state;
    expect(f(give(t, L1, { type: 'activate', formation: 'pl-hr' }).state, L1, 'pl-hr').countdown).toBe(1);
  });

  it('below willPause a nation\'s mobilisation pauses (logged once a day) and resumes when will recovers', () => {
    const L = tinyLevel((l) => {
      l.nations[0]!.will = 50;
      // At the end of day 2 a disinformation card drops Poland's will from 50 to 25, under willPause.
      l.deck = [{ ...baseCard, effect: { will: { nation: 'PL', amount: -25 } } }];
    });
    const R = rules(L);
    expect(25).toBeLessThan(R.willPause);
    expect(25 + R.reassureWill).toBeGreaterThanOrEqual(R.willPause);
    let s = give(start(L), L, { type: 'activate', formation: 'pl-hr' }).state; // notice 2
    s = give(s, L, { type: 'activate', formation: 'pl-bde' }).state; // notice 4
    const d1 = endDays(s, L, 1);
    expect([f(d1.state, L, 'pl-hr').countdown, f(d1.state, L, 'pl-bde').countdown]).toEqual([1, 3]);
    // Day 2: mobilisation advances before the event lands.
    const d2 = endDays(d1.state, L, 1);
    expect(f(d2.state, L, 'pl-hr').status).toBe('ready');
    expect(f(d2.state, L, 'pl-bde').countdown).toBe(2);
    expect(d2.state.will[nationIx(L, 'PL')]).toBe(25);
    // Day 3: paused — the countdown holds, one line for the nation.
    const d3 = endDays(d2.state, L, 1);
    expect(f(d3.state, L, 'pl-bde')).toMatchObject({ status: 'mobilising', countdown: 2 });
    expect(linesOf(d3.log, L, 'paused')).toEqual(["Poland's mobilisation is paused: its will (25) is too low."]);
    // Reassurance lifts will to 25 + reassureWill ≥ willPause: the countdown runs again.
    const r = give(d3.state, L, { type: 'reassure', nation: 'PL' }).state;
    expect(r.will[nationIx(L, 'PL')]).toBe(25 + R.reassureWill);
    const d4 = endDays(r, L, 1);
    expect(f(d4.state, L, 'pl-bde').countdown).toBe(1);
    expect(entries(d4.log, 'paused')).toEqual([]);
    // Other nations never paused.
    expect(entries([...d3.log, ...d2.log], 'paused').map((e) => e.nation)).toEqual(['PL']);
  });

  it('a formation mobilises at its home garrison', () => {
    const L = tinyLevel();
    const s = give(start(L), L, { type: 'activate', formation: 'de-bde' });
    expect(lines(s.log, L)).toEqual(['Activate F de-bde']);
    expect(f(s.state, L, 'de-bde').node).toBe(L.nodes.findIndex((n) => n.id === 'berlin'));
  });
});

const baseCard = {
  id: 'disinfo', kind: 'disinformation' as const, title: 'Disinformation', text: 'Fake stories.', axis: 'north' as const,
  severity: 50, window: [2, 2] as [number, number], warning: 0, chance: 100, deterrable: true,
};
