/**
 * How a day's orders of a plan (the expert bot's) are given through the interface, the old way
 * (one unit at a time) or the new way (bulk orders where a bulk order gives exactly the plan's
 * orders, and the rest one by one, moves by drag: a whole stack by Ctrl-drag). A bulk order is used only when it gives the
 * same orders as the plan and the day still ends on the plan's state hash, so both ways play the
 * same game.
 */
import { applyCommand, endDay, hashState, indexLevel, type Command, type GameState } from '../../src/engine';
import type { Level } from '../../src/levels/schema';
import { activateAllCommands, issueOrders, sendReadyCommands, stackMoveCommands } from '../../src/session/bulkOrders';
import { issueOrder, type GameSession } from '../../src/session/session';

export type Step =
  | { kind: 'one'; cmd: Command }
  | { kind: 'activateAll'; cmds: Command[] }
  | { kind: 'sendAll'; nation: string; hub: string; cmds: Command[] }
  | { kind: 'stack'; from: string; hub: string; cmds: Command[] };

const key = (c: Command) => JSON.stringify(c);
const sameSet = (a: Command[], b: Command[]) => a.length === b.length && a.every((x) => b.some((y) => key(x) === key(y)));

/** The state at the end of the day after `cmds`, or null if any is refused. */
function dayEndHash(start: GameState, level: Level, cmds: Command[]): string | null {
  let s = start;
  for (const c of cmds) {
    const r = applyCommand(s, level, c);
    if (!r.ok) return null;
    s = r.state;
  }
  return hashState(endDay(s, level).state);
}

const flat = (steps: Step[]) => steps.flatMap((st) => (st.kind === 'one' ? [st.cmd] : st.cmds));

/** Session after the steps so far (bulk orders as the session gives them). */
function after(g: GameSession, cmds: Command[]): GameSession {
  let x = g;
  for (const c of cmds) {
    const r = issueOrder(x, c);
    if (!r.ok) throw new Error(`plan order refused: ${r.refusal.text}`);
    x = r.session;
  }
  return x;
}

export function stepsFor(g: GameSession, orders: Command[], hash: string, mode: 'old' | 'new'): Step[] {
  if (mode === 'old') return orders.map((cmd) => ({ kind: 'one', cmd }));
  const ix = indexLevel(g.level);
  let steps: Step[] = orders.map((cmd) => ({ kind: 'one', cmd }));
  // Try, in the plan's order, to fold each unit order into a bulk order at its first occurrence.
  for (let i = 0; i < steps.length; i++) {
    const st = steps[i]!;
    if (st.kind !== 'one') continue;
    const before = after(g, flat(steps.slice(0, i)));
    const rest = steps.slice(i);
    let bulk: Step | null = null;
    let members: Command[] = [];
    if (st.cmd.type === 'activate') {
      members = rest.flatMap((x) => (x.kind === 'one' && x.cmd.type === 'activate' ? [x.cmd] : []));
      // What the button gives: every unit that can, until the rules refuse (staff runs out).
      const given = issueOrders(before, activateAllCommands(before)).given;
      if (members.length > 1 && sameSet(given, members)) bulk = { kind: 'activateAll', cmds: given };
    } else if (st.cmd.type === 'move') {
      // The whole stack the unit stands in, if the plan sends exactly those units there today.
      const fi = ix.formation.get(st.cmd.formation)!;
      const at = before.state.formations[fi]!.node;
      const from = g.level.nodes[at]!.id;
      const hub = st.cmd.to;
      const together = rest.flatMap((x) => (x.kind === 'one' && x.cmd.type === 'move' && x.cmd.to === hub
        && before.state.formations[ix.formation.get(x.cmd.formation)!]!.node === at ? [x.cmd] : []));
      const stack = issueOrders(before, stackMoveCommands(before, from, hub)).given;
      if (together.length > 1 && sameSet(stack, together)) {
        const folded = [...steps.slice(0, i), { kind: 'stack' as const, from, hub, cmds: stack }, ...rest.filter((x) => !(x.kind === 'one' && together.some((m) => key(m) === key(x.cmd))))];
        if (dayEndHash(g.state, g.level, flat(folded)) === hash) {
          steps = folded;
          continue;
        }
      }
    }
    if (st.cmd.type === 'move') {
      const nation = ix.formations[ix.formation.get(st.cmd.formation)!]!.nationId;
      const hub = st.cmd.to;
      members = rest.flatMap((x) => (x.kind === 'one' && x.cmd.type === 'move' && x.cmd.to === hub
        && ix.formations[ix.formation.get(x.cmd.formation)!]!.nationId === nation ? [x.cmd] : []));
      const given = issueOrders(before, sendReadyCommands(before, nation, hub)).given;
      if (members.length > 1 && sameSet(given, members)) bulk = { kind: 'sendAll', nation, hub, cmds: given };
    }
    if (!bulk) continue;
    const folded = [...steps.slice(0, i), bulk, ...rest.filter((x) => !(x.kind === 'one' && members.some((m) => key(m) === key(x.cmd))))];
    if (dayEndHash(g.state, g.level, flat(folded)) === hash) steps = folded;
  }
  return steps;
}
