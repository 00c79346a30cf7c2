import { describe, expect, it } from 'vitest';
import { clockText, newTimer, nextPhase, pauseTimer, phasePlan, readTimer, startTimer } from '../../src/classroom/lessonTimer';

describe('the facilitator lesson timer', () => {
  it('splits both lesson lengths into phases that fill the lesson', () => {
    for (const minutes of [50, 90]) {
      const p = phasePlan(minutes);
      expect(p.brief + p.play + p.debrief).toBe(minutes);
      expect(p.play).toBeGreaterThan(p.brief + p.debrief - 1);
    }
  });

  it('counts down only while running, and past the end counts the overrun', () => {
    let t = newTimer(50);
    expect(readTimer(t, 10_000)).toMatchObject({ phase: 'brief', running: false, leftSeconds: 8 * 60 });
    t = startTimer(t, 0);
    expect(readTimer(t, 60_000).leftSeconds).toBe(7 * 60);
    t = pauseTimer(t, 60_000);
    expect(readTimer(t, 600_000).leftSeconds).toBe(7 * 60);
    t = startTimer(t, 600_000);
    expect(readTimer(t, 600_000 + 8 * 60_000)).toMatchObject({ leftSeconds: 0, overSeconds: 60 });
  });

  it('moves through brief, play and debrief, starting each phase afresh, and stops at the debrief', () => {
    let t = startTimer(newTimer(90), 0);
    t = nextPhase(t, 5_000);
    expect(readTimer(t, 5_000)).toMatchObject({ phase: 'play', running: true, leftSeconds: phasePlan(90).play * 60 });
    t = nextPhase(nextPhase(t, 6_000), 7_000);
    expect(t.phase).toBe('debrief');
    expect(clockText(754)).toBe('12:34');
  });
});
