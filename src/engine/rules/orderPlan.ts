import type { OrderDetail, LogEntry } from '../log';
import type { Refusal } from '../refusals';
import type { GameState, Role } from '../state';

/**
 * What a rule answers when asked about an order: either a refusal, or who gives it, what it costs
 * and how to carry it out on a draft of the state. Checking and applying are kept together so
 * the UI's "what would this do" and the engine's "do it" can never disagree.
 */
export interface OrderPlan {
  role: Role;
  cost: number;
  /** the expected effect, in words, for the order panel (a getter: built only when read, since
   *  bots ask about many orders and never read it) */
  effect: string;
  detail: OrderDetail;
  apply: (d: GameState, extra: LogEntry[]) => void;
}

export type RuleAnswer = OrderPlan | Refusal;

export function isRefusal(a: RuleAnswer): a is Refusal {
  return (a as Refusal).code !== undefined;
}
