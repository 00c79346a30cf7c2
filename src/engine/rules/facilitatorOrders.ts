import { STAFF_COST } from '../commands';
import type { LevelIndex } from '../levelIndex';
import { msg } from '../messages/message';
import { refuse } from '../refusals';
import type { GameState } from '../state';
import { own } from '../draft';
import { orderPlan, type RuleAnswer } from './orderPlan';

/** The longest single extension a facilitator may grant. */
export const MAX_EXTENSION = 30;

/**
 * A classroom facilitator plays a card of the level's deck: it fires at the end of today, revealed
 * at once, and is resolved against deterrence like any other. It is an order like the players'
 * (recorded in the replay), so a class's games still verify.
 */
export function planInject(s: GameState, ix: LevelIndex, card: unknown): RuleAnswer {
  const ci = typeof card === 'string' ? ix.level.deck.findIndex((c) => c.id === card) : -1;
  if (ci < 0) return refuse(ix, 'unknownCard', { id: String(card) });
  const c = ix.level.deck[ci]!;
  if (s.events.some((e) => e.card === ci && e.day === s.day && e.outcome === 0)) return refuse(ix, 'alreadyInjected', { card: c.id });
  return orderPlan(ix, {
    role: 'facilitator',
    cost: STAFF_COST.inject,
    message: msg('inject', { card: c.id, axis: c.axis, day: s.day }),
    detail: {},
    apply: (d) => {
      const events = own(d, 'events');
      // Kept in day order: after today's other events, before any later one.
      let at = events.findIndex((e) => e.day > d.day);
      if (at < 0) at = events.length;
      events.splice(at, 0, { card: ci, day: d.day, revealed: true, outcome: 0, credibility: 0, resolve: 0 });
    },
  });
}

/** A facilitator pushes the deadline back (a class that needs another lesson to finish). */
export function planExtend(s: GameState, ix: LevelIndex, days: unknown): RuleAnswer {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_EXTENSION) return refuse(ix, 'extendRange', { max: MAX_EXTENSION });
  const deadline = s.deadline + days;
  return orderPlan(ix, {
    role: 'facilitator',
    cost: STAFF_COST.extend,
    message: msg('extend', { days, day: deadline }),
    detail: {},
    apply: (d) => { d.deadline = deadline; },
  });
}
