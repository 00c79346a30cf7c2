/**
 * The real-time clock of a run, as plain data and pure functions of the time passed in: the page
 * reads performance.now(), tests pass numbers. It starts on the first order, pauses while a modal
 * dialog holds the page, and stops on the readiness day (or when the game is lost).
 */
export interface Clock {
  status: 'idle' | 'running' | 'paused' | 'stopped';
  /** milliseconds counted before the current running stretch */
  base: number;
  /** when the current running stretch began (only while running) */
  since: number | null;
}

export const IDLE_CLOCK: Clock = { status: 'idle', base: 0, since: null };

export function elapsed(c: Clock, now: number): number {
  return c.status === 'running' && c.since !== null ? c.base + Math.max(0, now - c.since) : c.base;
}

export function startClock(c: Clock, now: number): Clock {
  return c.status === 'idle' ? { status: 'running', base: c.base, since: now } : c;
}

export function pauseClock(c: Clock, now: number): Clock {
  return c.status === 'running' ? { status: 'paused', base: elapsed(c, now), since: null } : c;
}

export function resumeClock(c: Clock, now: number): Clock {
  return c.status === 'paused' ? { status: 'running', base: c.base, since: now } : c;
}

export function stopClock(c: Clock, now: number): Clock {
  return c.status === 'running' || c.status === 'paused' ? { status: 'stopped', base: elapsed(c, now), since: null } : c;
}

/** A clock that already counted `ms` (a run continued from a save), paused until it resumes. */
export function clockAt(ms: number): Clock {
  return { status: 'paused', base: Math.max(0, Math.floor(ms)), since: null };
}

/** 75_300 → "1:15.3"; 3_725_000 → "1:02:05.0". Tenths, always truncated (never rounded up). */
export function formatClock(ms: number): string {
  const t = Math.max(0, Math.floor(ms / 100));
  const tenths = t % 10;
  const s = Math.floor(t / 10) % 60;
  const m = Math.floor(t / 600) % 60;
  const h = Math.floor(t / 36000);
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}.${tenths}` : `${m}:${ss}.${tenths}`;
}

/** A signed difference: "+0:04.2", "−1:10.0". */
export function formatDelta(ms: number): string {
  return `${ms < 0 ? '−' : '+'}${formatClock(Math.abs(ms))}`;
}
