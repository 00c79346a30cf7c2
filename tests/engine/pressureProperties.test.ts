import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CONTEST_TERMS, endDay, indexLevel, newGame, type LogEntry } from '../../src/engine';
import { randomBot } from '../../src/bots/random';
import { greedyBot } from '../../src/bots/greedy';
import { SHIPPED_IDS, shippedLevel } from '../helpers/shipped';

/**
 * Issue 11, "done when": no gray-zone card moves the ladder past "crisis", a political card never
 * moves it at all, and each event is decided by the terms of its own kind — a political card never
 * by missile batteries. Checked over random seeds and random (or greedy) play on every shipped level.
 */
describe('each kind of pressure keeps to its own contest and its own ladder', () => {
  test.prop([fc.constantFrom(...SHIPPED_IDS), fc.string({ minLength: 1, maxLength: 12 }).map((x) => x.replace(/[^a-z0-9]/gi, 'x') || 'x'), fc.boolean()], { numRuns: 60 })(
    'over random seeds and play', (id, seed, greedy) => {
      const level = shippedLevel(id);
      const ix = indexLevel(level);
      const cap = ix.rules.grayZoneLadderCap;
      let s = newGame(level, seed);
      const log: LogEntry[] = [];
      while (s.status === 'playing') {
        const day = (greedy ? greedyBot : randomBot)(s, level);
        const r = endDay(day.state, level);
        log.push(...r.log);
        s = r.state;
      }
      for (const e of log) {
        if (e.t === 'ladder' && e.cause.key === 'ladderCard') {
          const pressure = e.cause.params.pressure;
          expect(pressure).not.toBe('political');
          if (pressure === 'grayZone') expect(e.to, `${id}/${seed}: ${String(e.cause.params.card)}`).toBeLessThanOrEqual(cap);
        }
        if (e.t === 'event') {
          expect(e.credibility.pressure).toBe(e.pressure);
          expect(e.credibility.terms.map((t) => t.term)).toEqual([...CONTEST_TERMS[e.pressure]]);
          if (e.pressure === 'political') expect(e.credibility.terms.some((t) => t.term === 'batteries')).toBe(false);
        }
      }
    }, 240_000);
});
