/**
 * The map's right click on a place, with a formation selected: prepare a move there (an airlift
 * with shift) for the order panel's Confirm. The store's actions ask the session, so the rules and
 * whose order it is are decided there, as for every other way of giving an order; a refusal is
 * said in words. Kept apart from MapScene so it runs (and is tested) without Phaser.
 */
import type { Level } from '../../levels/schema';
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
