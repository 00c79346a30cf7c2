import { describe, expect, it } from 'vitest';
import { checkSeed, randomSeed, SEED_PATTERN } from '../../src/app/seed';
import { gameLink } from '../../src/app/gameLink';

describe('seeds', () => {
  it('accepts short URL-safe seeds and trims spaces', () => {
    expect(checkSeed('  cedar-raven-42 ')).toEqual({ ok: true, seed: 'cedar-raven-42' });
    expect(checkSeed('a')).toEqual({ ok: true, seed: 'a' });
  });

  it('refuses empty, long or markup-like seeds with a message that quotes them', () => {
    expect(checkSeed('')).toMatchObject({ ok: false, error: expect.stringContaining('empty') });
    expect(checkSeed('x'.repeat(33))).toMatchObject({ ok: false });
    const bad = checkSeed('<b>hi</b>');
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('"<b>hi</b>"') });
  });

  it('makes random seeds that are themselves valid', () => {
    let i = 0;
    const fake = (n: number) => (i++ * 7) % n;
    for (let k = 0; k < 20; k++) expect(randomSeed(fake)).toMatch(SEED_PATTERN);
    expect(randomSeed()).toMatch(/^[a-z]+-[a-z]+-\d\d$/);
  });

  it('builds a share link with only the level and the seed', () => {
    expect(gameLink('https://example.org/game/?bench=pan#x', 'tutorial', 'a b')).toBe('https://example.org/game/?level=tutorial&seed=a+b');
  });
});
