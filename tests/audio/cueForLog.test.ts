import { describe, expect, it } from 'vitest';
import { cueForLog, type DayLogSummary } from '../../src/audio/cueForLog';

const quiet: DayLogSummary = { warnings: 0, deterred: 0, failed: 0, milestones: 0 };

describe('cueForLog', () => {
  it('a quiet day is just the end-of-day tick', () => {
    expect(cueForLog(quiet)).toEqual(['endDay']);
    expect(cueForLog({ ...quiet, refused: false, outcome: null })).toEqual(['endDay']);
  });

  it('orders a busy day: endDay, refused, failed, deterred, milestone, alert', () => {
    expect(cueForLog({ refused: true, warnings: 2, deterred: 1, failed: 1, milestones: 1 })).toEqual([
      'endDay',
      'refused',
      'failed',
      'deterred',
      'milestone',
      'alert',
    ]);
  });

  it('plays each cue at most once whatever the counts', () => {
    const cues = cueForLog({ refused: true, warnings: 5, deterred: 3, failed: 4, milestones: 2 });
    expect(new Set(cues).size).toBe(cues.length);
  });

  it.each([
    [{ warnings: 1 }, ['endDay', 'alert']],
    [{ deterred: 2 }, ['endDay', 'deterred']],
    [{ failed: 1 }, ['endDay', 'failed']],
    [{ milestones: 3 }, ['endDay', 'milestone']],
    [{ refused: true }, ['endDay', 'refused']],
    [{ failed: 1, warnings: 1 }, ['endDay', 'failed', 'alert']],
  ] as const)('maps %o to %o', (partial, expected) => {
    expect(cueForLog({ ...quiet, ...partial })).toEqual(expected);
  });

  it('a win overrides everything except endDay', () => {
    expect(
      cueForLog({ refused: true, warnings: 1, deterred: 1, failed: 1, milestones: 1, outcome: 'won' }),
    ).toEqual(['endDay', 'win']);
    expect(cueForLog({ ...quiet, outcome: 'won' })).toEqual(['endDay', 'win']);
  });

  it('a loss overrides everything except endDay', () => {
    expect(
      cueForLog({ refused: true, warnings: 1, deterred: 1, failed: 3, milestones: 1, outcome: 'lost' }),
    ).toEqual(['endDay', 'lose']);
  });

  it('ignores zero, negative and NaN counts', () => {
    expect(cueForLog({ warnings: -1, deterred: Number.NaN, failed: 0, milestones: -3 })).toEqual(['endDay']);
  });

  it('is pure: does not mutate its input and returns a fresh array', () => {
    const log: DayLogSummary = Object.freeze({ warnings: 1, deterred: 0, failed: 0, milestones: 0 });
    const a = cueForLog(log);
    const b = cueForLog(log);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});
