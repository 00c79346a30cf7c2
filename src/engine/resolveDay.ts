import type { Level } from '../levels/schema';
import { applyCommand } from './applyCommand';
import type { Command } from './commands';
import { endDay } from './endDay';
import type { LogEntry } from './log';
import type { GameState } from './state';

/**
 * The one entry point for a whole day: apply the day's orders in order (refused ones are logged
 * with their reason and change nothing), then end the day.
 */
export function resolveDay(s: GameState, level: Level, orders: readonly Command[]): { state: GameState; log: LogEntry[]; refused: number } {
  let state = s;
  const log: LogEntry[] = [];
  let refused = 0;
  for (const cmd of orders) {
    const r = applyCommand(state, level, cmd);
    state = r.state;
    for (const e of r.log) log.push(e);
    if (!r.ok) refused++;
  }
  const end = endDay(state, level);
  for (const e of end.log) log.push(e);
  return { state: end.state, log, refused };
}
