/**
 * The map's right click on a place, with a formation selected: prepare a move there (an airlift
 * with shift) for the order panel's Confirm. The store's actions ask the session, so the rules and
 * whose order it is are decided there, as for every other way of giving an order; a refusal is
 * said in words. Kept apart from MapScene so it runs (and is tested) without Phaser.
 */
import type { Refusal } from '../../engine';
import { refusalText } from '../../i18n/engineText';
import type { Level } from '../../levels/schema';
import type { Actions } from '../../store/actions';
import type { GameStore, PendingOrder } from '../../store/gameStore';

export function orderToNode(
  store: Pick<GameStore, 'getState'>, actions: Pick<Actions, 'prepare' | 'notify'>, level: Level, node: string, airlift: boolean,
): PendingOrder | Refusal | null {
  const sel = store.getState().ui.selection;
  if (sel?.kind !== 'formation') return null;
  const r = actions.prepare({ type: airlift ? 'airlift' : 'move', formation: sel.id, to: node });
  if ('code' in r) actions.notify('refusal', refusalText(r, level));
  return r;
}
