import type { GameState } from './state';

/**
 * A 64-bit state hash (two 32-bit FNV-style lanes) that is the same in Node and every browser:
 * it reads the state field by field in a fixed order, integers only (the generator's fractions are
 * exact multiples of 2^-32 and are hashed as those integers), so it depends neither on object key
 * order nor on float printing. A test mutates every leaf of a state to prove no field is skipped.
 */
/**
 * Words are gathered in a typed buffer and mixed in one tight loop at the end: much quicker than
 * mixing as we go (one state is about a thousand words, hashed every day of every game). The
 * writers are small module functions, not methods, so the engine's hot loop inlines them.
 */
let buf = new Int32Array(4096);
let len = 0;

function grow(): void {
  const bigger = new Int32Array(buf.length * 2);
  bigger.set(buf);
  buf = bigger;
}

function word(x: number): void {
  if (len === buf.length) grow();
  buf[len++] = x;
}

function num(n: number): void {
  if ((n | 0) === n) word(n);
  else wideNum(n);
}

/** The rare numbers that are not 32-bit integers, kept out of num() so num() stays small. */
function wideNum(n: number): void {
  if (Number.isInteger(n)) {
    // Integers beyond 32 bits (none in play today, but a level could make them) keep both halves.
    word(0x7e7e7e7e);
    word(n % 4294967296 | 0);
    word(Math.floor(n / 4294967296) | 0);
  } else {
    // Non-integers appear only in the generator state; fixed-point at 2^-32 is exact there.
    word(0x7f7f7f7f);
    const scaled = Math.round(n * 4294967296);
    word(scaled % 4294967296 | 0);
    word(Math.floor(scaled / 4294967296) | 0);
  }
}

/** Strings are hashed once each and remembered: the same ids come back every day. */
function str(s: string): void {
  let h = STRING_HASHES.get(s);
  if (h === undefined) h = stringHash(s);
  word(s.length);
  word(h);
}

function stringHash(s: string): number {
  let h = 0x9e3779b9 ^ s.length;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  if (STRING_HASHES.size > 4096) STRING_HASHES.clear();
  STRING_HASHES.set(s, h);
  return h;
}

function bool(v: boolean): void { word(v ? 1 : 2); }
function nul(): void { word(0x5a5a5a5a); }

function nums(list: readonly number[]): void {
  word(list.length);
  for (let i = 0; i < list.length; i++) num(list[i]!);
}

/** Two 32-bit FNV-style lanes over every word gathered. */
function digest(): string {
  let a = 0x811c9dc5 | 0;
  let b = 0x2545f491 | 0;
  const words = buf;
  for (let i = 0; i < len; i++) {
    const x = words[i]!;
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return hex8(a) + hex8(b);
}

/** Two hex digits per byte, looked up: number-to-string conversion is slow next to the rest. */
const HEX_BYTE: string[] = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));

function hex8(x: number): string {
  return HEX_BYTE[(x >>> 24) & 255]! + HEX_BYTE[(x >>> 16) & 255]! + HEX_BYTE[(x >>> 8) & 255]! + HEX_BYTE[x & 255]!;
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
  num(s.v);
  str(s.levelId);
  str(s.seed);
  num(s.rng.c); num(s.rng.s0); num(s.rng.s1); num(s.rng.s2);
  num(s.day);
  num(s.deadline);
  str(s.status);
  if (s.reason === null) nul(); else str(s.reason);
  if (s.readinessDay === null) nul(); else num(s.readinessDay);
  word(s.pools.length);
  for (const p of s.pools) {
    str(p.id);
    word(p.roles.length);
    for (const r of p.roles) str(r);
    num(p.perDay);
  }
  nums(s.staffLeft);
  num(s.staffPenalty);
  num(s.budget);
  nums(s.will);
  nums(s.reassuredDay);
  num(s.unity); num(s.ladder); num(s.peakLadder); num(s.resilience);
  word(s.formations.length);
  for (const f of s.formations) {
    str(f.id);
    word(STATUS_CODE[f.status] ?? statusWord(f.status));
    num(f.node); num(f.countdown); num(f.legLeft);
    if (f.route === null) nul();
    else {
      word(f.route.length);
      for (const l of f.route) { num(l.link); num(l.to); num(l.days); }
    }
    num(f.equipDays); num(f.busyDays); num(f.disruptedDays); num(f.interop);
    bool(f.certified);
  }
  // Link tables are long and mostly empty: hash the entries that are set, with their index.
  word(s.linkCutUntil.length);
  for (let i = 0; i < s.linkCutUntil.length; i++) if (s.linkCutUntil[i] !== 0) { word(i); num(s.linkCutUntil[i]!); }
  word(s.railLoads.length);
  for (let i = 0; i < s.railLoads.length; i++) if (s.railLoads[i]!.length) { word(i); nums(s.railLoads[i]!); }
  word(s.prepo.length);
  for (const p of s.prepo) { num(p.node); num(p.troops); num(p.daysLeft); }
  word(s.exercises.length);
  for (const x of s.exercises) { num(x.node); num(x.daysLeft); nums(x.formations); }
  nums(s.exerciseUntil);
  nums(s.plans);
  num(s.protocol);
  word(s.commitments.length);
  for (const c of s.commitments) { num(c.axis); num(c.byDay); num(c.troops); str(c.state); }
  nums(s.alloc.isr); nums(s.alloc.missileDefence); nums(s.alloc.cyber); nums(s.alloc.training);
  nums(s.munitions);
  word(s.losses.length);
  for (const l of s.losses) { str(l.kind); num(l.amount); num(l.until); }
  word(s.supportCuts.length);
  for (const c of s.supportCuts) { num(c.cut); num(c.until); }
  num(s.airliftUsed);
  if (s.surge === null) nul(); else { num(s.surge.axis); num(s.surge.until); }
  num(s.surgesUsed);
  num(s.summitDay);
  num(s.euroLift);
  word(s.hand.length);
  for (const c of s.hand) { num(c.card); num(c.day); }
  bool(s.redPlayer);
  num(s.redSpent);
  if (s.test === null) nul(); else { num(s.test.axis); num(s.test.day); num(s.test.until); }
  word(s.events.length);
  for (const e of s.events) {
    num(e.card); num(e.day); bool(e.revealed); num(e.outcome); num(e.credibility); num(e.resolve);
  }
  num(s.deterred); num(s.landed);
  nums(s.milestones);
  return digest();
}
