// Pure mapping from one day's resolution summary to the cues to play.
// Kept apart from sound.ts so the engine/UI can use and test it without any
// audio library loaded.

import type { Cue } from './cues';

/** What the day's resolution reports. Counts of zero (or less) mean "none". */
export interface DayLogSummary {
  /** An order was refused by the rules during resolution. */
  refused?: boolean;
  /** Event warnings raised today. */
  warnings: number;
  /** Events deterred today. */
  deterred: number;
  /** Events not deterred today. */
  failed: number;
  /** Milestones reached today. */
  milestones: number;
  outcome?: 'won' | 'lost' | null;
}

/**
 * The cues for a resolved day, in the order they should be heard, each at
 * most once however many events of that kind happened (a pile of identical
 * stingers is noise, not information).
 *
 * Order, and why:
 *   endDay    the clock closes the day first: it is the player's own action;
 *   refused   then what bounced off the rules, closest to that action;
 *   failed    then what happened in the world, bad news before good so the
 *   deterred  day ends on the more reassuring note when both occur;
 *   milestone progress made;
 *   alert     and last what needs a decision next, so attention ends there.
 *
 * A won or lost campaign overrides everything but endDay: the day still
 * ends, and then only the verdict is heard.
 */
export function cueForLog(log: DayLogSummary): Cue[] {
  if (log.outcome === 'won') return ['endDay', 'win'];
  if (log.outcome === 'lost') return ['endDay', 'lose'];

  const cues: Cue[] = ['endDay'];
  if (log.refused) cues.push('refused');
  if (positive(log.failed)) cues.push('failed');
  if (positive(log.deterred)) cues.push('deterred');
  if (positive(log.milestones)) cues.push('milestone');
  if (positive(log.warnings)) cues.push('alert');
  return cues;
}

/** NaN and negative counts from a buggy caller must not produce a cue
 *  (NaN > 0 is false, so a plain comparison covers both). */
function positive(n: number): boolean {
  return n > 0;
}
