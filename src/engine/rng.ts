import alea from 'seedrandom/lib/alea';
import type { RngState } from './state';

/**
 * The game's only source of chance: seedrandom's Alea generator, whose state is kept inside the
 * game state so that a saved game or a replay resumes the exact same sequence.
 */
export function seedRng(seed: string): RngState {
  const s = alea(seed, { state: true }).state();
  return { c: s.c, s0: s.s0, s1: s.s1, s2: s.s2 };
}

export interface Rng {
  /** an integer in 0..n-1 */
  int(n: number): number;
  /** true with the given chance in percent */
  chance(percent: number): boolean;
  state(): RngState;
}

class AleaRng implements Rng {
  private readonly prng: ReturnType<typeof alea>;

  constructor(state: RngState) {
    this.prng = alea('', { state: { c: state.c, s0: state.s0, s1: state.s1, s2: state.s2 } });
  }

  int(n: number): number { return Math.floor(this.prng() * n); }
  chance(percent: number): boolean { return Math.floor(this.prng() * 100) < percent; }
  state(): RngState {
    const s = this.prng.state();
    return { c: s.c, s0: s.s0, s1: s.s1, s2: s.s2 };
  }
}

export function openRng(state: RngState): Rng {
  return new AleaRng(state);
}
