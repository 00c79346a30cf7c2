import { credibilityAll } from './credibility';
import type { LevelIndex } from './levelIndex';
import type { LogEntry } from './log';
import { coreTroops, readyAtStaging } from './selectors';
import type { GameState } from './state';

/**
 * The figures of a day that has just ended, as one log entry (GAME.md 2, step 5: the debrief is
 * built from the log). The after-action review draws its curves from these entries alone: ready
 * troops against the 40,000, the certified core, the ladder, unity, will and credibility.
 */
export function tallyEntry(d: GameState, ix: LevelIndex): Extract<LogEntry, { t: 'tally' }> {
  return {
    t: 'tally',
    day: d.day,
    ready: readyAtStaging(d, ix),
    core: coreTroops(d, ix),
    ladder: d.ladder,
    unity: d.unity,
    resilience: d.resilience,
    will: [...d.will],
    credibility: credibilityAll(d, ix).map((c) => c.total),
  };
}
