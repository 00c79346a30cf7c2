import { describe, expect, it } from 'vitest';
import { card, formation, node, rail, road, sea, tinyLevel } from '../helpers/levelBuilder';
import { endDays, entries, f, give, giveAll, lines, linesOf, linkIx, nodeIx, refused, rules, start, untilDay } from '../helpers/play';
import type { LevelInput } from '../../src/levels/schema';

/**
 * A line map for movement:  a ─rail 2d cap 3000 / road 3d─ b(hub) ─rail 1d cap 3000, gauge break / road 6d─ c(hub)
 * plus a detour a ─road 1d─ d ─road 3d─ b, and two ports a ~sea 2d~ p.
 * Four PL formations of 2,000 start ready at a.
 */
function lineLevel(edit: (l: LevelInput) => void = () => {}) {
  return tinyLevel((l) => {
    l.nodes = [
      node('a', ['garrison', 'rail', 'port']),
      node('b', ['hub', 'rail'], ['east']),
      node('c', ['hub', 'rail'], ['east'], { country: 'UKR' }),
      node('d', ['garrison']),
      node('p', ['port', 'hub'], ['north']),
      node('island', ['hub'], ['north']),
    ];
    l.links = [
      rail('a', 'b', 2, 3000),
      road('a', 'b', 3),
      rail('b', 'c', 1, 3000, true),
      road('b', 'c', 6),
      road('a', 'd', 1),
      road('d', 'b', 3),
      sea('a', 'p', 2),
    ];
    l.nations = [{
      id: 'PL', will: 70, home: 'a',
      roster: ['w', 'x', 'y', 'z'].map((id) => formation(id, { strength: 2000, start: 'ready' })),
    }];
    l.enablers = { ...l.enablers, airlift: 0 };
    edit(l);
  });
}

describe('movement by road, rail and sea', () => {
  it('a road leg takes its days; the formation arrives at the end of the last one', () => {
    const L = lineLevel((l) => { l.links = l.links.filter((x) => x.id !== 'a-b-rail'); });
    const { state, log } = give(start(L), L, { type: 'move', formation: 'w', to: 'b' });
    expect(log[0]).toMatchObject({ t: 'order', role: 'PL', cost: 1, detail: { arrivalDay: 3, route: ['a', 'b'] } });
    expect(lines(log, L)).toEqual(['Move F w to N b (arrives day 3)']);
    expect(f(state, L, 'w')).toMatchObject({ status: 'moving', node: nodeIx(L, 'a'), route: [{ link: linkIx(L, 'a-b-road'), to: nodeIx(L, 'b'), days: 3 }], legLeft: 3 });
    const d2 = endDays(state, L, 2);
    expect(f(d2.state, L, 'w')).toMatchObject({ status: 'moving', legLeft: 1 });
    const d3 = endDays(d2.state, L, 1);
    expect(f(d3.state, L, 'w')).toMatchObject({ status: 'ready', node: nodeIx(L, 'b'), route: null });
    expect(linesOf(d3.log, L, 'arrived')).toEqual(['F w arrives at N b.']);
    expect(entries(d3.log, 'arrived')[0]).toMatchObject({ day: 3, equipped: true });
  });

  it('a sea link between two ports takes its days', () => {
    const L = lineLevel();
    const { log } = give(start(L), L, { type: 'move', formation: 'w', to: 'p' });
    expect(log[0]).toMatchObject({ detail: { arrivalDay: 2, route: ['a', 'p'] } });
  });

  it('the earliest-arrival route is chosen (rail 2 days beats road 3 days), and a multi-leg route is followed leg by leg', () => {
    const L = lineLevel();
    const s = give(start(L), L, { type: 'move', formation: 'w', to: 'b' });
    expect(s.log[0]).toMatchObject({ detail: { arrivalDay: 2, route: ['a', 'b'] } });
    expect(f(s.state, L, 'w').route).toEqual([{ link: linkIx(L, 'a-b-rail'), to: nodeIx(L, 'b'), days: 2 }]);
    // a → c: rail a-b (2 days) then rail b-c across the gauge break (1 day + transshipment).
    const R = rules(L);
    const t = give(start(L), L, { type: 'move', formation: 'w', to: 'c' });
    expect(t.log[0]).toMatchObject({ detail: { route: ['a', 'b', 'c'], arrivalDay: 2 + 1 + R.transshipDays } });
    const mid = untilDay(t.state, L, 3);
    expect(f(mid.state, L, 'w')).toMatchObject({ status: 'moving', node: nodeIx(L, 'b'), route: [{ link: linkIx(L, 'b-c-rail'), days: 1 + R.transshipDays }] });
    const end = endDays(mid.state, L, 1 + R.transshipDays);
    expect(f(end.state, L, 'w')).toMatchObject({ status: 'ready', node: nodeIx(L, 'c') });
    expect(entries(end.log, 'arrived')[0]!.day).toBe(2 + 1 + R.transshipDays);
  });

  it('rail capacity is shared day by day, first come first served, across formations and across days of orders', () => {
    const L = lineLevel((l) => { l.links = [rail('a', 'b', 1, 3000), road('a', 'b', 9), ...l.links.slice(2)]; });
    const li = linkIx(L, 'a-b-rail');
    const s1 = give(start(L), L, { type: 'move', formation: 'w', to: 'b' });
    expect(s1.log[0]).toMatchObject({ detail: { arrivalDay: 1 } }); // 2,000 load on day 1
    expect(s1.state.railLoads[li]).toEqual([1, 2000]);
    const s2 = give(s1.state, L, { type: 'move', formation: 'x', to: 'b' });
    expect(s2.log[0]).toMatchObject({ detail: { arrivalDay: 2 } }); // 1,000 on day 1, 1,000 on day 2
    expect(s2.state.railLoads[li]).toEqual([1, 3000, 2, 1000]);
    const s3 = give(s2.state, L, { type: 'move', formation: 'y', to: 'b' });
    expect(s3.log[0]).toMatchObject({ detail: { arrivalDay: 2 } }); // day 1 full: 2,000 on day 2
    expect(s3.state.railLoads[li]).toEqual([1, 3000, 2, 3000]);
    // The next day the line's calendar has dropped day 1; the fourth formation finds day 2 full.
    const day2 = endDays(s3.state, L, 1).state;
    expect(day2.railLoads[li]).toEqual([2, 3000]);
    const s4 = give(day2, L, { type: 'move', formation: 'z', to: 'b' });
    expect(s4.log[0]).toMatchObject({ detail: { arrivalDay: 3 } });
    expect(s4.state.railLoads[li]).toEqual([2, 3000, 3, 2000]);
    const arrivals = entries(endDays(s4.state, L, 2).log, 'arrived').map((e) => [e.formation, e.day]);
    expect(arrivals).toEqual([['x', 2], ['y', 2], ['z', 3]]);
  });

  it('crossing the gauge break adds the transshipment days to a rail leg', () => {
    const L = lineLevel((l) => {
      l.nations[0]!.home = 'b';
      l.nations[0]!.roster[0]!.strength = 3000;
    });
    const R = rules(L);
    const s = give(start(L), L, { type: 'move', formation: 'w', to: 'c' });
    expect(s.log[0]).toMatchObject({ detail: { route: ['b', 'c'], arrivalDay: 1 + R.transshipDays } });
    // Without the gauge break the same line takes its one day.
    const plain = lineLevel((l) => {
      l.nations[0]!.home = 'b';
      l.links = l.links.map((x) => (x.id === 'b-c-rail' ? { ...x, gaugeBreak: false } : x));
    });
    expect(give(start(plain), plain, { type: 'move', formation: 'w', to: 'c' }).log[0]).toMatchObject({ detail: { arrivalDay: 1 } });
    // A second formation that has to wait for the line waits, then transships.
    const t = give(s.state, L, { type: 'move', formation: 'x', to: 'c' });
    expect(t.log[0]).toMatchObject({ detail: { arrivalDay: 2 + R.transshipDays } });
  });

  it('a cut link is avoided by new routes; the detour is taken while it lasts', () => {
    const L = lineLevel((l) => {
      l.deck = [card('cut-ab', { kind: 'sabotage', window: [1, 1], effect: { cut: { links: ['a-b-rail', 'a-b-road'], days: 3 } } })];
      l.axes[0]!.bar = 0;
    });
    const d1 = endDays(start(L), L, 1);
    expect(d1.state.linkCutUntil[linkIx(L, 'a-b-rail')]).toBe(1 + 3);
    const ev = entries(d1.log, 'event')[0]!;
    expect(ev.effects).toEqual([{ k: 'cut', links: ['a-b-rail', 'a-b-road'], until: 4 }]);
    expect(lines([ev], L)[0]).toContain('the rail link N a–N b, the road link N a–N b cut until day 4.');
    // Day 2: the detour a → d → b (1 + 3 days).
    const s = give(d1.state, L, { type: 'move', formation: 'w', to: 'b' });
    expect(s.log[0]).toMatchObject({ detail: { route: ['a', 'd', 'b'], arrivalDay: 2 + 4 - 1 } });
    // Day 5 the line is open again and the direct rail is used.
    const d5 = untilDay(d1.state, L, 5).state;
    expect(give(d5, L, { type: 'move', formation: 'w', to: 'b' }).log[0]).toMatchObject({ detail: { route: ['a', 'b'], arrivalDay: 6 } });
  });

  it('a later rail leg is booked only when the formation reaches it, so a hold frees the line for others', () => {
    // x: a –road 3 days– b –rail 1 day– c; y waits at b for the same line. A cut on the road holds x.
    const L = lineLevel((l) => {
      l.links = l.links.filter((k) => k.id !== 'a-b-rail');
      l.nations[0]!.roster = [formation('x', { strength: 3000, start: 'ready' }), formation('y', { strength: 3000, start: 'ready' })];
      l.nations[0]!.home = 'a';
      l.deck = [card('cut-road', { kind: 'sabotage', window: [1, 1], effect: { cut: { links: ['a-b-road'], days: 2 } } })];
      l.axes[0]!.bar = 0;
    });
    const sx = give(start(L), L, { type: 'move', formation: 'x', to: 'c' }).state;
    // Only the road leg has begun: nothing is booked on the rail line yet.
    expect(sx.railLoads[linkIx(L, 'b-c-rail')]).toEqual([]);
    const held = endDays(sx, L, 3).state; // held on days 2 and 3
    expect(f(held, L, 'x')).toMatchObject({ node: nodeIx(L, 'a'), legLeft: 2 });
    // y sets off the day the road reopens; both then need the same 3,000-a-day line.
    let s = give(held, L, { type: 'move', formation: 'y', to: 'c' }).state;
    // Every day, no rail line carries more than its capacity.
    for (let day = 0; day < 8; day++) {
      s = endDays(s, L, 1).state;
      for (const [li, loads] of s.railLoads.entries()) {
        for (let k = 1; k < loads.length; k += 2) expect(loads[k]!).toBeLessThanOrEqual(L.links[li]!.capacity ?? Infinity);
      }
    }
    expect(f(s, L, 'x')).toMatchObject({ status: 'ready', node: nodeIx(L, 'c') });
    expect(f(s, L, 'y')).toMatchObject({ status: 'ready', node: nodeIx(L, 'c') });
  });

  it('a formation already on a link that gets cut is held there until it reopens', () => {
    const L = lineLevel((l) => {
      l.deck = [card('cut-ab', { kind: 'sabotage', window: [1, 1], effect: { cut: { links: ['a-b-rail'], days: 2 } } })];
      l.axes[0]!.bar = 0;
    });
    const s = give(start(L), L, { type: 'move', formation: 'w', to: 'b' }).state; // rail, 2 days: day 1 and 2
    const d1 = endDays(s, L, 1); // travels on day 1, then the line is cut until day 3
    expect(f(d1.state, L, 'w')).toMatchObject({ route: [{ link: linkIx(L, 'a-b-rail'), to: nodeIx(L, 'b') }], legLeft: 1 });
    const d3 = endDays(d1.state, L, 2);
    expect(linesOf(d3.log, L, 'held')).toEqual(['F w is held up: the rail link N a–N b is cut.', 'F w is held up: the rail link N a–N b is cut.']);
    expect(entries(d3.log, 'held').map((e) => e.day)).toEqual([2, 3]);
    expect(f(d3.state, L, 'w').legLeft).toBe(1);
    const d4 = endDays(d3.state, L, 1);
    expect(entries(d4.log, 'arrived')).toMatchObject([{ formation: 'w', day: 4 }]);
  });

  it('a card cutting a kind of link closes that kind wherever it touches a staging hub of its axis', () => {
    const L = lineLevel((l) => {
      l.deck = [card('rail-cyber', { kind: 'cyber', axis: 'east', network: 'rail', window: [1, 1], effect: { cut: { kind: 'rail', days: 2 } } })];
      l.enablers = { ...l.enablers, cyber: 0 };
      l.links.push(rail('a', 'd', 1, 1000));
    });
    const d1 = endDays(start(L), L, 1).state;
    const cut = L.links.filter((_, i) => d1.linkCutUntil[i]! > 0).map((x) => x.id);
    expect(cut).toEqual(['a-b-rail', 'b-c-rail']); // a-d-rail touches no East hub; roads stay open
  });

  it('refuses moves it cannot carry out', () => {
    const L = lineLevel((l) => {
      l.nations[0]!.roster.push(formation('reserve-one', { strength: 1000 }));
    });
    const s = start(L);
    refused(s, L, { type: 'move', formation: 'w', to: 'island' }, 'noRoute');
    refused(s, L, { type: 'move', formation: 'w', to: 'a' }, 'sameNode');
    refused(s, L, { type: 'move', formation: 'reserve-one', to: 'b' }, 'notMobilised');
    refused(s, L, { type: 'move', formation: 'nobody', to: 'b' }, 'unknownFormation');
    refused(s, L, { type: 'move', formation: 'w', to: 'atlantis' }, 'unknownNode');
    const moving = give(s, L, { type: 'move', formation: 'w', to: 'b' }).state;
    const r = refused(moving, L, { type: 'move', formation: 'w', to: 'c' }, 'notReady');
    expect(r.text).toBe('F w is not ready to move: it is on the move to N b.');
    const mob = giveAll(s, L, [{ type: 'activate', formation: 'reserve-one' }]);
    expect(refused(mob, L, { type: 'move', formation: 'reserve-one', to: 'b' }, 'notReady').text).toContain('mobilising');
  });
});
