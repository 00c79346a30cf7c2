/**
 * End day as a player presses it: ten days of Forty Thousand ended with the E key, each measured
 * from the key press to the first frame painted after the day (the map redrawn, the pieces moved),
 * and the longest main-thread task while it happened (PerformanceObserver longtask: only tasks
 * over 50 ms are reported, so 0 means none was). The game is opened by a link, so the page first
 * gets a click on the map, as a player's first click (on a level, on a unit): the first gesture
 * starts the browser's audio engine, a task of its own that is not End day's. The days are also
 * traced, for the main thread's CPU time in its longest task (see longestTaskCpuMs).
 */
import type { CDPSession } from 'playwright-core';
import type { Browser } from '../browser';
import { inPage, until } from './inPage';
import { figures, openPage, waitFor } from './page';
import { TASK_CATEGORIES, taskCpuTimes, traceTasks } from './taskTrace';

export interface DayEndFigures {
  days: number;
  longestTaskMs: number;
  /**
   * The main thread's own CPU time in its longest task over the days (a Chrome trace's thread
   * time): on a shared machine a task's wall time also counts the time the thread waited for a
   * core or for the GPU process, which can be most of it.
   */
  longestTaskCpuMs: number;
  inputToPaintMs: number[];
  longTasks: number[];
}

/** Trace the page's main thread while `work` runs; the largest thread time of one task, in ms. */
async function longestTaskCpu(cdp: CDPSession, work: () => Promise<void>): Promise<number> {
  const cpu = taskCpuTimes(await traceTasks(cdp, work, TASK_CATEGORIES));
  return cpu.length ? Math.round(Math.max(...cpu) * 10) / 10 : 0;
}

export async function dayEnds(browser: Browser, baseUrl: string, days: number): Promise<DayEndFigures> {
  const p = await openPage(browser);
  const { page } = p;
  try {
    await page.goto(`${baseUrl}?level=forty-thousand&seed=bench-days`);
    await waitFor(p, 'mapAt');
    await page.mouse.click(660, 700);
    await page.waitForTimeout(2000);
    const before = (await figures(p)).longTasks.length;
    let ended = 0;
    const longestTaskCpuMs = await longestTaskCpu(p.cdp, async () => {
      for (let i = 0; i < days; i++) {
        const day = await inPage<number>(p.cdp, 'window.guarantor.snapshot().day');
        // E ends the day only when no form field or button holds the keys.
        await inPage(p.cdp, 'document.activeElement && document.activeElement.blur()');
        await page.keyboard.press('e');
        await until(p.cdp, `(() => { const s = window.guarantor.snapshot(); return s.day > ${day} || s.status !== 'playing'; })()`, 15_000);
        ended++;
        await until(p.cdp, `window.__bench.dayPaints.length >= ${ended}`, 15_000);
        // Let the glides and any late work of this day finish before the next key press.
        await page.waitForTimeout(700);
        if ((await inPage<string>(p.cdp, 'window.guarantor.snapshot().status')) !== 'playing') break;
      }
    });
    const f = await figures(p);
    const longTasks = f.longTasks.slice(before).map((t) => Math.round(t.dur));
    return {
      days: ended,
      longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
      longestTaskCpuMs,
      inputToPaintMs: f.dayPaints.map((d) => Math.round(d.painted - d.key)),
      longTasks,
    };
  } finally {
    await p.close();
  }
}
