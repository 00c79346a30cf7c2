/**
 * The facilitator's PIN: kept only as a salted digest (the PIN itself is stored nowhere, not in
 * the save, not in the page), and guarded by a lockout that grows with each wrong try, so a
 * script cannot walk through the 10,000 four-digit PINs (it found one in 18 s without this).
 * A 4–8 digit PIN is not a password: the digest keeps it off the screen and out of the save's
 * plain text; the lockout is what stops guessing at the keyboard. Pure: the caller gives the time.
 */
export interface PinCheck {
  /** random, per classroom game (hex) */
  salt: string;
  /** pinDigest(pin, salt) */
  digest: string;
}

export interface PinLock {
  /** wrong tries in a row */
  fails: number;
  /** no try is checked before this time (ms since 1970); 0 when not locked */
  until: number;
}

export const NO_LOCK: PinLock = { fails: 0, until: 0 };
/** Wrong tries allowed before the first wait (a teacher mistyping). */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 5_000;
export const MAX_WAIT_MS = 5 * 60_000;
/** Rounds of mixing: each guess of an offline search costs as much (a small price, not a defence). */
const ROUNDS = 4096;

/** A 64-bit digest of the PIN and salt, as 16 hex digits: two 32-bit multiply-xor lanes. */
export function pinDigest(pin: string, salt: string): string {
  const text = `${salt}:${pin}`;
  let a = 0x811c9dc5;
  let b = 0x6a09e667;
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i) + r;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ (c << 7) ^ (a >>> 13), 0x5bd1e995);
    }
    a ^= b >>> 15;
    b ^= a >>> 11;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function makePinCheck(pin: string, salt: string): PinCheck {
  return { salt, digest: pinDigest(pin, salt) };
}

/** How long to wait after `fails` wrong tries in a row: nothing for the first few, then doubling. */
export function waitAfter(fails: number): number {
  if (fails < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(fails - FREE_TRIES, 20));
}

export type PinTry =
  | { ok: true; lock: PinLock }
  | { ok: false; lock: PinLock; /** ms until the next try is checked (0: try again now) */ waitMs: number; locked: boolean };

/**
 * One try at the PIN at time `now`. While locked, the try is not even checked (a right PIN during
 * the wait is refused too, or the wait would tell a script nothing). A lock that reaches further
 * than the longest wait (a clock set back) counts as the longest wait.
 */
export function tryPin(check: PinCheck, lock: PinLock, pin: string, now: number): PinTry {
  const until = Math.min(lock.until, now + MAX_WAIT_MS);
  if (now < until) return { ok: false, lock: { ...lock, until }, waitMs: until - now, locked: true };
  if (pinDigest(pin, check.salt) === check.digest) return { ok: true, lock: NO_LOCK };
  const fails = lock.fails + 1;
  const wait = waitAfter(fails);
  return { ok: false, lock: { fails, until: wait ? now + wait : 0 }, waitMs: wait, locked: false };
}
