/** The facilitator's panel (issue 5): pause, inject, the intel estimate, extend, notes. */
import { describe, expect, it } from 'vitest';
import { facilitatorOrder, setPaused, startClassroomGame, takeTurn, withNote, endTurnNow } from '../../src/store/classroomActions';
import { sessionReplay } from '../../src/replay/replayFile';
import { reviewFromLog } from '../../src/classroom/review';
import { runReplay } from '../../src/classroom/replayRun';
import { verifyReplay } from '../../src/engine';
import { NOTE_MAX, parseReplayText } from '../../src/replay/replaySchema';
import { shippedLevel } from '../helpers/shipped';
import { classroomStore, setupFor, TEST_SALT } from './play';

const L = () => shippedLevel('tutorial');

function started() {
  const ctx = classroomStore();
  startClassroomGame(ctx.actions, L(), 'fac', setupFor(L()), TEST_SALT);
  return ctx;
}

const finishDay = ({ store, actions }: ReturnType<typeof started>) => {
  for (let i = 0; i < 3; i++) {
    takeTurn(store, actions, store.getState().session!.classroom!.done.findIndex((d) => !d));
    endTurnNow(store, actions);
  }
};

describe('facilitator', () => {
  it('pauses and resumes: a pause holds the page like a dialog', () => {
    const ctx = started();
    takeTurn(ctx.store, ctx.actions, 0);
    expect(ctx.store.getState().ui.modal).toBe(false);
    setPaused(ctx.store, ctx.actions, true);
    expect(ctx.store.getState().session!.classroom!.paused).toBe(true);
    expect(ctx.store.getState().ui.modal).toBe(true);
    setPaused(ctx.store, ctx.actions, false);
    expect(ctx.store.getState().ui.modal).toBe(false);
  });

  it('injects a prepared event: an engine order at no staff cost, fired tonight, shown in the review as injected', () => {
    const ctx = started();
    const before = ctx.store.getState().session!.state.staffLeft;
    expect(facilitatorOrder(ctx.actions, { type: 'inject', card: 't-snap' })).toBeNull();
    let g = ctx.store.getState().session!;
    expect(g.orders).toEqual([{ type: 'inject', card: 't-snap' }]);
    expect(g.state.staffLeft).toEqual(before);
    // Twice on one day is refused, with the engine's reason.
    expect(facilitatorOrder(ctx.actions, { type: 'inject', card: 't-snap' })?.code).toBe('alreadyInjected');
    finishDay(ctx);
    g = ctx.store.getState().session!;
    const r = reviewFromLog(g.level, g.log, g.notes);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ day: 1, card: 't-snap', injected: true, deterred: false });
    const decision = r.log.find((d) => d.kind === 'order' && d.cmd.type === 'inject');
    expect(decision?.kind === 'order' && decision.consequences.some((e) => e.t === 'event' && e.card === 't-snap')).toBe(true);
  });

  it('shows or hides the intel estimate (a setting every panel and the map read)', () => {
    const ctx = started();
    ctx.actions.updateSettings({ showIntel: false });
    expect(ctx.store.getState().settings.showIntel).toBe(false);
    ctx.actions.updateSettings({ showIntel: true });
    expect(ctx.store.getState().settings.showIntel).toBe(true);
  });

  it('extends the deadline through the engine, and the review reads the new one', () => {
    const ctx = started();
    expect(facilitatorOrder(ctx.actions, { type: 'extend', days: 5 })).toBeNull();
    expect(ctx.store.getState().session!.state.deadline).toBe(L().deadline + 5);
    expect(facilitatorOrder(ctx.actions, { type: 'extend', days: 31 })?.code).toBe('extendRange');
    finishDay(ctx);
    const g = ctx.store.getState().session!;
    expect(reviewFromLog(g.level, g.log).deadline).toBe(L().deadline + 5);
  });

  it('keeps notes in the session as plain text, in the review and in the exported replay, which still verifies', () => {
    const ctx = started();
    expect(ctx.actions.addNote('   ')).toBe(false);
    expect(ctx.actions.addNote('Ask: why did <b>Germany</b>\n hesitate?')).toBe(true);
    finishDay(ctx);
    ctx.actions.addNote('x'.repeat(NOTE_MAX + 50));
    const g = ctx.store.getState().session!;
    expect(g.notes).toEqual([{ day: 1, text: 'Ask: why did <b>Germany</b> hesitate?' }, { day: 2, text: 'x'.repeat(NOTE_MAX) }]);
    expect(withNote(g, '')).toBeNull();
    const replay = sessionReplay(g);
    expect(replay.notes).toEqual(g.notes);
    const parsed = parseReplayText(JSON.stringify(replay), 'class.replay.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.replay.notes).toEqual(g.notes);
    expect(verifyReplay(parsed.replay, L())).toMatchObject({ valid: true });
    expect(reviewFromLog(L(), runReplay(parsed.replay, L()).log, parsed.replay.notes).notes).toEqual(g.notes);
    // Notes change nothing in the game: the same replay without them gives the same hashes.
    const { notes: _drop, ...bare } = parsed.replay;
    expect(verifyReplay(bare, L()).hash).toBe(verifyReplay(parsed.replay, L()).hash);
  });

  it('refuses malformed notes in a replay file with a message naming the field', () => {
    const ctx = started();
    finishDay(ctx);
    const r = { ...sessionReplay(ctx.store.getState().session!), notes: [{ day: 0, text: '' }] };
    const parsed = parseReplayText(JSON.stringify(r), 'bad.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/notes/);
  });
});
