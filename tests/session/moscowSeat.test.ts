/**
 * The Moscow seat (issues 11 and 13): a classroom set-up may give Moscow to a team of the class;
 * that team plays Moscow's cards through the store like any order, the coalition cannot, Moscow's
 * orders of today stay hidden from the coalition, and the game's replay verifies.
 */
import { describe, expect, it } from 'vitest';
import { moscowHand, type Command } from '../../src/engine';
import { verifyReplay } from '../../src/engine/replay';
import { checkHonestRun } from '../../src/replay/honestRun';
import { sessionReplay } from '../../src/replay/replayFile';
import { checkSetup, defaultSetup, hasMoscowTeam, moscowTeam } from '../../src/session/turns';
import { hiddenFromTeam } from '../../src/session/whoseOrder';
import { endTurnNow, startClassroomGame, takeTurn } from '../../src/store/classroomActions';
import { shippedLevel } from '../helpers/shipped';
import { classroomStore, TEST_SALT } from '../classroom/play';

const L = shippedLevel('tutorial');

describe('the Moscow team in the set-up', () => {
  it('is absent by default (the red bot plays) and offered on request, with no staff', () => {
    expect(hasMoscowTeam(defaultSetup(L))).toBe(false);
    const s = defaultSetup(L, 1, true);
    expect(s.teams.at(-1)).toEqual({ id: 'moscow', roles: ['moscow'], perDay: 0 });
    expect(checkSetup(L, { ...s, pin: '2468' })).toEqual([]);
  });

  it('is held by one team that holds nothing else', () => {
    const s = defaultSetup(L, 1, true);
    expect(checkSetup(L, { ...s, pin: '2468', teams: [...s.teams, moscowTeam()] }).map((p) => p.code)).toContain('moscowTwice');
    const shared = s.teams.map((t) => (t.id === 'lead' ? { ...t, roles: ['lead', 'moscow'] } : t)).filter((t) => t.id !== 'moscow');
    expect(checkSetup(L, { ...s, pin: '2468', teams: shared })).toEqual([{ code: 'moscowShared', team: 'lead' }]);
  });
});

describe('a hot-seat game with a Moscow team', () => {
  it('plays a card through the store, refuses it to the coalition, hides it from them, and verifies', () => {
    const { store, actions } = classroomStore();
    startClassroomGame(actions, L, 'moscow-seat', { ...defaultSetup(L, 1, true), pin: '2468', group: 'Red team' }, TEST_SALT);
    const g0 = store.getState().session!;
    expect(g0.state.redPlayer).toBe(true);
    const moscow = g0.classroom!.teams.findIndex((t) => t.roles.includes('moscow'));
    const hand = moscowHand(g0.state, L);
    const playable = hand.find((c) => c.refusal === null);
    expect(playable, 'the tutorial deals a card Moscow may play on day 1').toBeDefined();
    const play: Command = { type: 'play', card: playable!.card };

    // The coalition lead (team 0) is at the screen: the play order is not its own.
    takeTurn(store, actions, 0);
    expect(actions.issue(play)?.code).toBe('notYourOrder');
    expect(store.getState().session!.orders).toEqual([]);
    endTurnNow(store, actions);
    for (let team = 1; team < moscow; team++) { takeTurn(store, actions, team); endTurnNow(store, actions); }

    // Moscow's team plays the card.
    takeTurn(store, actions, moscow);
    expect(actions.issue(play)).toBeNull();
    const g1 = store.getState().session!;
    expect(g1.orders).toEqual([play]);
    expect(moscowHand(g1.state, L).some((c) => c.card === play.card)).toBe(false);
    // Seen by Moscow's team, hidden from every coalition team.
    expect(hiddenFromTeam(g1.classroom, moscow, L, play)).toBe(false);
    expect(hiddenFromTeam(g1.classroom, 0, L, play)).toBe(true);
    expect(hiddenFromTeam(null, -1, L, play)).toBe(false);
    endTurnNow(store, actions);

    const g2 = store.getState().session!;
    expect(g2.state.day).toBe(2);
    const ci = L.deck.findIndex((c) => c.id === play.card);
    expect(g2.state.events.some((e) => e.card === ci && e.day === playable!.fires)).toBe(true);
    const replay = sessionReplay(g2);
    expect(replay.days[0]!.orders).toContainEqual(play);
    expect(verifyReplay(replay, L).valid).toBe(true);
    expect(checkHonestRun(replay, L).ok).toBe(true);
  });
});
