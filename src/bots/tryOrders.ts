import { commitPlan, evaluateCommand, isRefusal, type Command, type GameState } from '../engine';
import type { Level } from '../levels/schema';

/** A day's orders being assembled: each is tried against the state so far and kept if legal. */
export class DayPlan {
  state: GameState;
  readonly orders: Command[] = [];

  constructor(s: GameState, private readonly level: Level) {
    this.state = s;
  }

  try(cmd: Command): boolean {
    const answer = evaluateCommand(this.state, this.level, cmd);
    if (isRefusal(answer)) return false;
    this.state = commitPlan(this.state, cmd, answer).state;
    this.orders.push(cmd);
    return true;
  }

  get staff(): number {
    let n = 0;
    for (const x of this.state.staffLeft) n += x;
    return n;
  }
}
