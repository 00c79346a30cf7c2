/**
 * What a page's long tasks are made of: a Chrome trace of the page's main thread with the
 * sampling JS profiler on, cut into its tasks; for every task over `minMs` the timeline events it
 * ran (a timer, an animation frame, a script's evaluation…) and the functions that took the most
 * of its samples (self time). `npm run -s bench:tasks` prints it for a deep link under the mobile
 * profile and for End days on Forty Thousand. Build without minifying (`--names`) to read
 * function names rather than the minifier's letters.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string; cat?: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { cpuProfile?: CpuProfileChunk; timeDeltas?: number[]; startTime?: number; functionName?: string; url?: string } };
}

interface CpuProfileChunk {
  nodes?: Array<{ id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>;
  samples?: number[];
}

export interface TaskBreakdown {
  /** trace time (ms) from the start of tracing */
  at: number;
  wallMs: number;
  cpuMs: number;
  /** the timeline events directly under the task, largest first: "TimerFire 120" */
  events: string[];
  /** the functions with most self time in the task, largest first: "drawRegion (map.js:12) 40" */
  selfTop: string[];
  /** the same for the total time (self and callees) of named functions */
  totalTop: string[];
  /** the call tree of its samples, root first, branches of at least 3% of the task: "  f 12.5" */
  tree: string[];
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', '__metadata'];

export async function traceTasks(cdp: CDPSession, work: () => Promise<void>, categories = CATEGORIES): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // One by one: a chunk of a long trace is too many arguments for push(...chunk).
  const collect = (e: { value: Array<Record<string, unknown>> }) => { for (const v of e.value) events.push(v as unknown as TraceEvent); };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories } });
  try {
    await work();
  } finally {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

const key = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;
const ms = (us: number) => Math.round(us / 100) / 10;

/** Only what cutting a trace into tasks needs: little overhead, no profiler. */
export const TASK_CATEGORIES = ['toplevel', '__metadata'];

const tasksOf = (events: TraceEvent[], t: string) => events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && key(e) === t);

/** The busiest renderer main thread: the page's. */
function pageThread(events: TraceEvent[]): string {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key));
  let thread = '';
  let most = -1;
  for (const t of mains) {
    const busy = tasksOf(events, t).reduce((a, e) => a + (e.dur ?? 0), 0);
    if (busy > most) { most = busy; thread = t; }
  }
  return thread;
}

/**
 * The page's tasks by their thread time (ms), in order. CDP's CPU throttling holds the thread
 * busy, so a throttled task's thread time is about its wall time on an idle machine; the time it
 * waited for a core on a shared one is not in it: a TBT the machine's other work changes less.
 */
export function taskCpuTimes(events: TraceEvent[]): number[] {
  return tasksOf(events, pageThread(events)).sort((a, b) => a.ts - b.ts).map((e) => (e.tdur ?? 0) / 1000);
}

/** The long tasks of the busiest renderer main thread (the page), each broken down. */
export function breakDown(events: TraceEvent[], minMs: number): TaskBreakdown[] {
  const thread = pageThread(events);
  // A loop, not Math.min(...): a long trace has more events than a call may take arguments.
  let t0 = Infinity;
  for (const e of events) if (e.ts > 0 && e.ts < t0) t0 = e.ts;
  const onThread = events.filter((e) => key(e) === thread);
  const samples = profileSamples(events, thread);
  const out: TaskBreakdown[] = [];
  for (const task of tasksOf(events, thread)) {
    const dur = task.dur ?? 0;
    if (dur < minMs * 1000) continue;
    const end = task.ts + dur;
    const inside = onThread.filter((e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e.name !== 'ThreadControllerImpl::RunTask');
    // direct children: events not inside another event of `inside`
    const direct = inside.filter((e) => !inside.some((p) => p !== e && p.ts <= e.ts && p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0) && (p.dur ?? 0) > (e.dur ?? 0)));
    const byName = new Map<string, number>();
    for (const e of direct) {
      const d = e.args?.data;
      const label = e.name === 'FunctionCall' && d?.functionName ? `FunctionCall ${String(d.functionName)}` : e.name === 'EvaluateScript' && d?.url ? `EvaluateScript ${String(d.url).split('/').pop()}` : e.name;
      byName.set(label, (byName.get(label) ?? 0) + (e.dur ?? 0));
    }
    const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
    const self = new Map<string, number>();
    const totalT = new Map<string, number>();
    for (const s of inTask) {
      self.set(s.stack[0]!, (self.get(s.stack[0]!) ?? 0) + s.dt);
      for (const f of new Set(s.stack)) totalT.set(f, (totalT.get(f) ?? 0) + s.dt);
    }
    const tree = callTree(inTask, Math.max(1000, dur * 0.03));
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${ms(v)}`);
    out.push({
      at: ms(task.ts - t0), wallMs: ms(dur), cpuMs: ms(task.tdur ?? 0),
      events: top(byName, 8), selfTop: top(self, 12),
      totalTop: top(new Map([...totalT].filter(([k]) => !k.startsWith('(') && !k.startsWith('anonymous'))), 25),
      tree,
    });
  }
  return out;
}

interface Sample { ts: number; dt: number; stack: string[] }

/** The sampling profiler's samples on one thread, each with its stack (leaf first) as labels. */
function profileSamples(events: TraceEvent[], thread: string): Sample[] {
  const out: Sample[] = [];
  const profiles = new Map<string, { start: number; nodes: Map<number, { parent?: number; label: string }>; last: number }>();
  for (const e of events) {
    if (key(e) !== thread && !(e.name === 'ProfileChunk' || e.name === 'Profile')) continue;
    if (e.name === 'Profile' && key(e) === thread) profiles.set(e.id ?? '', { start: e.args?.data?.startTime ?? e.ts, nodes: new Map(), last: e.args?.data?.startTime ?? e.ts });
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(e.id ?? '');
    if (!p) continue;
    const cp = e.args?.data?.cpuProfile;
    for (const n of cp?.nodes ?? []) {
      const f = n.callFrame;
      const file = f.url ? f.url.split('/').pop() : '';
      p.nodes.set(n.id, { parent: n.parent, label: `${f.functionName || '(anonymous)'}${file ? ` (${file}:${f.lineNumber + 1})` : ''}` });
    }
    const deltas = e.args?.data?.timeDeltas ?? [];
    (cp?.samples ?? []).forEach((id, i) => {
      p.last += deltas[i] ?? 0;
      const stack: string[] = [];
      for (let n: number | undefined = id; n !== undefined; n = p.nodes.get(n)?.parent) {
        const node = p.nodes.get(n);
        if (!node) break;
        if (node.label !== '(root)') stack.push(node.label);
      }
      if (stack.length && stack[0] !== '(idle)' && stack[0] !== '(program)') out.push({ ts: p.last, dt: deltas[i + 1] ?? 0, stack });
      else if (stack[0] === '(program)') out.push({ ts: p.last, dt: deltas[i + 1] ?? 0, stack });
    });
  }
  // a sample's weight is the time to the next one
  out.sort((a, b) => a.ts - b.ts);
  for (let i = 0; i < out.length - 1; i++) out[i]!.dt = Math.min(out[i + 1]!.ts - out[i]!.ts, 5000);
  return out;
}

interface TreeNode { total: number; kids: Map<string, TreeNode> }

/** The samples' call tree as indented lines (two spaces a level), branches of `minUs` or more. */
function callTree(samples: Sample[], minUs: number): string[] {
  const root: TreeNode = { total: 0, kids: new Map() };
  for (const s of samples) {
    let n = root;
    n.total += s.dt;
    for (let i = s.stack.length - 1; i >= 0; i--) {
      const f = s.stack[i]!;
      let k = n.kids.get(f);
      if (!k) { k = { total: 0, kids: new Map() }; n.kids.set(f, k); }
      k.total += s.dt;
      n = k;
    }
  }
  const lines: string[] = [];
  const walk = (n: TreeNode, depth: number) => {
    for (const [f, k] of [...n.kids].sort((a, b) => b[1].total - a[1].total)) {
      if (k.total < minUs) continue;
      lines.push(`${'  '.repeat(depth)}${f} ${ms(k.total)}`);
      walk(k, depth + 1);
    }
  };
  walk(root, 0);
  return lines;
}
