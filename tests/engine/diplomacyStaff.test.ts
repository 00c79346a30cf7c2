import { describe, expect, it } from 'vitest';
import { card, formation, tinyLevel } from '../helpers/levelBuilder';
import { axisIx, endDays, entries, give, giveAll, linesOf, nationIx, refused, rules, start, untilDay } from '../helpers/play';
import { COMMAND_TYPES, STAFF_COST, credibilityOf, indexLevel, type Command } from '../../src/engine';
import type { LevelInput } from '../../src/levels/schema';

const hubLevel = (edit: (l: LevelInput) => void = () => {}) =>
  tinyLevel((l) => {
    l.nations[0]!.home = 'rzeszow';
    for (const n of l.nations) for (const x of n.roster) x.start = 'ready';
    edit(l);
  });

describe('summit', () => {
  it('raises every guarantor\'s will and unity (capped at 100), then cools down for summitCooldown days', () => {
    const L = hubLevel((l) => { l.nations[2]!.will = 98; });
    const R = rules(L);
    const s0 = start(L);
    const { state, log } = give(s0, L, { type: 'summit' });
    expect(log[0]).toMatchObject({ role: 'lead', cost: STAFF_COST.summit });
    expect(state.will).toEqual([70 + R.summitWill, 70 + R.summitWill, 100]);
    expect(state.unity).toBe(s0.unity + R.summitUnity);
    expect(state.summitDay).toBe(1);
    const early = untilDay(state, L, 1 + R.summitCooldown - 1).state;
    expect(refused(early, L, { type: 'summit' }, 'summitCooldown').text).toBe(`The last summit was on day 1; the next can meet on day ${1 + R.summitCooldown}.`);
    give(endDays(early, L, 1).state, L, { type: 'summit' });
  });
});

describe('bilateral reassurance', () => {
  it('raises one nation\'s will by reassureWill, capped at 100, each nation on its own cooldown', () => {
    const L = hubLevel((l) => { l.nations[1]!.will = 97; });
    const R = rules(L);
    const pl = nationIx(L, 'PL');
    const de = nationIx(L, 'DE');
    const s = giveAll(start(L), L, [{ type: 'reassure', nation: 'PL' }, { type: 'reassure', nation: 'DE' }]);
    expect(s.will[pl]).toBe(70 + R.reassureWill);
    expect(s.will[de]).toBe(100);
    expect(s.reassuredDay[pl]).toBe(1);
    const tooSoon = untilDay(s, L, 1 + R.reassureCooldown - 1).state;
    expect(refused(tooSoon, L, { type: 'reassure', nation: 'PL' }, 'reassureCooldown').text).toBe(`Poland was reassured on day 1; again from day ${1 + R.reassureCooldown}.`);
    const later = untilDay(s, L, 1 + R.reassureCooldown).state;
    give(later, L, { type: 'reassure', nation: 'PL' });
    expect(refused(later, L, { type: 'reassure', nation: 'DE' }, 'willFull').text).toBe("Germany's will is already at its maximum.");
    refused(later, L, { type: 'reassure', nation: 'FR' }, 'unknownNation');
  });
});

describe('public commitment', () => {
  const commitLevel = () => hubLevel((l) => {
    l.nations[2]!.roster.push(formation('gb-2', { kind: 'battlegroup', arm: 'light', strength: 1000, light: true, start: 'ready' }));
  });

  it('promises commitTroops more on the axis by commitDays: credibility now; kept when they stand there in time', () => {
    const L = commitLevel();
    const R = rules(L);
    const ix = indexLevel(L);
    const east = axisIx(L, 'east');
    const s0 = start(L);
    const { state, log } = give(s0, L, { type: 'commit', axis: 'east' });
    const promised = 5000 + R.commitTroops; // PL's 5,000 stand at Rzeszów already
    expect(log[0]).toMatchObject({ role: 'lead', detail: { readyDay: R.commitDays } });
    expect(state.commitments).toEqual([{ axis: east, byDay: R.commitDays, troops: promised, state: 'open' }]);
    expect(credibilityOf(state, ix, east).commitment).toBe(R.commitCredibility);
    expect(credibilityOf(state, ix, axisIx(L, 'north')).commitment).toBe(0);
    expect(refused(state, L, { type: 'commit', axis: 'east' }, 'commitExists').text).toBe(`A public commitment on the East axis is already open until day ${R.commitDays}.`);
    // Two light British battlegroups (2,200) fly in on day 2.
    const d2 = giveAll(endDays(state, L, 1).state, L, [
      { type: 'airlift', formation: 'gb-hr', to: 'rzeszow' },
      { type: 'airlift', formation: 'gb-2', to: 'rzeszow' },
    ]);
    const unityBefore = d2.unity;
    const kept = endDays(d2, L, 1);
    expect(linesOf(kept.log, L, 'commitment')).toEqual(['Commitment kept: 7,200 troops stand on the East axis.']);
    expect(entries(kept.log, 'commitment')[0]).toMatchObject({ day: 2, kept: true, ready: 7200, needed: promised });
    // unity + commitKeptUnity, then the daily drift of one point toward the average will (70)
    expect(kept.state.unity).toBe(unityBefore + R.commitKeptUnity - 1);
    expect(kept.state.commitments[0]!.state).toBe('kept');
    expect(credibilityOf(kept.state, ix, east).commitment).toBe(R.commitCredibility);
    expect(refused(kept.state, L, { type: 'commit', axis: 'east' }, 'commitExists').text).toBe('A public commitment on the East axis is already kept.');
  });

  it('broken when its day passes first: unity falls by commitBrokenUnity and the credibility is lost', () => {
    const L = commitLevel();
    const R = rules(L);
    const ix = indexLevel(L);
    const east = axisIx(L, 'east');
    const s = give(start(L), L, { type: 'commit', axis: 'east' }).state;
    const eve = untilDay(s, L, R.commitDays).state;
    expect(eve.commitments[0]!.state).toBe('open');
    const broken = endDays(eve, L, 1);
    expect(linesOf(broken.log, L, 'commitment')).toEqual([`Commitment broken: 5,000 of the promised ${(5000 + R.commitTroops).toLocaleString('en')} troops on the East axis.`]);
    expect(broken.state.unity).toBe(eve.unity - R.commitBrokenUnity + 1);
    expect(credibilityOf(broken.state, ix, east).commitment).toBe(0);
  });
});

describe('politics', () => {
  it('unity drifts one point a day toward the guarantors\' average will', () => {
    const L = hubLevel((l) => { l.start.unity = 60; l.nations[0]!.will = 80; l.nations[1]!.will = 71; l.nations[2]!.will = 60; });
    expect(endDays(start(L), L, 3).state.unity).toBe(63);
    const H = hubLevel((l) => { l.start.unity = 90; });
    expect(endDays(start(H), H, 2).state.unity).toBe(88);
    const E = hubLevel();
    expect(endDays(start(E), E, 5).state.unity).toBe(70);
  });
});

describe('staff actions', () => {
  it('each order costs its staff actions from the day\'s staffActions; refused when short; refilled the next day', () => {
    const L = hubLevel((l) => { l.staffActions = 3; });
    const s = giveAll(start(L), L, [{ type: 'reassure', nation: 'PL' }, { type: 'plan', axis: 'east' }]);
    expect(s.staffLeft).toEqual([3 - STAFF_COST.reassure - STAFF_COST.plan]);
    expect(refused(s, L, { type: 'plan', axis: 'north' }, 'noStaff').text).toBe(`Staff actions left today for the coalition: ${3 - STAFF_COST.reassure - STAFF_COST.plan}; this order needs ${STAFF_COST.plan}.`);
    expect(endDays(s, L, 1).state.staffLeft).toEqual([3]);
  });

  it('every order type is charged its STAFF_COST and belongs to its role', () => {
    const L = hubLevel((l) => {
      l.staffActions = 30; l.budget.start = 50; l.nations[1]!.home = 'rzeszow'; l.enablers.airlift = 100;
      l.deck = [card('c2', { window: [9, 9] })];
    });
    const orders: Record<string, Command> = {
      activate: { type: 'activate', formation: 'pl-bde' },
      move: { type: 'move', formation: 'de-bde', to: 'lviv' },
      airlift: { type: 'airlift', formation: 'gb-hr', to: 'rzeszow' },
      preposition: { type: 'preposition', hub: 'rzeszow' },
      exercise: { type: 'exercise', hub: 'rzeszow' },
      plan: { type: 'plan', axis: 'east' },
      protocol: { type: 'protocol' },
      allocate: { type: 'allocate', enabler: 'munitions' },
      surge: { type: 'surge', axis: 'east' },
      summit: { type: 'summit' },
      reassure: { type: 'reassure', nation: 'PL' },
      commit: { type: 'commit', axis: 'north' },
      euroLift: { type: 'euroLift' },
      play: { type: 'play', card: 'c2' },
      inject: { type: 'inject', card: 'c2' },
      extend: { type: 'extend', days: 5 },
    };
    const roles: Record<string, string> = {
      activate: 'PL', move: 'DE', airlift: 'GB', preposition: 'lead', exercise: 'lead', plan: 'lead', protocol: 'lead',
      allocate: 'us', surge: 'us', summit: 'lead', reassure: 'lead', commit: 'lead', euroLift: 'lead', play: 'moscow', inject: 'facilitator', extend: 'facilitator',
    };
    expect(Object.keys(orders).sort()).toEqual([...COMMAND_TYPES].sort());
    const withReserve = hubLevel((l) => {
      l.staffActions = 30; l.budget.start = 50; l.nations[1]!.home = 'rzeszow'; l.enablers.airlift = 100;
      l.nations[0]!.roster[1]!.start = 'reserve';
    });
    for (const type of COMMAND_TYPES) {
      const level = type === 'activate' ? withReserve : L;
      // Moscow's orders need a person in its role: one pool serving everyone, Moscow included.
      const s = type === 'play' ? start(level, 'test', { pools: [{ id: 'all', roles: ['*', 'moscow'], perDay: 30 }] }) : start(level);
      const { state, log } = give(s, level, orders[type]!);
      expect(log[0]).toMatchObject({ t: 'order', cost: STAFF_COST[type], role: roles[type] });
      expect(state.staffLeft[0]).toBe(s.staffLeft[0]! - STAFF_COST[type]);
    }
  });

  it('a command-and-control hit takes staff actions from the next day only', () => {
    const L = hubLevel((l) => {
      l.deck = [card('c2', { kind: 'cyber', network: 'c2', severity: 80, window: [1, 1], effect: { staff: 2 } })];
    });
    const d1 = endDays(start(L), L, 1);
    expect(linesOf(d1.log, L, 'event')[0]).toContain('Command networks disrupted: 2 staff actions lost tomorrow.');
    expect(d1.state.staffLeft).toEqual([L.staffActions - 2]);
    expect(d1.state.staffPenalty).toBe(0);
    expect(endDays(d1.state, L, 1).state.staffLeft).toEqual([L.staffActions]);
  });

  it('classroom pools: each role draws on its own pool; a role without a pool cannot give orders', () => {
    const L = hubLevel((l) => { l.nations[0]!.roster[1]!.start = 'reserve'; l.nations[1]!.roster[1]!.start = 'reserve'; });
    const pools = [
      { id: 'lead', roles: ['lead'], perDay: 3 },
      { id: 'us', roles: ['us'], perDay: 1 },
      { id: 'pl', roles: ['PL'], perDay: 1 },
    ];
    let s = start(L, 'pools', { pools });
    expect(s.staffLeft).toEqual([3, 1, 1]);
    s = give(s, L, { type: 'activate', formation: 'pl-bde' }).state;
    expect(s.staffLeft).toEqual([3, 1, 0]);
    s = give(s, L, { type: 'allocate', enabler: 'munitions' }).state;
    s = give(s, L, { type: 'protocol' }).state;
    expect(s.staffLeft).toEqual([0, 0, 0]);
    expect(refused(s, L, { type: 'reassure', nation: 'PL' }, 'noStaff').text).toBe('Staff actions left today for the coalition lead: 0; this order needs 1.');
    expect(refused(s, L, { type: 'allocate', enabler: 'isr', axis: 'east' }, 'noStaff').text).toBe('Staff actions left today for the US liaison: 0; this order needs 1.');
    expect(refused(start(L, 'pools', { pools }), L, { type: 'activate', formation: 'de-bde' }, 'noRole').params).toMatchObject({ nation: 'DE' });
    expect(endDays(s, L, 1).state.staffLeft).toEqual([3, 1, 1]);
  });

  it('the refusal for a role without a pool reads as a sentence', () => {
    const L = hubLevel();
    const pools = [{ id: 'us', roles: ['us'], perDay: 3 }];
    expect(refused(start(L, 'p', { pools }), L, { type: 'summit' }, 'noRole').text).toBe('No staff pool in this game serves the coalition lead.');
    expect(refused(start(L, 'p', { pools }), L, { type: 'reassure', nation: 'DE' }, 'noRole').text).toBe('No staff pool in this game serves the coalition lead.');
    expect(refused(start(L, 'p', { pools }), L, { type: 'move', formation: 'de-hr', to: 'warsaw' }, 'noRole').text).toBe('No staff pool in this game serves the Germany minister.');
  });

  it('a command-and-control hit costs the lead\'s pool first, then the others in turn', () => {
    const L = hubLevel((l) => {
      l.deck = [card('c2', { kind: 'cyber', network: 'c2', severity: 80, window: [1, 1], effect: { staff: 4 } })];
    });
    const pools = [
      { id: 'lead', roles: ['lead'], perDay: 3 },
      { id: 'us', roles: ['us'], perDay: 2 },
      { id: 'nations', roles: ['PL', 'DE', 'GB'], perDay: 2 },
    ];
    expect(endDays(start(L, 'p', { pools }), L, 1).state.staffLeft).toEqual([0, 1, 2]);
  });
});
