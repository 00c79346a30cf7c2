import { WAR_RUNG } from './ids';
import type { LogEntry } from './log';
import type { Message } from './messages/message';
import type { GameState } from './state';

/** Move the escalation ladder by `by` rungs (clamped to gray zone..war) and log why. */
export function stepLadder(d: GameState, by: number, cause: Message, log: LogEntry[]): void {
  const from = d.ladder;
  const to = Math.max(0, Math.min(WAR_RUNG, from + by));
  if (to === from) return;
  d.ladder = to;
  d.peakLadder = Math.max(d.peakLadder, to);
  log.push({ t: 'ladder', day: d.day, from, to, cause });
}
