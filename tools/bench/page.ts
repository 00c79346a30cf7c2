/**
 * Opening pages for the benchmark: a fresh tab with the probe, an empty browser cache (a first
 * visit: everything is downloaded, and what the page prefetches is then served from the cache, as
 * for a player), optional throttling.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from '../browser';
import { inPage, until } from './inPage';
import { PROBE, type PageFigures } from './probe';

export interface Throttle {
  /** bits per second down; upload is half of it */
  bitsPerSecond: number;
  rttMs: number;
  cpuSlowdown: number;
}

/** The Lighthouse mobile profile: a mid-range phone on a slow 4G connection. */
export const MOBILE: Throttle = { bitsPerSecond: 1.6e6, rttMs: 150, cpuSlowdown: 4 };

export interface BenchPage { page: Page; cdp: CDPSession; close(): Promise<void> }

export async function openPage(browser: Browser, throttle?: Throttle): Promise<BenchPage> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttle.rttMs,
      downloadThroughput: throttle.bitsPerSecond / 8,
      uploadThroughput: throttle.bitsPerSecond / 16,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuSlowdown });
  }
  // Every bench page is a first visit: the pages share one browser profile, and a save left by
  // an earlier page would make a link ask before replacing it (and the title offer to continue).
  await page.addInitScript(() => {
    try {
      localStorage.clear();
      sessionStorage.clear();
    } catch {
      // storage refused: nothing was kept either
    }
  });
  await page.addInitScript(PROBE);
  return { page, cdp, close: () => page.close() };
}

export function figures(p: BenchPage): Promise<PageFigures> {
  return inPage<PageFigures>(p.cdp, 'window.__bench');
}

export async function waitFor(p: BenchPage, key: 'titleAt' | 'mapAt', timeout = 30_000): Promise<void> {
  await until(p.cdp, `window.__bench && window.__bench.${key} !== undefined`, timeout);
}

/**
 * Every path the page has requested so far (the page itself first). `prefetched: false` leaves out
 * what the title prefetches for the map while it is idle (the paths its guarantor-prefetch meta
 * names), which the title itself does not need.
 */
export function requested(p: BenchPage, prefetched = true): Promise<string[]> {
  return inPage<string[]>(p.cdp, `(() => {
    const meta = document.querySelector('meta[name="guarantor-prefetch"]');
    const skip = new Set(${prefetched ? '[]' : "meta ? meta.content.split(/\\s+/) : []"});
    const paths = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    return [location.pathname, ...paths.filter((q) => !skip.has(q))];
  })()`);
}

/** Wait until no new request has started for `quietMs` (at most `maxMs`): late loads are counted. */
export async function networkQuiet(p: BenchPage, quietMs: number, maxMs: number): Promise<void> {
  const t0 = Date.now();
  let seen = -1;
  let since = Date.now();
  while (Date.now() - t0 < maxMs) {
    const n = await inPage<number>(p.cdp, "performance.getEntriesByType('resource').length");
    if (n !== seen) {
      seen = n;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
    await p.page.waitForTimeout(100);
  }
}

/** Wait until no long task has ended for `quietMs` (at most `maxMs`): the page has settled. */
export async function mainThreadQuiet(p: BenchPage, quietMs: number, maxMs: number): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < maxMs) {
    const last = await inPage<number>(p.cdp, 'performance.now() - window.__bench.longTasks.reduce((m, t) => Math.max(m, t.start + t.dur), 0)');
    if (last >= quietMs) return;
    await p.page.waitForTimeout(Math.max(50, quietMs - last));
  }
}
