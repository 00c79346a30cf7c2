import { describe, expect, it } from 'vitest';
import { checkSeed, randomSeed, SEED_DIGITS, SEED_PATTERN, SEED_WORDS } from '../../src/session/seed';
import { gameLink } from '../../src/share/gameLink';

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
    expect(randomSeed()).toMatch(/^[a-z]+-[a-z]+-[2-9][2-9]$/);
  });

  it('read aloud without a doubt: plain words, no 0 or 1 to mistake for O or l', () => {
    expect(new Set(SEED_WORDS).size).toBe(SEED_WORDS.length);
    expect(SEED_WORDS.length).toBeGreaterThanOrEqual(64);
    for (const w of SEED_WORDS) expect(w).toMatch(/^[a-z]{4,7}$/);
    expect(SEED_DIGITS).not.toMatch(/[01]/);
    // No word is another's prefix: a word cut short is never another word.
    for (const a of SEED_WORDS) for (const b of SEED_WORDS) if (a !== b) expect(b.startsWith(a), `${a}/${b}`).toBe(false);
  });

  it('keeps the seeds of older links valid (the format only grew stricter for new random seeds)', () => {
    for (const old of ['cedar-raven-42', 'amber-fox-10', 'a', 'Seed_With_Caps-01']) expect(checkSeed(old)).toEqual({ ok: true, seed: old });
  });

  it('builds a share link with only the level and the seed', () => {
    expect(gameLink('https://example.org/game/?bench=pan#x', 'tutorial', 'a b')).toBe('https://example.org/game/?level=tutorial&seed=a+b');
  });
});
