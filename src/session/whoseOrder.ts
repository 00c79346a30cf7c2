/**
 * Whose order it is in a classroom game, decided once for every path an order can take (the
 * order panel, the map, the keyboard, a network seat): the session refuses an order whose role
 * the team giving it does not hold.
 */
import type { Command } from '../engine';
import type { Level } from '../levels/schema';
import type { Classroom } from './turns';

/**
 * Whose order it is, by the rule the engine's order plans follow: activation, movement and
 * airlift are the formation's minister's; allocations and the surge the US liaison's; inject and
 * extend the facilitator's; everything else the coalition lead's. (tests/classroom checks this
 * against the engine's own plans.)
 */
export function roleOfCommand(level: Level, cmd: Command): string {
  switch (cmd.type) {
    case 'activate': case 'move': case 'airlift': {
      const nation = level.nations.find((n) => n.roster.some((f) => f.id === cmd.formation));
      return nation?.id ?? 'lead';
    }
    case 'allocate': case 'surge': return 'us';
    case 'inject': case 'extend': return 'facilitator';
    default: return 'lead';
  }
}

/** The team that gives an order (-1: the facilitator's, or no team's). */
export function teamOfCommand(c: Classroom, level: Level, cmd: Command): number {
  const role = roleOfCommand(level, cmd);
  return c.teams.findIndex((t) => t.roles.includes(role));
}
