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

const WORDS = [
  'amber', 'birch', 'cedar', 'delta', 'ember', 'fjord', 'granite', 'harbour', 'iris', 'juniper', 'kestrel', 'linden',
  'maple', 'north', 'onyx', 'pine', 'quartz', 'raven', 'slate', 'tundra', 'umber', 'vale', 'willow', 'yarrow',
  'zephyr', 'aspen', 'basalt', 'cobalt', 'dune', 'egret', 'falcon', 'glacier',
];

/** A fresh seed such as "cedar-raven-42", from the browser's crypto generator (not the engine's). */
export function randomSeed(random: (n: number) => number = cryptoInt): string {
  return `${WORDS[random(WORDS.length)]}-${WORDS[random(WORDS.length)]}-${random(90) + 10}`;
}

function cryptoInt(n: number): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0]! % n;
}
