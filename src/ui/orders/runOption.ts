import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import type { OrderOption } from './orderOptions';

/**
 * Carry out an order option the way a button press or a shortcut does: an illegal one explains
 * itself, a choice opens its list, a move or an airlift is prepared for confirmation (so its
 * route and arrival day are seen first), anything else is given at once.
 */
export function runOption(o: OrderOption, store: GameStore, actions: Actions): void {
  if (o.refusal) {
    actions.notify('refusal', o.why ?? o.refusal);
    return;
  }
  if (o.prompt) {
    actions.openPrompt(o.prompt);
    return;
  }
  if (!o.cmd) return;
  if (o.cmd.type === 'move' || o.cmd.type === 'airlift') {
    const r = actions.prepare(o.cmd);
    if ('code' in r) actions.notify('refusal', { refusal: r, level: store.getState().session?.level ?? null });
    return;
  }
  giveOrder(o.cmd, store, actions);
}

/** Give an order and say so (the aria-live notices make it audible to screen readers too). */
export function giveOrder(cmd: NonNullable<OrderOption['cmd']>, store: GameStore, actions: Actions): boolean {
  const refusal = actions.issue(cmd);
  if (refusal) return false;
  const g = store.getState().session;
  if (g) actions.notify('success', { ui: 'orders.ordered', params: { order: { order: cmd, level: g.level } } });
  return true;
}
