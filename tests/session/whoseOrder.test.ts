/**
 * Whose order it is (issue 10): in a classroom game the session refuses an order whose role the
 * team giving it does not hold, on every path: the store's issue and prepare, the map's right
 * click and the order panel's Confirm. Solo games and the facilitator's orders are unaffected.
 */
import { describe, expect, it } from 'vitest';
import { hashState, type Command } from '../../src/engine';
import { refusalText } from '../../src/i18n/engineText';
import { english, loadLanguage, setLanguage } from '../../src/i18n';
import { dropOrder, orderToNode } from '../../src/scenes/input/mapOrder';
import { issueOrder, startSession } from '../../src/session/session';
import { poolsOf, startClassroom } from '../../src/session/turns';
import { refuseOtherTeam, teamOfCommand } from '../../src/session/whoseOrder';
import { facilitatorOrder, startClassroomGame, takeTurn } from '../../src/store/classroomActions';
import { giveOrder } from '../../src/ui/orders/runOption';
import { noticeText } from '../../src/ui/noticeText';
import { shippedLevel } from '../helpers/shipped';
import { classroomStore, setupFor, TEST_SALT } from '../classroom/play';

const L = shippedLevel('tutorial');
const ACTIVATE: Command = { type: 'activate', formation: 'pl-6-ab' }; // the Polish minister's
const MOVE: Command = { type: 'move', formation: 'pl-1-armd', to: 'rzeszow' }; // ready at Warsaw
const PLAN: Command = { type: 'plan', axis: 'east' }; // the lead's

/** A classroom game with the coalition lead's team (team 0) at the screen. */
function leadAtScreen() {
  const ctx = classroomStore();
  startClassroomGame(ctx.actions, L, 'seat', setupFor(L), TEST_SALT);
  takeTurn(ctx.store, ctx.actions, 0);
  const c = ctx.store.getState().session!.classroom!;
  expect(c.teams[c.current]!.roles).toContain('lead');
  expect(teamOfCommand(c, L, ACTIVATE)).not.toBe(c.current);
  return ctx;
}

describe('refuseOtherTeam', () => {
  const c = startClassroom(setupFor(L), TEST_SALT);
  const lead = 0;
  const ministers = teamOfCommand(c, L, ACTIVATE);

  it('refuses another team\'s order with notYourOrder, naming whose it is', () => {
    const r = refuseOtherTeam(c, lead, L, ACTIVATE);
    expect(r?.code).toBe('notYourOrder');
    expect(r?.text).toBe('This order is for the Poland minister: the team that holds that role gives it on its own turn.');
    expect(refuseOtherTeam(c, ministers, L, PLAN)?.text).toMatch(/^This order is for the coalition lead:/);
  });

  it('lets a team give its own orders, and anyone give the facilitator\'s', () => {
    expect(refuseOtherTeam(c, ministers, L, ACTIVATE)).toBeNull();
    expect(refuseOtherTeam(c, lead, L, PLAN)).toBeNull();
    expect(refuseOtherTeam(c, lead, L, { type: 'extend', days: 3 })).toBeNull();
  });

  it('refuses every team\'s order while nobody is at the screen, and nothing in a solo game', () => {
    expect(refuseOtherTeam(c, -1, L, PLAN)?.code).toBe('notYourOrder');
    expect(refuseOtherTeam(null, -1, L, ACTIVATE)).toBeNull();
  });

  it('is said in Ukrainian too', async () => {
    setLanguage(await loadLanguage('uk'));
    try {
      expect(refusalText(refuseOtherTeam(c, lead, L, ACTIVATE)!, L)).toBe('Це наказ для ролі «міністр, Польща»: його віддає команда з цією роллю у свій хід.');
    } finally { setLanguage(english()); }
  });

  it('the session takes the team explicitly, as a network seat would give it', () => {
    const g = { ...startSession(L, 'seat', { pools: poolsOf(c) }, { ...c, current: lead }) };
    const asLead = issueOrder(g, ACTIVATE);
    expect(asLead.ok ? null : asLead.refusal.code).toBe('notYourOrder');
    const asMinisters = issueOrder(g, ACTIVATE, ministers);
    expect(asMinisters.ok).toBe(true);
    // a solo game is unaffected
    expect(issueOrder(startSession(L, 'seat'), ACTIVATE).ok).toBe(true);
  });
});

describe('another team\'s order through the store', () => {
  it('actions.issue refuses it: state, staff and orders unchanged, the reason on screen', () => {
    const { store, actions } = leadAtScreen();
    const before = store.getState().session!;
    const r = actions.issue(ACTIVATE);
    expect(r?.code).toBe('notYourOrder');
    const after = store.getState().session!;
    expect(after.state).toBe(before.state);
    expect(hashState(after.state)).toBe(hashState(before.state));
    expect(after.state.staffLeft).toEqual(before.state.staffLeft);
    expect(after.orders).toEqual([]);
    const notice = store.getState().ui.notices.at(-1)!;
    expect(notice.kind).toBe('refusal');
    expect(noticeText(notice.text)).toContain('the Poland minister');
  });

  it('actions.prepare refuses it too, and nothing is left pending', () => {
    const { store, actions } = leadAtScreen();
    const before = store.getState().session!;
    const r = actions.prepare(MOVE);
    expect('code' in r && r.code).toBe('notYourOrder');
    expect(store.getState().ui.pending).toBeNull();
    expect(store.getState().session).toBe(before);
  });

  it('the lead\'s own orders and the facilitator\'s still go through', () => {
    const { store, actions } = leadAtScreen();
    expect(actions.issue(PLAN)).toBeNull();
    expect(facilitatorOrder(actions, { type: 'extend', days: 2 })).toBeNull();
    expect(store.getState().session!.orders.map((o) => o.type)).toEqual(['plan', 'extend']);
  });
});

describe('another team\'s order through the map', () => {
  it('a right click to move another team\'s formation is refused with the reason shown; Confirm gives nothing', () => {
    const { store, actions } = leadAtScreen();
    const before = store.getState().session!;
    actions.select({ kind: 'formation', id: 'pl-1-armd' });
    const r = orderToNode(store, actions, L, 'rzeszow', false);
    expect(r && 'code' in r && r.code).toBe('notYourOrder');
    expect(store.getState().ui.pending).toBeNull();
    expect(noticeText(store.getState().ui.notices.at(-1)!.text)).toBe(refusalText(r as never, L));
    // The order panel's Confirm (and its keyboard Enter) give the order through the same door.
    expect(giveOrder(MOVE, store, actions)).toBe(false);
    const after = store.getState().session!;
    expect(after.state).toBe(before.state);
    expect(after.state.staffLeft).toEqual(before.state.staffLeft);
    expect(after.orders).toEqual([]);
  });

  it('the same right click on the ministers\' turn prepares the move, and Confirm gives it', () => {
    const { store, actions } = classroomStore();
    startClassroomGame(actions, L, 'seat', setupFor(L), TEST_SALT);
    const c = store.getState().session!.classroom!;
    takeTurn(store, actions, teamOfCommand(c, L, MOVE));
    actions.select({ kind: 'formation', id: 'pl-1-armd' });
    const r = orderToNode(store, actions, L, 'rzeszow', false);
    expect(r && 'cmd' in r && r.cmd).toEqual(MOVE);
    expect(giveOrder(store.getState().ui.pending!.cmd, store, actions)).toBe(true);
    expect(store.getState().session!.orders).toEqual([MOVE]);
  });
});

describe('dragging a unit onto a place', () => {
  it('another team\'s unit: refused with the reason shown, nothing given', () => {
    const { store, actions } = leadAtScreen();
    const r = dropOrder(actions, L, 'pl-1-armd', 'rzeszow', false);
    expect(r && 'code' in r && r.code).toBe('notYourOrder');
    expect(noticeText(store.getState().ui.notices.at(-1)!.text)).toBe(refusalText(r as never, L));
    expect(store.getState().session!.orders).toEqual([]);
  });

  it('on its team\'s turn the drop gives the move at once (undo takes it back), and selects the unit', () => {
    const { store, actions } = classroomStore();
    startClassroomGame(actions, L, 'seat', setupFor(L), TEST_SALT);
    takeTurn(store, actions, teamOfCommand(store.getState().session!.classroom!, L, MOVE));
    expect(dropOrder(actions, L, 'pl-1-armd', 'rzeszow', false)).toBeNull();
    expect(store.getState().session!.orders).toEqual([MOVE]);
    expect(store.getState().ui.selection).toEqual({ kind: 'formation', id: 'pl-1-armd' });
    expect(store.getState().ui.pending).toBeNull();
    expect(actions.undo()).toBe(true);
    expect(store.getState().session!.orders).toEqual([]);
  });
});

describe('undoing another team\'s order', () => {
  it('is refused by the session: the lead cannot take back the ministers\' order, the ministers can', () => {
    const { store, actions } = classroomStore();
    startClassroomGame(actions, L, 'seat', setupFor(L), TEST_SALT);
    const c = store.getState().session!.classroom!;
    const ministers = teamOfCommand(c, L, ACTIVATE);
    takeTurn(store, actions, ministers);
    expect(actions.issue(ACTIVATE)).toBeNull();
    const given = store.getState().session!;
    // the screen goes to the lead's team without the day ending (a facilitator's hand-over)
    actions.setClassroom({ ...given.classroom!, current: 0 });
    expect(actions.undo(0)).toBe(false);
    expect(store.getState().session!.orders).toEqual([ACTIVATE]);
    actions.setClassroom({ ...store.getState().session!.classroom!, current: ministers });
    expect(actions.undo(0)).toBe(true);
    expect(store.getState().session!.orders).toEqual([]);
  });
});
