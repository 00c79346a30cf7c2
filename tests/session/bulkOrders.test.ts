/**
 * Bulk orders are lists of ordinary commands given through the session one by one: the engine
 * accepts or refuses each as it would alone, the replay holds the ordinary commands, and each can
 * be undone on its own.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, canMove, evaluateCommand, indexLevel, isRefusal, verifyReplay, type Command } from '../../src/engine';
import { activateAllCommands, issueOrders, sendReadyCommands } from '../../src/session/bulkOrders';
import { endSessionDay, startSession, undoOrder, type GameSession } from '../../src/session/session';
import { sessionReplay } from '../../src/replay/replayFile';
import { shippedLevel } from '../helpers/shipped';

const L = shippedLevel('forty-thousand');
const ix = indexLevel(L);

/** Today's state rebuilt from the day's start by giving the session's orders one at a time. */
function rebuilt(g: GameSession) {
  let s = g.dayStart;
  for (const cmd of g.orders) {
    const r = applyCommand(s, L, cmd);
    if (!r.ok) throw new Error(r.refusal.text);
    s = r.state;
  }
  return s;
}

describe('activate every unit that can', () => {
  it('lists exactly the reserve units the engine would activate now', () => {
    const g = startSession(L, 'bulk-one');
    const listed = new Set(activateAllCommands(g).map((c) => (c.type === 'activate' ? c.formation : '')));
    expect(listed.size).toBeGreaterThan(0);
    for (const def of ix.formations) {
      const ok = !isRefusal(evaluateCommand(g.state, L, { type: 'activate', formation: def.id }));
      expect(listed.has(def.id), def.id).toBe(ok);
    }
  });

  it('gives them one by one as ordinary orders, reports each refused one, and undo takes back one at a time', () => {
    const g = startSession(L, 'bulk-two');
    const cmds = activateAllCommands(g);
    const r = issueOrders(g, cmds);
    expect(r.given.length + r.refused.length).toBe(cmds.length);
    expect(r.given.length).toBeGreaterThan(0);
    expect(r.session.orders).toEqual(r.given);
    expect(rebuilt(r.session)).toEqual(r.session.state);
    // Whatever was refused, the engine refuses it on the state the bulk order left.
    for (const x of r.refused) expect(isRefusal(evaluateCommand(r.session.state, L, x.cmd))).toBe(true);
    const undone = undoOrder(r.session, 0);
    expect(undone.orders).toEqual(r.given.slice(1));
  });
});

describe('send every ready unit of a nation still at home to a hub', () => {
  it('moves only that nation\'s units able to leave and away from the staging hubs, and the replay verifies', () => {
    let g = startSession(L, 'bulk-three');
    // Activate what can be, day after day, until some units stand ready at home.
    let sent: Command[] = [];
    for (let day = 0; day < 40 && sent.length === 0 && g.state.status === 'playing'; day++) {
      g = issueOrders(g, activateAllCommands(g)).session;
      for (const n of L.nations) {
        const cmds = sendReadyCommands(g, n.id, 'rzeszow');
        for (const c of cmds) {
          if (c.type !== 'move') throw new Error('a move');
          const fi = ix.formation.get(c.formation)!;
          expect(ix.formations[fi]!.nationId).toBe(n.id);
          expect(canMove(g.state.formations[fi]!)).toBe(true);
          expect(ix.staging[g.state.formations[fi]!.node]).toBe(false);
        }
        if (cmds.length && sent.length === 0) {
          const r = issueOrders(g, cmds);
          g = r.session;
          sent = r.given;
        }
      }
      g = endSessionDay(g);
    }
    expect(sent.length).toBeGreaterThan(0);
    const replay = sessionReplay(g);
    expect(replay.days.flatMap((d) => d.orders)).toEqual(expect.arrayContaining(sent));
    expect(verifyReplay(replay, L).valid).toBe(true);
  });
});
