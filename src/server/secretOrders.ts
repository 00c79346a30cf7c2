/**
 * What a seat of a live game is told of today's orders: Moscow's plays are kept from the
 * coalition's seats until the day ends (the session's hiddenFromTeam rule), then revealed with the
 * day's end so every seat's copy ends the same day and its hash check holds. Pure.
 */
import type { Command } from '../engine';
import { hiddenFromTeam } from '../session/whoseOrder';
import type { LiveGame } from './liveGame';

/** Today's orders a seat may see, in order. */
export function ordersSeenBy(g: LiveGame, team: number): Command[] {
  return g.session.orders.filter((cmd) => !hiddenFromTeam(g.classroom, team, g.session.level, cmd));
}

/** Where today's order `n` falls in the seat's own list, or null when the seat is not to see it. */
export function seenIndex(g: LiveGame, team: number, n: number): number | null {
  const cmd = g.session.orders[n];
  if (!cmd || hiddenFromTeam(g.classroom, team, g.session.level, cmd)) return null;
  return ordersSeenBy({ ...g, session: { ...g.session, orders: g.session.orders.slice(0, n) } }, team).length;
}

/** A finished day's orders for a seat that was kept from some of them (undefined when it saw them all). */
export function revealedOrders(g: LiveGame, team: number, dayOrders: readonly Command[]): Command[] | undefined {
  return dayOrders.some((cmd) => hiddenFromTeam(g.classroom, team, g.session.level, cmd)) ? [...dayOrders] : undefined;
}
