/**
 * Browser figures for `npm run bench` (and `npm run bench:browser` on its own), measured on the
 * production build in headless Chromium:
 * - gzip bytes per file requested before the title screen is interactive (its level buttons are
 *   there and enabled) and before the first map is interactive (the map sets data-map-ready);
 * - the time from navigation to each, median of cold loads (browser cache disabled);
 * - frame times (median, p95) while the map pans with every formation of the campaign on it
 *   (?bench=pan), beside an empty Phaser scene (?bench=empty) in the same run, for the Canvas and
 *   the WebGL renderer. Headless Chromium draws WebGL in software, so the ratio is the figure.
 * Sizes are gzip level 6 (a common server default) of the built files; 1 KB = 1024 bytes.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { buildGame, chromiumAvailable, CHROMIUM_PATH, launchBrowser, serveBuild, type Browser } from './browser';

const COLD_RUNS = 3;
const FRAME_SAMPLES = 240;
const WARMUP_FRAMES = 30;
export const TARGETS = { titleInteractiveMs: 500, mapInteractiveMs: 1500, titleGzipBytes: 150 * 1024, firstGameGzipBytes: 600 * 1024, frameRatio: 1.2 };

/** Record when the title's level buttons and the map's ready flag first appear, page time. */
const PROBE = `(() => {
  const mark = () => {
    if (!window.__titleAt && document.querySelector('[data-level]:not([disabled])')) window.__titleAt = performance.now();
    if (!window.__mapAt && document.querySelector('[data-map-ready]')) window.__mapAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready', 'disabled'] });
})();`;

interface Load { ms: number; files: Array<{ path: string; startMs: number }> }

async function coldLoad(browser: Browser, url: string, until: '__titleAt' | '__mapAt'): Promise<Load> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction((k) => (window as unknown as Record<string, number>)[k] !== undefined, until, { timeout: 30_000 });
    return await page.evaluate((k) => {
      const at = (window as unknown as Record<string, number>)[k]!;
      const files = [{ path: location.pathname, startMs: 0 }, ...performance.getEntriesByType('resource')
        .filter((e) => e.startTime <= at)
        .map((e) => ({ path: new URL(e.name).pathname, startMs: e.startTime }))];
      return { ms: at, files };
    }, until);
  } finally {
    await page.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** gzip size of each built file a load requested, by path. */
function gzipSizes(outDir: string, paths: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of new Set(paths)) {
    const file = join(outDir, p === '/' ? 'index.html' : decodeURIComponent(p));
    try {
      if (statSync(file).isFile()) out[p === '/' ? '/index.html' : p] = gzipSync(readFileSync(file), { level: 6 }).length;
    } catch {
      // not a file of the build (e.g. a data: URL): nothing to count
    }
  }
  return out;
}

const total = (sizes: Record<string, number>) => Object.values(sizes).reduce((a, b) => a + b, 0);

/** Fonts load with font-display: swap, so the page is usable before they arrive: their bytes are
 *  reported on their own as well as in the totals. */
const isFont = (path: string) => /\.woff2?$/.test(path);
const split = (sizes: Record<string, number>) => ({
  code: total(Object.fromEntries(Object.entries(sizes).filter(([p]) => !isFont(p)))),
  fonts: total(Object.fromEntries(Object.entries(sizes).filter(([p]) => isFont(p)))),
});

async function frameTimes(browser: Browser, url: string): Promise<{ median: number; p95: number; frames: number } | { error: string }> {
  const page: Page = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.locator('[data-map-ready]').waitFor({ timeout: 30_000 });
    // A map without the benchmark hook should fail fast, not after the sampling timeout.
    await page.waitForFunction(() => Array.isArray((window as unknown as { __benchFrames?: unknown }).__benchFrames), undefined, { timeout: 10_000 });
    await page.waitForFunction((n) => ((window as unknown as { __benchFrames?: number[] }).__benchFrames?.length ?? 0) >= n, FRAME_SAMPLES + WARMUP_FRAMES, { timeout: 60_000 });
    const frames = (await page.evaluate(() => (window as unknown as { __benchFrames: number[] }).__benchFrames.slice())).slice(WARMUP_FRAMES);
    return { median: round(median(frames), 2), p95: round(percentile(frames, 95), 2), frames: frames.length };
  } catch (e) {
    return { error: `${url}: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    await page.close();
  }
}

export async function runBrowserBench(): Promise<Record<string, unknown>> {
  if (!chromiumAvailable()) return { browserBench: `skipped: no Chromium at ${CHROMIUM_PATH}` };
  const outDir = await buildGame();
  const served = await serveBuild(outDir);
  const browser = await launchBrowser();
  try {
    const titles: Load[] = [];
    const maps: Load[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      titles.push(await coldLoad(browser, served.url, '__titleAt'));
      maps.push(await coldLoad(browser, `${served.url}?level=tutorial&seed=bench`, '__mapAt'));
    }
    const titleFiles = gzipSizes(outDir, titles.flatMap((l) => l.files.map((f) => f.path)));
    const mapFiles = gzipSizes(outDir, maps.flatMap((l) => l.files.map((f) => f.path)));
    const audio = gzipSizes(outDir, ['/audio/sfx.wav', '/audio/ambient.wav']);

    const frames: Record<string, unknown> = {};
    for (const renderer of ['canvas', 'webgl'] as const) {
      const empty = await frameTimes(browser, `${served.url}?bench=empty&renderer=${renderer}`);
      const pan = await frameTimes(browser, `${served.url}?bench=pan&renderer=${renderer}`);
      const ratio = 'median' in empty && 'median' in pan
        ? { ratioMedian: round(pan.median / empty.median, 2), ratioP95: round(pan.p95 / empty.p95, 2) }
        : {};
      frames[renderer] = { empty, pan, ...ratio };
    }

    const titleMs = round(median(titles.map((l) => l.ms)));
    const mapMs = round(median(maps.map((l) => l.ms)));
    const ratios = Object.values(frames).map((f) => (f as { ratioMedian?: number }).ratioMedian);
    const titleSplit = split(titleFiles);
    const mapSplit = split(mapFiles);
    return {
      titleInteractiveMs: titleMs,
      mapInteractiveMs: mapMs,
      titleGzipBytes: total(titleFiles),
      titleCodeGzipBytes: titleSplit.code,
      titleFontGzipBytes: titleSplit.fonts,
      titleFiles,
      firstGameGzipBytes: total(mapFiles),
      firstGameCodeGzipBytes: mapSplit.code,
      firstGameFontGzipBytes: mapSplit.fonts,
      firstGameFiles: mapFiles,
      audioGzipBytesAfterFirstGesture: total(audio),
      frames,
      targets: TARGETS,
      met: {
        titleInteractive: titleMs <= TARGETS.titleInteractiveMs,
        mapInteractive: mapMs <= TARGETS.mapInteractiveMs,
        titleBytes: total(titleFiles) <= TARGETS.titleGzipBytes,
        titleCodeBytes: titleSplit.code <= TARGETS.titleGzipBytes,
        firstGameBytes: total(mapFiles) <= TARGETS.firstGameGzipBytes,
        frameRatio: ratios.length > 0 && ratios.every((r) => r !== undefined && r <= TARGETS.frameRatio),
      },
    };
  } finally {
    await browser.close();
    await served.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

// `npm run bench:browser`: the same figures as one JSON line.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runBrowserBench()
    .then((r) => console.log(JSON.stringify(r)))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
