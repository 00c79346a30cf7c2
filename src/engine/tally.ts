import type { LogEntry } from './log';
import type { DayFigures } from './outcome';
import type { GameState } from './state';

/**
 * The figures of a day that has just ended, as one log entry (docs/design.md section 2, step 5: the debrief is
 * built from the log). The after-action review draws its curves from these entries alone: ready
 * troops against the 40,000, the certified core, the ladder, unity, will and credibility.
 */
export function tallyEntry(d: GameState, figures: DayFigures): Extract<LogEntry, { t: 'tally' }> {
  return {
    t: 'tally',
    day: d.day,
    ready: figures.ready,
    core: figures.core,
    ladder: d.ladder,
    unity: d.unity,
    resilience: d.resilience,
    will: [...d.will],
    credibility: figures.credibility,
  };
}
