import { describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import type { LogEntry } from '../../src/engine';
import { factText } from '../../src/i18n/engineText';
import { flipCardOf } from '../../src/scenes/eventFlips';
import { playedSession } from '../helpers/playedSession';
import { shippedLevel } from '../helpers/shipped';

type EventEntry = Extract<LogEntry, { t: 'event' }>;

describe('an event’s card as it turns over', () => {
  const level = shippedLevel('tutorial');
  const events = [playedSession(level, 'flip-a', null), playedSession(level, 'flip-b', greedyBot)]
    .flatMap((g) => g.log.filter((e): e is EventEntry => e.t === 'event'));

  it('shows the contest, the verdict and what a landed event did, from the engine’s entry', () => {
    const landed = events.find((e) => !e.deterred && e.deterrable && e.effects.length > 0);
    expect(landed).toBeDefined();
    const card = flipCardOf(landed!, level, [120, 80]);
    expect(card).toMatchObject({ x: 120, y: 80, deterred: false, verdict: 'NOT DETERRED' });
    expect(card.contest).toBe(`Credibility ${landed!.credibility.total} vs resolve ${landed!.resolve.total}`);
    expect(card.effect).toBe(landed!.effects.map((f) => factText(f, level)).join(' '));
    expect(card.title).toBe(level.deck.find((c) => c.id === landed!.card)!.title);
  });

  it('says a deterred event cost nothing', () => {
    const deterred = events.find((e) => e.deterred);
    expect(deterred).toBeDefined();
    const card = flipCardOf(deterred!, level, [0, 0]);
    expect(card.verdict).toBe('DETERRED');
    expect(card.effect).toBe('It cost the coalition nothing.');
  });
});
