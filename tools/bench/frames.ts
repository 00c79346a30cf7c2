/**
 * Frame times while the map pans with every formation of the campaign on it (?bench=pan), beside
 * an empty Phaser scene of the same size and renderer (?bench=empty): window.__benchFrames.
 */
import type { Browser } from '../browser';
import { inPage, until } from './inPage';
import { openPage } from './page';
import { median, missedRefreshes, percentile, round } from './stats';

const FRAME_SAMPLES = 240;
const WARMUP_FRAMES = 30;

/**
 * median, p95 and mean: of the intervals between frames' ends (the goal's figure). startP95: the
 * p95 of the intervals between their start times; missedFrames: display refreshes that got no new
 * frame, counted from those. The two differ where a frame's drawing starts later in its frame
 * than the last one's did: its interval grows, the next one shrinks, and no frame is missed.
 */
export type FrameFigures = { median: number; p95: number; mean: number; frames: number; startP95: number | null; missedFrames: number } | { error: string };

export async function frameTimes(browser: Browser, url: string): Promise<FrameFigures> {
  const p = await openPage(browser);
  const { page } = p;
  try {
    await page.goto(url);
    // Polled from outside the page (inPage.ts): a poll inside it would add work to the frames measured.
    await until(p.cdp, "document.querySelector('[data-map-ready]')", 30_000, 100);
    // A map without the benchmark hook should fail fast, not after the sampling timeout.
    await until(p.cdp, 'Array.isArray(window.__benchFrames)', 10_000, 100);
    await until(p.cdp, `(window.__benchFrames || []).length >= ${FRAME_SAMPLES + WARMUP_FRAMES}`, 90_000, 250);
    const span = [WARMUP_FRAMES, WARMUP_FRAMES + FRAME_SAMPLES] as const;
    const frames = (await inPage<number[]>(p.cdp, 'window.__benchFrames.slice()')).slice(...span);
    const starts = (await inPage<number[]>(p.cdp, 'window.__benchFrameStarts || []')).slice(...span);
    return {
      median: round(median(frames), 2), p95: round(percentile(frames, 95), 2), mean: round(frames.reduce((a, b) => a + b, 0) / frames.length, 2), frames: frames.length,
      startP95: starts.length ? round(percentile(starts, 95), 2) : null, missedFrames: missedRefreshes(starts),
    };
  } catch (e) {
    return { error: `${url}: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    await p.close();
  }
}

export async function frameRatios(browser: Browser, baseUrl: string, renderer: 'canvas' | 'webgl') {
  const empty = await frameTimes(browser, `${baseUrl}?bench=empty&renderer=${renderer}`);
  const pan = await frameTimes(browser, `${baseUrl}?bench=pan&renderer=${renderer}`);
  const ratio = 'median' in empty && 'median' in pan
    ? { ratioMedian: round(pan.median / empty.median, 2), ratioP95: round(pan.p95 / empty.p95, 2), ratioMean: round(pan.mean / empty.mean, 2) }
    : {};
  return { empty, pan, ...ratio };
}
