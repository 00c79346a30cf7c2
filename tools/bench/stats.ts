/** Small statistics and size helpers shared by the browser benchmark's measurements. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Spread { min: number; median: number; max: number; runs: number }

export const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/**
 * Display refreshes that got no new frame, from the intervals between frames' start times
 * (requestAnimationFrame's timestamps): an interval of about k refreshes misses k - 1 of them.
 * The refresh is the intervals' median, so a 60, 120 or 144 Hz display is read alike.
 */
export function missedRefreshes(startIntervals: readonly number[]): number {
  if (startIntervals.length === 0) return 0;
  const refresh = median(startIntervals);
  return startIntervals.reduce((n, d) => n + Math.max(0, Math.round(d / refresh) - 1), 0);
}

export function spread(xs: readonly number[]): Spread {
  return { min: round(Math.min(...xs)), median: round(median(xs)), max: round(Math.max(...xs)), runs: xs.length };
}

/** gzip size (level 6, a common server default) of each built file a page requested, by path. */
export function gzipSizes(outDir: string, paths: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of new Set(paths)) {
    const file = join(outDir, p === '/' ? 'index.html' : decodeURIComponent(p));
    try {
      if (statSync(file).isFile()) out[p === '/' ? '/index.html' : p] = gzipSync(readFileSync(file), { level: 6 }).length;
    } catch {
      // not a file of the build (a data: URL, the preview server's own answer): nothing to count
    }
  }
  return out;
}

export const total = (sizes: Record<string, number>) => Object.values(sizes).reduce((a, b) => a + b, 0);
