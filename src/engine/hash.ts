import type { GameState } from './state';

/**
 * A 64-bit state hash (two 32-bit FNV-style lanes) that is the same in Node and every browser:
 * it reads the state field by field in a fixed order, integers only (the generator's fractions are
 * exact multiples of 2^-32 and are hashed as those integers), so it depends neither on object key
 * order nor on float printing. A test mutates every leaf of a state to prove no field is skipped.
 */
/**
 * Words are gathered in a typed buffer and mixed in one tight loop at the end: much quicker than
 * mixing as we go (one state is about a thousand words, hashed every day of every game).
 */
let buf = new Int32Array(4096);
let len = 0;

class Hasher {
  word(x: number): void {
    if (len === buf.length) {
      const bigger = new Int32Array(buf.length * 2);
      bigger.set(buf);
      buf = bigger;
    }
    buf[len++] = x;
  }

  num(n: number): void {
    if ((n | 0) === n) {
      this.word(n);
    } else if (Number.isInteger(n)) {
      // Integers beyond 32 bits (none in play today, but a level could make them) keep both halves.
      this.word(0x7e7e7e7e);
      this.word(n % 4294967296 | 0);
      this.word(Math.floor(n / 4294967296) | 0);
    } else {
      // Non-integers appear only in the generator state; fixed-point at 2^-32 is exact there.
      this.word(0x7f7f7f7f);
      const scaled = Math.round(n * 4294967296);
      this.word(scaled % 4294967296 | 0);
      this.word(Math.floor(scaled / 4294967296) | 0);
    }
  }

  /** Strings are hashed once each and remembered: the same ids come back every day. */
  str(s: string): void {
    let h = STRING_HASHES.get(s);
    if (h === undefined) {
      h = 0x9e3779b9 ^ s.length;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      if (STRING_HASHES.size > 4096) STRING_HASHES.clear();
      STRING_HASHES.set(s, h);
    }
    this.word(s.length);
    this.word(h);
  }

  bool(v: boolean): void { this.word(v ? 1 : 2); }
  nul(): void { this.word(0x5a5a5a5a); }

  nums(list: readonly number[]): void {
    this.word(list.length);
    for (let i = 0; i < list.length; i++) this.num(list[i]!);
  }

  /** Two 32-bit FNV-style lanes over every word gathered. */
  hex(): string {
    let a = 0x811c9dc5 | 0;
    let b = 0x2545f491 | 0;
    for (let i = 0; i < len; i++) {
      const x = buf[i]!;
      a = Math.imul(a ^ x, 0x01000193);
      b = Math.imul(b ^ x, 0x5bd1e995);
      b ^= b >>> 15;
    }
    return hex8(a) + hex8(b);
  }
}

function hex8(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}

const STRING_HASHES = new Map<string, number>();

/** Formation statuses as small numbers (a status outside the four, from a hand-edited save, still hashes). */
const STATUS_CODE: Record<string, number> = { reserve: 11, mobilising: 12, ready: 13, moving: 14 };
function statusWord(s: string): number {
  let h = 0x45d9f3b;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export function hashState(s: GameState): string {
  len = 0;
  const h = new Hasher();
  h.num(s.v);
  h.str(s.levelId);
  h.str(s.seed);
  h.num(s.rng.c); h.num(s.rng.s0); h.num(s.rng.s1); h.num(s.rng.s2);
  h.num(s.day);
  h.num(s.deadline);
  h.str(s.status);
  if (s.reason === null) h.nul(); else h.str(s.reason);
  if (s.readinessDay === null) h.nul(); else h.num(s.readinessDay);
  h.word(s.pools.length);
  for (const p of s.pools) {
    h.str(p.id);
    h.word(p.roles.length);
    for (const r of p.roles) h.str(r);
    h.num(p.perDay);
  }
  h.nums(s.staffLeft);
  h.num(s.staffPenalty);
  h.num(s.budget);
  h.nums(s.will);
  h.nums(s.reassuredDay);
  h.num(s.unity); h.num(s.ladder); h.num(s.peakLadder); h.num(s.resilience);
  h.word(s.formations.length);
  for (const f of s.formations) {
    h.str(f.id);
    h.word(STATUS_CODE[f.status] ?? statusWord(f.status));
    h.num(f.node); h.num(f.countdown); h.num(f.legLeft);
    if (f.route === null) h.nul();
    else {
      h.word(f.route.length);
      for (const l of f.route) { h.num(l.link); h.num(l.to); h.num(l.days); }
    }
    h.num(f.equipDays); h.num(f.busyDays); h.num(f.disruptedDays); h.num(f.interop);
    h.bool(f.certified);
  }
  // Link tables are long and mostly empty: hash the entries that are set, with their index.
  h.word(s.linkCutUntil.length);
  for (let i = 0; i < s.linkCutUntil.length; i++) if (s.linkCutUntil[i] !== 0) { h.word(i); h.num(s.linkCutUntil[i]!); }
  h.word(s.railLoads.length);
  for (let i = 0; i < s.railLoads.length; i++) if (s.railLoads[i]!.length) { h.word(i); h.nums(s.railLoads[i]!); }
  h.word(s.prepo.length);
  for (const p of s.prepo) { h.num(p.node); h.num(p.troops); h.num(p.daysLeft); }
  h.word(s.exercises.length);
  for (const x of s.exercises) { h.num(x.node); h.num(x.daysLeft); h.nums(x.formations); }
  h.nums(s.exerciseUntil);
  h.nums(s.plans);
  h.num(s.protocol);
  h.word(s.commitments.length);
  for (const c of s.commitments) { h.num(c.axis); h.num(c.byDay); h.num(c.troops); h.str(c.state); }
  h.nums(s.alloc.isr); h.nums(s.alloc.missileDefence); h.nums(s.alloc.cyber); h.nums(s.alloc.training);
  h.nums(s.munitions);
  h.word(s.losses.length);
  for (const l of s.losses) { h.str(l.kind); h.num(l.amount); h.num(l.until); }
  h.word(s.supportCuts.length);
  for (const c of s.supportCuts) { h.num(c.cut); h.num(c.until); }
  h.num(s.airliftUsed);
  if (s.surge === null) h.nul(); else { h.num(s.surge.axis); h.num(s.surge.until); }
  h.num(s.surgesUsed);
  h.num(s.summitDay);
  h.word(s.events.length);
  for (const e of s.events) {
    h.num(e.card); h.num(e.day); h.bool(e.revealed); h.num(e.outcome); h.num(e.credibility); h.num(e.resolve);
  }
  h.num(s.deterred); h.num(s.landed);
  h.nums(s.milestones);
  return h.hex();
}
