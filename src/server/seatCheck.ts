/**
 * Whose order it is, for the live classroom: the one check the server makes before an order reaches
 * the engine. It asks the same rule the hot-seat game uses (classroom/turns.ts: roleOfCommand and
 * teamOfCommand), so a seat can give exactly the orders its team could give at a shared screen.
 * Kept in one module so it can be pointed at the session layer's shared check when that lands.
 */
import type { Command } from '../engine';
import { roleOfCommand, teamOfCommand, type Classroom } from '../classroom/turns';
import type { Level } from '../levels/schema';

export type SeatRefusal =
  | { code: 'notYourOrder'; params: { role: string } }
  | { code: 'facilitatorOnly'; params: Record<string, never> };

/** null when the team at `team` may give `cmd`; otherwise why not. */
export function refuseOtherSeat(classroom: Classroom, team: number, level: Level, cmd: Command): SeatRefusal | null {
  const role = roleOfCommand(level, cmd);
  if (role === 'facilitator') return { code: 'facilitatorOnly', params: {} };
  return teamOfCommand(classroom, level, cmd) === team ? null : { code: 'notYourOrder', params: { role } };
}
