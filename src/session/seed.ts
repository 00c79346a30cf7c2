import { t } from '../i18n';

/**
 * Seeds as players type and share them: short, readable, safe in a URL. The engine accepts any
 * string; this is the game's own rule for what a player may enter.
 */
export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

export type SeedCheck = { ok: true; seed: string } | { ok: false; error: string };

export function checkSeed(raw: string): SeedCheck {
  const seed = raw.trim();
  if (SEED_PATTERN.test(seed)) return { ok: true, seed };
  const shown = seed.length > 40 ? `${seed.slice(0, 40)}…` : seed;
  return {
    ok: false,
    error: seed === ''
      ? t('seed.empty')
      : t('seed.invalid', { seed: shown }),
  };
}

/**
 * Words for random seeds, chosen to be read aloud and typed back without a doubt: common, concrete,
 * one spelling in British and American English, no homophones ("cedar"/"seeder", "vale"/"veil"),
 * no silent letters, no word that is also an order in the game. Numbers use the digits 2 to 9 only,
 * so nothing can be mistaken for O, I or l. Older seeds (any letters, digits, dashes, underscores)
 * stay valid: the engine accepts any string and links made before this list keep working.
 */
export const SEED_WORDS = [
  'amber', 'anchor', 'apple', 'arrow', 'badger', 'bamboo', 'basket', 'beacon', 'bison', 'button', 'cactus', 'candle',
  'canyon', 'carpet', 'cobalt', 'comet', 'copper', 'cotton', 'cricket', 'delta', 'dolphin', 'dragon', 'eagle', 'ember',
  'falcon', 'feather', 'forest', 'garden', 'glacier', 'granite', 'gravel', 'hammer', 'harvest', 'helmet', 'jacket', 'jungle',
  'kettle', 'ladder', 'lantern', 'lemon', 'lizard', 'magnet', 'mango', 'maple', 'marble', 'meadow', 'nectar', 'orbit',
  'otter', 'panda', 'parrot', 'pebble', 'pepper', 'pillow', 'planet', 'pocket', 'rabbit', 'raven', 'river', 'rocket',
  'saddle', 'silver', 'spider', 'thunder', 'tiger', 'tunnel', 'turtle', 'velvet', 'violet', 'walnut', 'willow', 'winter', 'zebra',
] as const;

/** Digits that cannot be misread as letters. */
export const SEED_DIGITS = '23456789';

/** A fresh seed such as "lantern-otter-47", from the browser's crypto generator (not the engine's). */
export function randomSeed(random: (n: number) => number = cryptoInt): string {
  const word = () => SEED_WORDS[random(SEED_WORDS.length)]!;
  const digit = () => SEED_DIGITS[random(SEED_DIGITS.length)]!;
  return `${word()}-${word()}-${digit()}${digit()}`;
}

function cryptoInt(n: number): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0]! % n;
}
