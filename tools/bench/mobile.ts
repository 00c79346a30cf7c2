/**
 * The Lighthouse mobile profile by hand: the network held to 1.6 Mbps with 150 ms round trips and
 * the CPU slowed four times (CDP), cache off. For the title and for a deep link to a game:
 * largest contentful paint, total blocking time (the part over 50 ms of every long task after the
 * first contentful paint, until the main thread has been quiet for 3 s, as Lighthouse counts it up
 * to time-to-interactive), and when the title or the map became usable.
 */
import type { Browser } from '../browser';
import { figures, mainThreadQuiet, MOBILE, openPage, waitFor } from './page';

export interface MobileLoad {
  lcpMs: number; tbtMs: number; readyMs: number; fcpMs: number;
  /** the long tasks TBT counted, [start, duration] in ms of page time */
  longTasks: Array<[number, number]>;
}

export async function mobileLoad(browser: Browser, url: string, until: 'titleAt' | 'mapAt'): Promise<MobileLoad> {
  const p = await openPage(browser, MOBILE);
  try {
    await p.page.goto(url, { timeout: 90_000 });
    await waitFor(p, until, 90_000);
    await mainThreadQuiet(p, 3000, 30_000);
    const f = await figures(p);
    const counted = f.longTasks.filter((t) => t.start >= f.fcp);
    const tbt = counted.reduce((a, t) => a + Math.max(0, t.dur - 50), 0);
    return {
      lcpMs: Math.round(f.lcp), tbtMs: Math.round(tbt), readyMs: Math.round(f[until]!), fcpMs: Math.round(f.fcp),
      longTasks: counted.map((t) => [Math.round(t.start), Math.round(t.dur)]),
    };
  } finally {
    await p.close();
  }
}
