import { indexLevel } from '../levelIndex';
import type { Level } from '../../levels/schema';
import type { Refusal } from '../refusals';
import { cardCost, planPlay, redBudgetLeft } from '../rules/moscow';
import { isRefusal } from '../rules/orderPlan';
import type { GameState } from '../state';

/** One card of Moscow's hand as the person playing Moscow sees it. */
export interface MoscowCard {
  /** the card's id in the level's deck */
  card: string;
  /** pressure it costs from the weekly budget */
  cost: number;
  /** the days it may fire on (first, last) */
  window: readonly [number, number];
  /** the day the seed dealt it for (when the red bot would play it) */
  due: number;
  /** the day it would fire if played today, when it may be played */
  fires: number | null;
  /** why planPlay refuses it today, or null when it may be played */
  refusal: Refusal | null;
}

/**
 * Moscow's hand today, each card asked of planPlay (the rule that takes the play order), so the
 * panel offers exactly what the engine accepts; in the order the seed dealt them (soonest due first).
 */
export function moscowHand(s: GameState, level: Level): MoscowCard[] {
  const ix = indexLevel(level);
  return [...s.hand]
    .sort((a, b) => a.day - b.day || a.card - b.card)
    .map((h) => {
      const c = level.deck[h.card]!;
      const a = planPlay(s, ix, c.id);
      return {
        card: c.id, cost: cardCost(c), window: [c.window[0], c.window[1]] as const, due: h.day,
        fires: isRefusal(a) ? null : a.detail.readyDay ?? null,
        refusal: isRefusal(a) ? a : null,
      };
    });
}

/** Moscow's pressure budget left this week (of the level's weekly budget). */
export function moscowBudget(s: GameState, level: Level): { left: number; week: number } {
  const ix = indexLevel(level);
  return { left: redBudgetLeft(s, ix), week: ix.rules.redBudget };
}
