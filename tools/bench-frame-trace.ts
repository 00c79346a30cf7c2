/**
 * Where a panning frame's time goes, in CPU time: `npm run -s bench:frame-trace -- [--renderer
 * webgl|canvas] [--against <worktree>] [--seconds S] [--runs N] [--events] [--pan-only]
 * [--eval <js run in the pan page first>] [--names]`. Opens ?bench=empty and ?bench=pan, traces a
 * few seconds once the frames have warmed up, and prints per frame: each Chromium thread's task
 * time (thread / wall) from the trace, and every thread's CPU time from /proc, which also counts
 * the GPU process's SwiftShader workers (they run no traced tasks, and are most of a frame's
 * cost). CPU time leaves out waiting for a core, so it compares builds on a shared machine better
 * than the bench's wall-clock frame intervals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { launchBrowser, type Browser } from './browser';
import { arg, serveThisAndAgainst } from './bench/againstBuilds';
import { inPage, until } from './bench/inPage';
import { openPage } from './bench/page';
import { traceTasks } from './bench/taskTrace';

interface Ev { name: string; cat?: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: Record<string, unknown> } }


/** CPU ticks (1/100 s) of every thread of this process's descendants, by process type and thread name. */
function cpuTicks(): Map<string, number> {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* gone */ }
  }
  const mine = (pid: number) => { for (let p = pid, i = 0; p > 1 && i < 20; p = parent.get(p) ?? 0, i++) if (p === process.pid) return true; return false; };
  const out = new Map<string, number>();
  for (const pid of parent.keys()) {
    if (pid === process.pid || !mine(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const st = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const comm = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')')).replace(/[0-9]+/g, '#');
        const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
        const k = `${type}/${comm}`;
        out.set(k, (out.get(k) ?? 0) + Number(f[11]) + Number(f[12]));
      }
    } catch { /* gone */ }
  }
  return out;
}

const CATS = ['toplevel', '__metadata', 'devtools.timeline', 'gpu', 'viz', 'cc', 'disabled-by-default-devtools.timeline'];

async function traceOne(browser: Browser, url: string, seconds: number) {
  const p = await openPage(browser);
  try {
    await p.page.goto(url);
    await until(p.cdp, "document.querySelector('[data-map-ready]')", 30_000, 100);
    // --early: from the first frames on, as the bench samples them (its 30 frames of warm-up are short)
    if (!process.argv.includes('--early')) await until(p.cdp, 'Array.isArray(window.__benchFrames) && window.__benchFrames.length > 60', 30_000, 100);
    const pre = arg('eval');
    if (pre && url.includes('bench=pan')) console.log('  eval:', await inPage<unknown>(p.cdp, pre));
    if (!process.argv.includes('--early')) await new Promise((ok) => setTimeout(ok, 500));
    let n0 = 0;
    let n1 = 0;
    let c0 = new Map<string, number>();
    let c1 = new Map<string, number>();
    const events = (await traceTasks(p.cdp, async () => {
      n0 = await inPage<number>(p.cdp, '(window.__benchFrames || []).length');
      c0 = cpuTicks();
      await new Promise((ok) => setTimeout(ok, seconds * 1000));
      n1 = await inPage<number>(p.cdp, 'window.__benchFrames.length');
      c1 = cpuTicks();
    }, CATS)) as unknown as Ev[];
    const frames = Math.max(1, n1 - n0);
    const names = new Map<string, string>();
    const procs = new Map<number, string>();
    for (const e of events) {
      if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
      if (e.name === 'process_name') procs.set(e.pid, String(e.args?.name));
    }
    const byThread = new Map<string, { cpu: number; wall: number; tasks: number }>();
    for (const e of events) {
      if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
      const k = `${procs.get(e.pid) ?? e.pid}/${names.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
      const t = byThread.get(k) ?? { cpu: 0, wall: 0, tasks: 0 };
      t.cpu += (e.tdur ?? 0) / 1000; t.wall += (e.dur ?? 0) / 1000; t.tasks++;
      byThread.set(k, t);
    }
    // Main-thread timeline events (non-nested names summed; nested ones overlap their parents).
    const mainKeys = [...names].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
    const busiest = mainKeys.sort((a, b) => events.filter((e) => `${e.pid}:${e.tid}` === b).length - events.filter((e) => `${e.pid}:${e.tid}` === a).length)[0];
    const byEvent = new Map<string, number>();
    for (const e of events) {
      if (`${e.pid}:${e.tid}` !== busiest || e.ph !== 'X' || e.name === 'ThreadControllerImpl::RunTask') continue;
      byEvent.set(e.name, (byEvent.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    }
    const cpu = new Map<string, number>();
    for (const [k, v] of c1) { const d = (v - (c0.get(k) ?? 0)) * 10; if (d > 0) cpu.set(k, d); }
    // The main thread's longest tasks: one-off work that lands inside the frames the bench samples.
    const long = events.filter((e) => `${e.pid}:${e.tid}` === busiest && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > 8000)
      .map((e) => {
        const inner = events.filter((c) => c.pid === e.pid && c.tid === e.tid && c.ph === 'X' && c !== e && c.ts >= e.ts && c.ts + (c.dur ?? 0) <= e.ts + (e.dur ?? 0) && (c.dur ?? 0) > 2000 && c.name !== 'ThreadControllerImpl::RunTask');
        return `${((e.dur ?? 0) / 1000).toFixed(1)} ms (cpu ${((e.tdur ?? 0) / 1000).toFixed(1)}): ${inner.slice(0, 6).map((c) => `${c.name}${c.args?.data?.functionName ? `:${String(c.args.data.functionName)}` : ''} ${((c.dur ?? 0) / 1000).toFixed(1)}`).join(', ')}`;
      });
    return { frames, seconds, byThread, byEvent, cpu, long };
  } finally {
    await p.close();
  }
}

async function main(): Promise<void> {
  const renderer = arg('renderer') ?? 'webgl';
  const seconds = Number(arg('seconds') ?? 4);
  const runs = Number(arg('runs') ?? 1);
  const { builds, close } = await serveThisAndAgainst();
  const browser = await launchBrowser('swiftshader');
  try {
    for (let r = 0; r < runs; r++) {
      for (const mode of ['empty', 'pan']) {
        for (let i = 0; i < builds.length; i++) {
          if (mode === 'empty' && (i > 0 || process.argv.includes('--pan-only'))) continue;
          const t = await traceOne(browser, `${builds[i]!.url}?bench=${mode}&renderer=${renderer}`, seconds);
          console.log(`\n== run ${r + 1} ${mode} ${renderer} ${builds[i]!.name}: ${t.frames} frames in ${t.seconds}s; thread ms per frame (cpu / wall, tasks):`);
          for (const [k, v] of [...t.byThread].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 10)) {
            console.log(`  ${k.padEnd(48)} ${(v.cpu / t.frames).toFixed(2).padStart(6)} / ${(v.wall / t.frames).toFixed(2).padStart(6)}  (${(v.tasks / t.frames).toFixed(1)})`);
          }
          const total = [...t.cpu.values()].reduce((a, b) => a + b, 0);
          console.log(`  /proc CPU ms per frame, all threads: ${(total / t.frames).toFixed(2)}; by process/thread:`);
          for (const [k, v] of [...t.cpu].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${k.padEnd(46)} ${(v / t.frames).toFixed(2)}`);
          if (t.long.length) console.log(`  main-thread tasks over 8 ms (wall):\n    ${t.long.slice(0, 12).join('\n    ')}`);
          if (process.argv.includes('--events')) {
            console.log('  main-thread events, ms per frame:');
            for (const [k, v] of [...t.byEvent].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`    ${k.padEnd(44)} ${(v / t.frames).toFixed(3)}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await close();
  }
}

void main();
