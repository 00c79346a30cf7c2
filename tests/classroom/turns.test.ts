/** Hot-seat roles (issue 5): teams, their staff pools, their turns, and which orders are whose. */
import { describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { endTurnNow, startClassroomGame, takeTurn } from '../../src/store/classroomActions';
import {
  beginTurn, checkSetup, defaultSetup, endTurn, FACILITATOR_POOL, forceDay, newDay, nextTeam, poolsOf, startClassroom,
} from '../../src/session/turns';
import { roleOfCommand, teamOfCommand } from '../../src/session/whoseOrder';
import { applyCommand, evaluateCommand, isRefusal, newGame, resolveDay, type Command } from '../../src/engine';
import { contextOf, sectionsFor } from '../../src/ui/orders/orderOptions';
import { classroomUndoIndex, mayUndo } from '../../src/ui/classroom/ownOrders';
import { shippedLevel } from '../helpers/shipped';
import { classroomStore, playClassroom, setupFor, TEST_SALT } from './play';

const tutorial = () => shippedLevel('tutorial');
const campaign = () => shippedLevel('forty-thousand');

describe('classroom set-up', () => {
  it('offers three teams by default: the lead, the ministers of every guarantor, the US liaison', () => {
    const s = defaultSetup(tutorial());
    expect(s.teams.map((t) => t.roles)).toEqual([['lead'], ['PL', 'DE', 'GB'], ['us']]);
    // The lead and the ministers each get the level's staff actions less two; the US two.
    const L = tutorial();
    expect(s.teams.map((t) => t.perDay)).toEqual([L.staffActions - 2, L.staffActions - 2, 2]);
    const four = defaultSetup(campaign(), 3);
    expect(four.teams).toHaveLength(5);
    expect(four.teams.slice(1, 4).flatMap((t) => t.roles).sort()).toEqual(campaign().nations.map((n) => n.id).sort());
  });

  it('gives the engine one staff pool per team, and one for the facilitator (inject, extend)', () => {
    const pools = poolsOf(setupFor(tutorial()));
    expect(pools.map((p) => p.id)).toEqual(['lead', 'ministers-1', 'us', 'facilitator']);
    expect(pools[3]).toEqual(FACILITATOR_POOL);
  });

  it('says what is wrong with a set-up: the PIN, a role held twice or by no one, staff out of range', () => {
    const L = tutorial();
    expect(checkSetup(L, setupFor(L))).toEqual([]);
    const bad = setupFor(L, '12');
    bad.teams[1]!.roles = ['PL', 'DE'];
    bad.teams[2]!.roles = ['us', 'DE'];
    bad.teams[0]!.perDay = 99;
    expect(checkSetup(L, bad).map((p) => p.code).sort()).toEqual(['nationMissing', 'nationTwice', 'pin', 'staff'].sort());
    const noLead = setupFor(L);
    noLead.teams[0]!.roles = [];
    expect(checkSetup(L, noLead).map((p) => p.code)).toEqual(['noLead', 'emptyTeam']);
  });
});

describe('turns', () => {
  it('hands the screen from team to team; the day is over when every team has ended its part', () => {
    let c = startClassroom(setupFor(tutorial()), TEST_SALT);
    expect(c.current).toBe(-1);
    expect(nextTeam(c)).toBe(0);
    c = beginTurn(c, 0);
    expect(c.current).toBe(0);
    let r = endTurn(c);
    expect(r).toMatchObject({ dayOver: false, classroom: { current: -1, done: [true, false, false] } });
    expect(nextTeam(r.classroom)).toBe(1);
    // A team that has played cannot take the screen again today.
    expect(beginTurn(r.classroom, 0)).toBe(r.classroom);
    r = endTurn(beginTurn(r.classroom, 1));
    r = endTurn(beginTurn(r.classroom, 2));
    expect(r.dayOver).toBe(true);
    expect(nextTeam(r.classroom)).toBe(-1);
    expect(newDay(r.classroom).done).toEqual([false, false, false]);
  });

  it('lets the coalition lead end the day for every team', () => {
    const c = beginTurn(startClassroom(setupFor(tutorial()), TEST_SALT), 0);
    expect(forceDay(c)).toMatchObject({ dayOver: true, classroom: { done: [true, true, true], current: -1 } });
  });

  it('names whose each order is exactly as the engine does, for every order the bots give and every kind', () => {
    for (const level of [tutorial(), campaign()]) {
      let s = newGame(level, 'roles');
      const seen = new Set<string>();
      for (let day = 0; day < 25 && s.status === 'playing'; day++) {
        const orders = greedyBot(s, level).orders;
        for (const cmd of orders) {
          const a = evaluateCommand(s, level, cmd);
          if (!isRefusal(a)) { expect(roleOfCommand(level, cmd), JSON.stringify(cmd)).toBe(a.role); seen.add(cmd.type); }
        }
        s = resolveDay(s, level, orders).state;
      }
      expect(seen.size).toBeGreaterThan(3);
    }
    const L = tutorial();
    const s = newGame(L, 'roles');
    const kinds: Command[] = [
      { type: 'summit' }, { type: 'protocol' }, { type: 'plan', axis: 'east' }, { type: 'commit', axis: 'east' },
      { type: 'reassure', nation: 'DE' }, { type: 'allocate', enabler: 'isr', axis: 'east' }, { type: 'allocate', enabler: 'munitions' },
      { type: 'allocate', enabler: 'missileDefence', hub: 'rzeszow' }, { type: 'allocate', enabler: 'cyber', network: 'rail' },
      { type: 'surge', axis: 'east' }, { type: 'activate', formation: 'gb-16-aa' }, { type: 'inject', card: 't-veto' }, { type: 'extend', days: 2 },
    ];
    for (const cmd of kinds) {
      const a = evaluateCommand(s, L, cmd);
      expect(isRefusal(a), JSON.stringify(cmd)).toBe(false);
      if (!isRefusal(a)) expect(roleOfCommand(L, cmd)).toBe(a.role);
    }
  });

  it('each team spends its own staff pool; an empty pool stops that team only', () => {
    const L = tutorial();
    const setup = setupFor(L);
    setup.teams[2]!.perDay = 1;
    let s = newGame(L, 'pools', { pools: poolsOf(setup) });
    const share = L.staffActions - 2;
    expect(s.staffLeft).toEqual([share, share, 1, 0]);
    s = applyCommand(s, L, { type: 'allocate', enabler: 'isr', axis: 'east' }).state;
    expect(s.staffLeft).toEqual([share, share, 0, 0]);
    const r = applyCommand(s, L, { type: 'allocate', enabler: 'munitions' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.code).toBe('noStaff');
    expect(applyCommand(s, L, { type: 'activate', formation: 'pl-6-ab' }).ok).toBe(true);
    expect(applyCommand(s, L, { type: 'plan', axis: 'east' }).ok).toBe(true);
    // The facilitator's orders cost nothing and need no team.
    expect(applyCommand(s, L, { type: 'extend', days: 3 }).ok).toBe(true);
  });
});

describe('a hot-seat game in the store', () => {
  it('shows another team\'s orders as theirs, and lets a team undo only its own', () => {
    const { store, actions } = classroomStore();
    const L = tutorial();
    startClassroomGame(actions, L, 'seat', setupFor(L), TEST_SALT);
    expect(store.getState().ui.modal).toBe(true); // the handover holds the page
    takeTurn(store, actions, 0);
    expect(store.getState().ui.modal).toBe(false);
    let g = store.getState().session!;
    const formation = sectionsFor(g, contextOf(g, { kind: 'formation', id: 'pl-6-ab' }))[0]!;
    expect(formation.options.find((o) => o.order === 'activate')!.refusal).toBe('This order is for the Poland minister: the team that holds that role gives it on its own turn.');
    const axis = sectionsFor(g, contextOf(g, { kind: 'axis', id: 'east' }));
    expect(axis.flatMap((x) => x.options).find((o) => o.order === 'plan')!.refusal).toBeNull();
    expect(axis.flatMap((x) => x.options).find((o) => o.order === 'isr')!.refusal).toMatch(/US liaison/);

    actions.issue({ type: 'plan', axis: 'east' });
    endTurnNow(store, actions);
    takeTurn(store, actions, 1);
    actions.issue({ type: 'activate', formation: 'pl-6-ab' });
    g = store.getState().session!;
    expect(g.orders.map((o) => o.type)).toEqual(['plan', 'activate']);
    expect(mayUndo(g, g.orders[0]!)).toBe(false);
    expect(mayUndo(g, g.orders[1]!)).toBe(true);
    expect(classroomUndoIndex(g)).toBe(1);
    expect(store.getState().session!.state.day).toBe(1);
    endTurnNow(store, actions);
    takeTurn(store, actions, 2);
    endTurnNow(store, actions);
    // Every team has played: the day ended, the next one starts with the first team again.
    g = store.getState().session!;
    expect(g.state.day).toBe(2);
    expect(g.days[0]!.orders.map((o) => o.type)).toEqual(['plan', 'activate']);
    expect(g.classroom).toMatchObject({ current: -1, done: [false, false, false] });
    expect(teamOfCommand(g.classroom!, L, { type: 'surge', axis: 'east' })).toBe(2);
  });

  it('the lead can end the day for every team', () => {
    const { store, actions } = classroomStore();
    const L = tutorial();
    startClassroomGame(actions, L, 'force', setupFor(L), TEST_SALT);
    takeTurn(store, actions, 0);
    endTurnNow(store, actions, true);
    expect(store.getState().session!.state.day).toBe(2);
  });

  it('plays the tutorial to the end with three teams taking turns', () => {
    const { store } = playClassroom(tutorial(), 'a');
    const g = store.getState().session!;
    expect(g.state.status).toBe('won');
    expect(g.days.length).toBe(g.state.day);
    // Every day's orders came from the three teams' pools (the facilitator's pool stays unused).
    expect(g.log.filter((e) => e.t === 'order').every((e) => e.t === 'order' && ['lead', 'us', 'PL', 'DE', 'GB'].includes(e.role))).toBe(true);
  });
});
