import { ruleFor } from '../applyCommand';
import { STAFF_COST, type Command } from '../commands';
import { indexLevel } from '../levelIndex';
import type { Level } from '../../levels/schema';
import { isRefusal } from '../rules/orderPlan';
import type { GameState } from '../state';

/**
 * The staff actions an order costs: the rule's own plan when the rule would take the order, so a
 * view prices exactly what the engine will charge; the order's listed price when the rule refuses
 * it (a refused order is still shown with what it would cost). Staff left is not checked here: an
 * order too dear for today still has its price.
 */
export function orderCost(s: GameState, level: Level, cmd: Command): number {
  if (!cmd || typeof cmd !== 'object' || !(cmd.type in STAFF_COST)) return 0;
  const a = ruleFor(s, indexLevel(level), cmd);
  return isRefusal(a) ? STAFF_COST[cmd.type] : a.cost;
}
