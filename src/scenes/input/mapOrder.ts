/**
 * The map's right click on a place, with a formation selected: prepare a move there (an airlift
 * with shift) for the order panel's Confirm. The store's actions ask the session, so the rules and
 * whose order it is are decided there, as for every other way of giving an order; a refusal is
 * said in words. Kept apart from MapScene so it runs (and is tested) without Phaser.
 */
import { isRefusal } from '../../engine';
import type { Level } from '../../levels/schema';
import { stackMoveCommands } from '../../session/bulkOrders';
import { askOrder, type GameSession } from '../../session/session';
import type { Actions } from '../../store/actions';
import type { GameStore, OrderRefusal, PendingOrder } from '../../store/gameStore';

export function orderToNode(
  store: Pick<GameStore, 'getState'>, actions: Pick<Actions, 'prepare' | 'notify'>, level: Level, node: string, airlift: boolean,
): PendingOrder | OrderRefusal | null {
  const sel = store.getState().ui.selection;
  if (sel?.kind !== 'formation') return null;
  const r = actions.prepare({ type: airlift ? 'airlift' : 'move', formation: sel.id, to: node });
  // A refusal is kept as data and worded when shown, as every refused order is.
  if ('code' in r) actions.notify('refusal', { refusal: r, level });
  return r;
}

/**
 * A unit dropped on a place (unitDrag.ts): select it and give the move (with Shift the airlift) at
 * once, as a drop means "do it"; the ring on the place already said whether it would be taken,
 * and any order can be undone until the day ends. An airlift whose heavy equipment must follow by
 * surface is only prepared, so its wait is read (the order panel's warning) before Confirm.
 */
export function dropOrder(
  actions: Pick<Actions, 'select' | 'prepare' | 'issue' | 'notify'>, level: Level, formation: string, node: string, airlift: boolean,
): PendingOrder | OrderRefusal | null {
  actions.select({ kind: 'formation', id: formation });
  const r = actions.prepare({ type: airlift ? 'airlift' : 'move', formation, to: node });
  if ('code' in r) {
    actions.notify('refusal', { refusal: r, level });
    return r;
  }
  if (r.message.key === 'airliftFollow') return r;
  const refused = actions.issue(r.cmd);
  if (refused) return refused;
  actions.notify('success', { ui: 'orders.ordered', params: { order: { order: r.cmd, level } } });
  return null;
}

/**
 * A whole stack dropped on a place (Ctrl-drag, unitDrag.ts): every unit at `from` free to leave is
 * ordered there, each as its own move (or airlift) so undo and the replay see them one by one.
 * An airlift leaves out heavy units whose equipment would follow by surface (each of those waits
 * for its own Confirm, as a single drop does) and says how many stayed. Returns the orders given.
 */
export function dropStack(
  actions: Pick<Actions, 'issueMany' | 'notify'>, g: GameSession, from: string, node: string, airlift: boolean,
): number {
  const all = stackMoveCommands(g, from, node, airlift);
  const heavy = airlift ? all.filter((c) => { const a = askOrder(g, c); return !isRefusal(a) && a.message.key === 'airliftFollow'; }) : [];
  const cmds = all.filter((c) => !heavy.includes(c));
  if (heavy.length) actions.notify('info', { ui: 'bulk.stackHeavyLeft', params: { n: heavy.length } });
  if (cmds.length === 0) {
    if (!heavy.length) actions.notify('refusal', { ui: 'bulk.stackNone' });
    return 0;
  }
  return actions.issueMany(cmds).given;
}
