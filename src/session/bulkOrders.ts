import { canMove, indexLevel, isRefusal, type Command, type Refusal } from '../engine';
import { askOrder, issueOrder, teamAtScreen, type GameSession } from './session';

/**
 * Orders for many units at once ("activate every unit that can", "send every ready unit of a
 * nation to a hub"). A bulk order is only a list of the ordinary commands, given one after another
 * through issueOrder, so the replay holds ordinary commands, each can be undone on its own, and the
 * rules (staff, whose order it is) refuse any of them exactly as they would one by one.
 */

/** Every formation in reserve whose activation the session would accept now, in roster order. */
export function activateAllCommands(g: GameSession, team = teamAtScreen(g)): Command[] {
  const out: Command[] = [];
  for (const def of indexLevel(g.level).formations) {
    const cmd: Command = { type: 'activate', formation: def.id };
    if (!isRefusal(askOrder(g, cmd, team))) out.push(cmd);
  }
  return out;
}

/**
 * A move to `hub` for every formation of `nation` that is ready to leave and still away from the
 * staging hubs (at home, in a garrison): troops already on an axis are left where they stand.
 */
export function sendReadyCommands(g: GameSession, nation: string, hub: string): Command[] {
  const ix = indexLevel(g.level);
  const to = ix.node.get(hub);
  if (to === undefined) return [];
  const out: Command[] = [];
  ix.formations.forEach((def, fi) => {
    const f = g.state.formations[fi]!;
    if (def.nationId === nation && canMove(f) && f.node !== to && !ix.staging[f.node]) out.push({ type: 'move', formation: def.id, to: hub });
  });
  return out;
}

/**
 * The whole stack at a place carried to `hub` (a Ctrl-drag on the map): a move, or with `airlift` an
 * airlift, for every formation standing at `from` that is free to leave, in roster order. Those the
 * rules refuse (no sorties left, a unit not yet equipped) are refused one by one when given.
 */
export function stackMoveCommands(g: GameSession, from: string, hub: string, airlift = false): Command[] {
  const ix = indexLevel(g.level);
  const at = ix.node.get(from);
  if (at === undefined || from === hub || ix.node.get(hub) === undefined) return [];
  const out: Command[] = [];
  ix.formations.forEach((def, fi) => {
    const f = g.state.formations[fi]!;
    if (f.node === at && canMove(f)) out.push({ type: airlift ? 'airlift' : 'move', formation: def.id, to: hub });
  });
  return out;
}

/** The members of `cmds` the session would accept now, each asked on its own (for the drop ring). */
export function acceptedNow(g: GameSession, cmds: readonly Command[], team = teamAtScreen(g)): Command[] {
  return cmds.filter((c) => !isRefusal(askOrder(g, c, team)));
}

export interface BulkResult { session: GameSession; given: Command[]; refused: Array<{ cmd: Command; refusal: Refusal }> }

/** Give `cmds` in order; each refused one is kept with its reason and the rest still go. */
export function issueOrders(g: GameSession, cmds: readonly Command[], team = teamAtScreen(g)): BulkResult {
  let session = g;
  const given: Command[] = [];
  const refused: BulkResult['refused'] = [];
  for (const cmd of cmds) {
    const r = issueOrder(session, cmd, team);
    if (r.ok) {
      session = r.session;
      given.push(cmd);
    } else refused.push({ cmd, refusal: r.refusal });
  }
  return { session, given, refused };
}
