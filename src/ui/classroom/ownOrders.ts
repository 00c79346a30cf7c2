/**
 * Which orders are the team's own in a classroom game: another team's are shown, tagged with
 * whose they are, but cannot be given or undone from this turn. Solo games are untouched.
 */
import { type Command } from '../../engine';
import type { Classroom } from '../../session/turns';
import { mayUndoOrder, roleOfCommand } from '../../session/whoseOrder';
import type { Level } from '../../levels/schema';
import type { GameSession } from '../../session/session';
import { roleTag } from './teamNames';

interface Game { level: Level; classroom?: Classroom | null }

/** "Lead", "PL", "US", "Facilitator": whose an order in today's list is (classroom games only). */
export function orderTeamTag(g: Game, cmd: Command): string | null {
  return g.classroom ? roleTag(roleOfCommand(g.level, cmd)) : null;
}

/** Whether the team at the screen may undo the order (the session's rule, session/whoseOrder.ts). */
export function mayUndo(g: Game, cmd: Command): boolean {
  return mayUndoOrder(g.classroom, g.classroom?.current ?? -1, g.level, cmd);
}

/** The order that Undo (U, Ctrl+Z) takes back: the last one of the team at the screen. */
export function classroomUndoIndex(g: GameSession): number {
  if (!g.classroom) return g.orders.length - 1;
  for (let i = g.orders.length - 1; i >= 0; i--) if (mayUndo(g, g.orders[i]!)) return i;
  return -1;
}
