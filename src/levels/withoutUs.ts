import type { Level } from './schema';

/**
 * A level with every US enabler removed: no ISR, airlift, missile defence, cyber teams, trainers,
 * munitions or surge (`npm run balance -- --no-us`). It measures how much of the guarantee rests on
 * the US: what is left is European (brigades, exercises, plans, commitments, unity, European lift).
 * A new object, so caches keyed by the level object never mix the two.
 */
export function withoutUs(level: Level): Level {
  return {
    ...level,
    enablers: { isr: 0, airlift: 0, missileDefence: 0, cyber: 0, training: 0, munitions: 0, surge: 0 },
  };
}
