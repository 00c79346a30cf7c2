/**
 * Whose order it is in a classroom game, decided once for every path an order can take (the
 * order panel, the map, the keyboard, a network seat): the session refuses an order whose role
 * the team giving it does not hold.
 */
import { indexLevel, refuse, roleParams, type Command, type Refusal } from '../engine';
import type { Level } from '../levels/schema';
import type { Classroom } from './turns';

/**
 * Whose order it is, by the rule the engine's order plans follow: activation, movement and
 * airlift are the formation's minister's; allocations and the surge the US liaison's; inject and
 * extend the facilitator's; Moscow's card plays the moscow role's; everything else the coalition lead's. (tests/classroom checks this
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
    case 'play': return 'moscow';
    default: return 'lead';
  }
}

/** The team that gives an order (-1: the facilitator's, or no team's). */
export function teamOfCommand(c: Classroom, level: Level, cmd: Command): number {
  const role = roleOfCommand(level, cmd);
  return c.teams.findIndex((t) => t.roles.includes(role));
}

/**
 * The refusal of an order that is not the team's own: `team` is the index of the team giving it
 * (the team at the screen, classroom.current, in hot-seat play; a seat's team on a network).
 * Solo games (no classroom) and orders no team holds (the facilitator's inject and extend, which
 * go through the facilitator's own panel) are never refused here. Nobody at the screen (-1, the
 * screen being handed over) holds any team's role.
 */
export function refuseOtherTeam(classroom: Classroom | null | undefined, team: number, level: Level, cmd: Command): Refusal | null {
  if (!classroom) return null;
  const owner = teamOfCommand(classroom, level, cmd);
  if (owner < 0 || owner === team) return null;
  return refuse(indexLevel(level), 'notYourOrder', roleParams(roleOfCommand(level, cmd)));
}

/** A team takes back only its own orders (the facilitator's stand: no team holds them). In a solo
 *  game every order of the day can be undone. */
export function mayUndoOrder(classroom: Classroom | null | undefined, team: number, level: Level, cmd: Command): boolean {
  if (!classroom) return true;
  return team >= 0 && teamOfCommand(classroom, level, cmd) === team;
}

/**
 * Moscow's orders are secret from the coalition until the day ends: in a classroom game a team
 * that does not hold the moscow role is not shown them (nor anyone while the screen is handed
 * over). Solo games have no Moscow player to hide from; the facilitator's views see everything.
 */
export function hiddenFromTeam(classroom: Classroom | null | undefined, team: number, level: Level, cmd: Command): boolean {
  if (!classroom || roleOfCommand(level, cmd) !== 'moscow') return false;
  return !(team >= 0 && classroom.teams[team]?.roles.includes('moscow'));
}
