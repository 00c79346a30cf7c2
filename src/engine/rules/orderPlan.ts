import type { LevelIndex } from '../levelIndex';
import type { OrderDetail, LogEntry } from '../log';
import { EN } from '../messages/en';
import { levelNames, render } from '../messages/format';
import type { Message } from '../messages/message';
import type { Refusal } from '../refusals';
import type { GameState, Role } from '../state';

/**
 * What a rule answers when asked about an order: either a refusal, or who gives it, what it costs,
 * what it will do, and how to carry it out on a draft of the state. Checking and applying are kept
 * together so the UI's "what would this do" and the engine's "do it" can never disagree.
 */
export interface OrderPlan {
  role: Role;
  cost: number;
  /** the expected effect as data, for any language */
  message: Message;
  /** the expected effect in English (built on first read: bots never read it) */
  readonly effect: string;
  detail: OrderDetail;
  apply: (d: GameState, extra: LogEntry[]) => void;
}

export type RuleAnswer = OrderPlan | Refusal;

export function isRefusal(a: RuleAnswer): a is Refusal {
  return (a as Refusal).code !== undefined;
}

/** A class only so the English getter lives on the prototype: bots build thousands of plans. */
class Plan implements OrderPlan {
  role: Role;
  cost: number;
  message: Message;
  detail: OrderDetail;
  apply: OrderPlan['apply'];
  private readonly ix: LevelIndex;

  constructor(ix: LevelIndex, p: Omit<OrderPlan, 'effect'>) {
    this.ix = ix;
    this.role = p.role;
    this.cost = p.cost;
    this.message = p.message;
    this.detail = p.detail;
    this.apply = p.apply;
  }

  get effect(): string {
    return render(EN.effect, this.message, EN, levelNames(this.ix));
  }
}

export function orderPlan(ix: LevelIndex, p: Omit<OrderPlan, 'effect'>): OrderPlan {
  return new Plan(ix, p);
}
