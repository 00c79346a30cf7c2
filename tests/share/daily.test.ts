import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dailyAt, dailyChallenge, isDailyGame, utcDate } from '../../src/share/daily';
import { generatorSeedOf } from '../../src/levels/generateLevel';

describe('the daily challenge', () => {
  it('is the same level and seed everywhere on a UTC date, whatever the local time', () => {
    const start = Date.UTC(2025, 5, 1, 0, 0, 0);
    const end = Date.UTC(2025, 5, 1, 23, 59, 59, 999);
    expect(dailyAt(start)).toEqual({ date: '2025-06-01', level: 'gen-daily-2025-06-01', seed: 'daily-2025-06-01' });
    expect(dailyAt(end)).toEqual(dailyAt(start));
    expect(dailyAt(end + 1).date).toBe('2025-06-02');
    expect(generatorSeedOf(dailyAt(start).level)).toBe('daily-2025-06-01');
  });

  test.prop([fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(9999, 11, 31) })])('is defined for every instant, as a valid id and seed', (t) => {
    const d = dailyAt(t);
    expect(d.level).toMatch(/^[a-z0-9][a-z0-9-]{0,47}$/);
    expect(d.seed).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    expect(isDailyGame(d.level, d.seed)).toBe(true);
    expect(dailyChallenge(utcDate(t))).toEqual({ ok: true, daily: d });
  });

  it('refuses dates that are not on the calendar', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '25-06-01', '2025-6-1', '', '<b>2025</b>']) {
      expect(dailyChallenge(bad)).toMatchObject({ ok: false, error: expect.stringContaining('not a calendar date') });
    }
    expect(dailyChallenge('2024-02-29').ok).toBe(true);
  });

  it('tells a daily game from a set seed', () => {
    expect(isDailyGame('gen-daily-2025-06-01', 'daily-2025-06-01')).toBe(true);
    expect(isDailyGame('gen-daily-2025-06-01', 'daily-2025-06-02')).toBe(false);
    expect(isDailyGame('tutorial', 'daily-2025-06-01')).toBe(false);
  });
});
