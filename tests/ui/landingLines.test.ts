import { describe, expect, it } from 'vitest';
import { endDay, indexLevel, newGame } from '../../src/engine';
import { english, loadLanguage, setLanguage } from '../../src/i18n';
import { landingLines } from '../../src/ui/threats/landingText';
import { threatEstimates } from '../../src/ui/threats/threatEstimates';
import { shippedLevel } from '../helpers/shipped';

describe('a threat card’s “If it lands”', () => {
  const level = shippedLevel('forty-thousand');
  const ix = indexLevel(level);
  let s = newGame(level, 'landing-lines');
  while (threatEstimates(s, ix).length < 2 && s.status === 'playing') s = endDay(s, level).state;
  const threats = threatEstimates(s, ix);

  it('is worded once per state and threat, and again for a new state or language', async () => {
    expect(threats.length).toBeGreaterThanOrEqual(2);
    const [a, b] = threats;
    const first = landingLines(s, ix, a!.event);
    expect(first.length).toBeGreaterThan(0);
    expect(landingLines(s, ix, a!.event)).toBe(first);
    expect(landingLines(s, ix, b!.event)).not.toBe(first);
    // an equal copy of the state is another state: worded again, to the same words
    const copy = structuredClone(s);
    expect(landingLines(copy, ix, a!.event)).not.toBe(first);
    expect(landingLines(copy, ix, a!.event)).toEqual(first);
    setLanguage(await loadLanguage('uk'));
    try {
      const uk = landingLines(s, ix, a!.event);
      expect(uk).not.toEqual(first);
    } finally {
      setLanguage(english());
    }
    expect(landingLines(s, ix, a!.event)).toBe(first);
  });
});
