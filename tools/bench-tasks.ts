/**
 * `npm run -s bench:tasks [-- --names] [--runs N] [--only mobile|days|click] [--plain]`: which main-thread tasks
 * are long, and what they ran (tools/bench/taskTrace.ts), for the two figures of `npm run bench`
 * that count long tasks: a deep link to the tutorial under the mobile profile (its TBT), and ten
 * End days on Forty Thousand (the longest task). `--names` builds without minifying, so the
 * profile names functions (its times are then a little off the shipped build's).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launchBrowser, ROOT, serveBuild, type Browser } from './browser';
import { figures, mainThreadQuiet, MOBILE, openPage, waitFor } from './bench/page';
import { breakDown, TASK_CATEGORIES, taskCpuTimes, traceTasks } from './bench/taskTrace';
import { dayEnds } from './bench/dayEnd';
import { inPage, until } from './bench/inPage';
import { mapFromClick } from './bench/mapFromClick';

const args = process.argv.slice(2);
const names = args.includes('--names');
const runs = Number(args[args.indexOf('--runs') + 1]) || 1;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
/** `--plain`: no trace, only the bench's own figures (a trace's profiler slows the page) */
const plain = args.includes('--plain');

/**
 * A deep link to the tutorial under the mobile profile, traced until the main thread has been
 * quiet for 3 s: the trace, the page's figures and its TBT as the bench counts it. The caller
 * closes the page.
 */
async function tracedDeepLink(browser: Browser, url: string, categories?: string[]) {
  const p = await openPage(browser, MOBILE);
  const events = await traceTasks(p.cdp, async () => {
    await p.page.goto(`${url}?level=tutorial&seed=bench`, { timeout: 90_000 });
    await waitFor(p, 'mapAt', 90_000);
    await mainThreadQuiet(p, 3000, 30_000);
  }, categories);
  const f = await figures(p);
  const tbt = f.longTasks.filter((t) => t.start >= f.fcp).reduce((a, t) => a + Math.max(0, t.dur - 50), 0);
  return { p, events, f, tbt };
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'guarantor-dist-'));
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true, ...(names ? { minify: false } : {}) } });
  const served = await serveBuild(outDir);
  const browser = await launchBrowser('swiftshader');
  try {
    for (let r = 0; r < runs; r++) {
      if (plain) {
        if (only !== 'days') {
          const { p, events, f, tbt } = await tracedDeepLink(browser, served.url, TASK_CATEGORIES);
          // Each task's thread time: CDP's throttling counts in it (the thread is held, not
          // descheduled), the machine's other work does not. All tasks, FCP's own included.
          const slowed = taskCpuTimes(events);
          const cpuTbt = slowed.reduce((a, d) => a + Math.max(0, d - 50), 0);
          const long = slowed.filter((d) => d > 50).map((d) => Math.round(d));
          console.log(JSON.stringify({ mobileDeepLink: { tbtMs: Math.round(tbt), fromCpuTbtMs: Math.round(cpuTbt), fromCpuLongTasks: long, mapAtMs: Math.round(f.mapAt ?? -1), fcpMs: Math.round(f.fcp), lcpMs: Math.round(f.lcp) } }));
          await p.close();
        }
        if (only === 'click') {
          for (const level of ['tutorial', 'forty-thousand']) {
            const c = await mapFromClick(browser, served.url, level, 'auto');
            console.log(JSON.stringify({ mapFromClick: { level, ms: c.ms } }));
          }
          continue;
        }
        if (only !== 'mobile') {
          const d = await dayEnds(browser, served.url, 10);
          console.log(JSON.stringify({ dayEnd: { longestTaskMs: d.longestTaskMs, longestTaskCpuMs: d.longestTaskCpuMs, longTasks: d.longTasks, inputToPaintMs: d.inputToPaintMs } }));
        }
        continue;
      }
      if (only !== 'days') {
        const { p, events, f, tbt } = await tracedDeepLink(browser, served.url);
        console.log(JSON.stringify({ mobileDeepLink: { tbtMs: Math.round(tbt), fcpMs: Math.round(f.fcp), mapAtMs: Math.round(f.mapAt ?? -1), longTasks: f.longTasks.map((t) => [Math.round(t.start), Math.round(t.dur)]) } }));
        for (const t of breakDown(events, 50)) console.log(JSON.stringify(t, null, 1));
        await p.close();
      }
      if (only !== 'mobile') {
        const p = await openPage(browser);
        const { page } = p;
        await page.goto(`${served.url}?level=forty-thousand&seed=bench-days`);
        await waitFor(p, 'mapAt');
        await page.mouse.click(660, 700);
        await page.waitForTimeout(2000);
        const before = (await figures(p)).longTasks.length;
        const events = await traceTasks(p.cdp, async () => {
          for (let i = 0; i < 10; i++) {
            const day = await inPage<number>(p.cdp, 'window.guarantor.snapshot().day');
            await inPage(p.cdp, 'document.activeElement && document.activeElement.blur()');
            await page.keyboard.press('e');
            await until(p.cdp, `(() => { const s = window.guarantor.snapshot(); return s.day > ${day} || s.status !== 'playing'; })()`, 15_000);
            await page.waitForTimeout(700);
            if ((await inPage<string>(p.cdp, 'window.guarantor.snapshot().status')) !== 'playing') break;
          }
        });
        const f = await figures(p);
        console.log(JSON.stringify({ dayEnd: { longTasks: f.longTasks.slice(before).map((t) => Math.round(t.dur)), paints: f.dayPaints.map((d) => Math.round(d.painted - d.key)) } }));
        const tasks = breakDown(events, 15).sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 4);
        for (const t of tasks) console.log(JSON.stringify(t, null, 1));
        await p.close();
      }
    }
  } finally {
    await browser.close();
    await served.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
