import type { Command } from './commands';
import { lazyDraft, own, sealDraft } from './draft';
import { indexLevel } from './levelIndex';
import type { Level } from '../levels/schema';
import type { LogEntry } from './log';
import { refuse, roleParams, type Refusal } from './refusals';
import { poolFor } from './selectors';
import type { GameState } from './state';
import { isRefusal, type OrderPlan, type RuleAnswer } from './rules/orderPlan';
import { planActivate, planAirlift, planMove } from './rules/formationOrders';
import { planExercise, planPreposition } from './rules/hubOrders';
import { planCommit, planEuroLift, planPlan, planProtocol, planReassure, planSummit } from './rules/coalitionOrders';
import { planPlay } from './rules/moscow';
import { planAllocate, planSurge } from './rules/usOrders';
import { planExtend, planInject } from './rules/facilitatorOrders';
import type { LevelIndex } from './levelIndex';

/** Ask the rules about an order without giving it: the plan (cost, effect) or the refusal. */
export function evaluateCommand(s: GameState, level: Level, cmd: Command): RuleAnswer {
  const ix = indexLevel(level);
  if (s.status !== 'playing') return refuse(ix, 'gameOver');
  if (!cmd || typeof cmd !== 'object' || typeof (cmd as { type?: unknown }).type !== 'string') {
    return refuse(ix, 'malformed', { detail: 'an order needs a type' });
  }
  const answer = ruleFor(s, ix, cmd);
  if (isRefusal(answer)) return answer;
  const pool = poolFor(s, answer.role);
  if (pool < 0) return refuse(ix, 'noRole', roleParams(answer.role));
  const left = s.staffLeft[pool]!;
  if (left < answer.cost) {
    const who = s.pools.length > 1 ? roleParams(answer.role) : { role: 'coalition' };
    return refuse(ix, 'noStaff', { ...who, left, cost: answer.cost });
  }
  return answer;
}

/** The rule's own answer to an order, before anyone's staff is counted (evaluateCommand adds that). */
export function ruleFor(s: GameState, ix: LevelIndex, cmd: Command): RuleAnswer {
  switch (cmd.type) {
    case 'activate': return planActivate(s, ix, cmd.formation);
    case 'move': return planMove(s, ix, cmd.formation, cmd.to);
    case 'airlift': return planAirlift(s, ix, cmd.formation, cmd.to);
    case 'preposition': return planPreposition(s, ix, cmd.hub);
    case 'exercise': return planExercise(s, ix, cmd.hub);
    case 'plan': return planPlan(s, ix, cmd.axis);
    case 'protocol': return planProtocol(s, ix);
    case 'allocate': return planAllocate(s, ix, cmd);
    case 'surge': return planSurge(s, ix, cmd.axis);
    case 'summit': return planSummit(s, ix);
    case 'reassure': return planReassure(s, ix, cmd.nation);
    case 'commit': return planCommit(s, ix, cmd.axis);
    case 'euroLift': return planEuroLift(s, ix);
    case 'play': return planPlay(s, ix, cmd.card);
    case 'inject': return planInject(s, ix, cmd.card);
    case 'extend': return planExtend(s, ix, cmd.days);
    default: {
      const never: never = cmd;
      return refuse(ix, 'malformed', { detail: `unknown order type "${String((never as { type: unknown }).type)}"` });
    }
  }
}

export type CommandResult =
  | { ok: true; state: GameState; log: LogEntry[]; plan: OrderPlan }
  | { ok: false; refusal: Refusal; state: GameState; log: LogEntry[] };

/**
 * Give one order: validated, then applied to a copy of the state. A refused order leaves the state
 * exactly as it was (the same object) and yields one 'refused' log entry.
 */
export function applyCommand(s: GameState, level: Level, cmd: Command): CommandResult {
  const answer = evaluateCommand(s, level, cmd);
  if (isRefusal(answer)) {
    return { ok: false, refusal: answer, state: s, log: [{ t: 'refused', day: s.day, cmd, code: answer.code, text: answer.text }] };
  }
  const { state, log } = commitPlan(s, cmd, answer);
  return { ok: true, state, log, plan: answer };
}

/** Carry out an order the rules have already accepted (evaluateCommand's plan, on the same state). */
export function commitPlan(s: GameState, cmd: Command, plan: OrderPlan): { state: GameState; log: LogEntry[] } {
  const d = lazyDraft(s);
  const pool = poolFor(s, plan.role);
  own(d, 'staffLeft')[pool] = d.staffLeft[pool]! - plan.cost;
  const log: LogEntry[] = [{ t: 'order', day: s.day, role: plan.role, cmd, cost: plan.cost, detail: plan.detail }];
  plan.apply(d, log);
  return { state: sealDraft(d), log };
}
