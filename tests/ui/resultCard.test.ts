import { describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { eventPattern, scoreOf, type DayMark, type LogEntry } from '../../src/engine';
import { GRID_WIDTH, gridRows, MARK_SQUARE, resultCardFacts, resultCardText } from '../../src/ui/result/resultCard';
import { CARD_HEIGHT, CARD_WIDTH, MARK_COLOR, READY_RING, resultCardDrawing } from '../../src/ui/result/resultCardDrawing';
import { shippedLevel } from '../helpers/shipped';
import { playedSession } from '../helpers/playedSession';

const won = playedSession(shippedLevel('tutorial'), 'card-a', greedyBot);
const lost = playedSession(shippedLevel('tutorial'), 'card-b', null);

describe('the day-by-day pattern of events (engine selector)', () => {
  it('marks each day by the events that fired on it, and agrees with the game’s own counts', () => {
    const log = [
      { t: 'event', day: 2, deterred: true },
      { t: 'event', day: 4, deterred: false },
      { t: 'event', day: 4, deterred: true },
      { t: 'event', day: 5, deterred: false },
      { t: 'ready', day: 3 },
    ] as unknown as LogEntry[];
    expect(eventPattern(log, 5)).toEqual(['quiet', 'deterred', 'quiet', 'mixed', 'landed']);
    for (const g of [won, lost]) {
      const days = eventPattern(g.log, g.state.day);
      expect(days).toHaveLength(g.state.day);
      const events = g.log.filter((e) => e.t === 'event').length;
      expect(events).toBe(g.state.deterred + g.state.landed);
      expect(days.filter((d) => d !== 'quiet').length).toBeGreaterThan(0);
    }
  });
});

describe('the result card as text', () => {
  it('says the level, the seed, the readiness day, the grade, and draws a week to a row', () => {
    expect(won.state.status).toBe('won');
    const f = resultCardFacts(won);
    const text = resultCardText(f, 'https://example.test/?level=tutorial&seed=card-a');
    const lines = text.split('\n');
    expect(lines[0]).toBe('GUARANTOR · Tutorial: First Brigades');
    expect(lines[1]).toBe(`Force stood up on day ${won.state.readinessDay} (par ${won.level.par}) · grade ${scoreOf(won.state, won.level).grade}`);
    expect(lines[2]).toBe('Seed card-a');
    expect(lines[3]).toBe(`Events: ${won.state.deterred} deterred, ${won.state.landed} landed`);
    const grid = lines.filter((l) => /^[⬜🟩🟨🟥]+$/u.test(l));
    expect(grid).toHaveLength(Math.ceil(won.state.day / GRID_WIDTH));
    const squares = grid.join('');
    const marks = eventPattern(won.log, won.state.day).map((m) => MARK_SQUARE[m]).join('');
    expect(squares).toBe(marks);
    expect(lines[lines.length - 1]).toBe('https://example.test/?level=tutorial&seed=card-a');
  });

  it('says when and that the guarantee failed, with grade F, after a loss', () => {
    expect(lost.state.status).toBe('lost');
    const text = resultCardText(resultCardFacts(lost));
    expect(text.split('\n')[1]).toBe(`The guarantee failed on day ${lost.state.day} · grade F`);
    expect(text).not.toContain('http');
  });

  it('breaks the days into weeks, the last one short', () => {
    const days: DayMark[] = Array.from({ length: 16 }, (_, i) => (i % 3 === 0 ? 'landed' : 'quiet'));
    expect(gridRows(days).map((r) => r.length)).toEqual([7, 7, 2]);
  });
});

describe('the result card as a picture', () => {
  it('draws one square per day in its mark’s colour, the readiness day ringed, all inside the card', () => {
    const f = resultCardFacts(won);
    const d = resultCardDrawing(f);
    expect([d.width, d.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const gridSquares = d.steps.filter((s) => s.k === 'box' && s.x >= 690 && s.color !== READY_RING);
    expect(gridSquares.map((s) => s.k === 'box' && s.color)).toEqual(f.days.map((m) => MARK_COLOR[m]));
    const rings = d.steps.filter((s) => s.k === 'box' && s.color === READY_RING && s.x >= 690);
    expect(rings).toHaveLength(1);
    // The ring is round the readiness day's square: that day's row and column.
    const ready = f.readinessDay! - 1;
    const square = gridSquares[ready]!;
    expect(rings[0]!.k === 'box' && square.k === 'box' && rings[0]!.x < square.x && rings[0]!.y < square.y).toBe(true);
    for (const s of d.steps) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.y).toBeGreaterThanOrEqual(0);
      if (s.k === 'box') {
        expect(s.x + s.w).toBeLessThanOrEqual(CARD_WIDTH);
        expect(s.y + s.h).toBeLessThanOrEqual(CARD_HEIGHT);
      } else expect(s.y).toBeLessThanOrEqual(CARD_HEIGHT);
    }
    const texts = d.steps.filter((s) => s.k === 'text').map((s) => (s.k === 'text' ? s.text : ''));
    expect(texts).toContain(f.grade);
    expect(texts).toContain('Seed card-a');
  });

  it('fits the longest game on the card and rings nothing when the force never stood up', () => {
    const long = { ...resultCardFacts(lost), days: Array.from({ length: 90 }, (): DayMark => 'quiet'), endDay: 90 };
    const d = resultCardDrawing(long);
    const squares = d.steps.filter((s) => s.k === 'box' && s.x >= 690);
    expect(squares).toHaveLength(90);
    expect(d.steps.some((s) => s.k === 'box' && s.color === READY_RING)).toBe(false);
    for (const s of squares) if (s.k === 'box') expect(s.y + s.h).toBeLessThanOrEqual(CARD_HEIGHT);
  });
});
