/** Play a classroom game through the store, the way the interface does: team by team, day by day. */
import { greedyBot } from '../../src/bots/greedy';
import { endTurnNow, startClassroomGame, takeTurn } from '../../src/store/classroomActions';
import { defaultSetup, nextTeam, type ClassroomSetup } from '../../src/session/turns';
import { teamOfCommand } from '../../src/session/whoseOrder';
import type { Command } from '../../src/engine';
import type { Level } from '../../src/levels/schema';
import { createActions } from '../../src/store/actions';
import { createGameStore } from '../../src/store/gameStore';

export function classroomStore() {
  const store = createGameStore();
  const actions = createActions(store, null);
  return { store, actions };
}

/** A fixed salt for the PIN's digest (the page draws a random one). */
export const TEST_SALT = '0123456789abcdef';

export function setupFor(level: Level, pin = '2468'): ClassroomSetup {
  return { ...defaultSetup(level), pin, group: 'Blue team' };
}

/**
 * Every team in turn gives the greedy bot's orders that are its own, then ends its turn, until the
 * game ends. `extra(day)` may give facilitator orders or notes before the first team plays.
 */
export function playClassroom(level: Level, seed: string, hooks: { beforeDay?: (day: number, s: ReturnType<typeof classroomStore>) => void } = {}) {
  const ctx = classroomStore();
  const { store, actions } = ctx;
  startClassroomGame(actions, level, seed, setupFor(level), TEST_SALT);
  for (let guard = 0; guard < 400; guard++) {
    const g = store.getState().session!;
    if (g.state.status !== 'playing') break;
    const c = g.classroom!;
    if (c.done.every((d) => !d)) hooks.beforeDay?.(g.state.day, ctx);
    const team = nextTeam(c);
    takeTurn(store, actions, team);
    const now = store.getState().session!;
    const mine: Command[] = greedyBot(now.state, level).orders.filter((cmd) => teamOfCommand(now.classroom!, level, cmd) === team);
    for (const cmd of mine) actions.issue(cmd);
    endTurnNow(store, actions);
  }
  return ctx;
}
