import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYMBOL_KEYS } from '../../src/symbols/symbolKeys';
import { symbolSvgText } from '../../src/assets/symbolData';

const SHIPPED = SYMBOL_KEYS.filter((k) => symbolSvgText(k) !== null);

/**
 * A stand-in <img> on a fake clock: setting its source queues a microtask that "parses" it,
 * moving the clock on by `parseMs`, as the browser does for a data: URL. Records the task each
 * source was set in; decodes unless `failing(nth)` says otherwise.
 */
function fakeImages(parseMs: number, failing: (nth: number) => boolean = () => false) {
  const setInTask: number[] = [];
  let task = 0;
  let clock = 0;
  class FakeImage {
    width: number; height: number; private s = ''; private nth = -1;
    constructor(w: number, h: number) { this.width = w; this.height = h; }
    set src(v: string) {
      this.s = v; this.nth = setInTask.length; setInTask.push(task);
      queueMicrotask(() => { clock += parseMs; });
    }
    get src() { return this.s; }
    decode() { return failing(this.nth) ? Promise.reject(new Error('bad')) : Promise.resolve(); }
  }
  vi.stubGlobal('Image', FakeImage);
  // every timer callback is a task of its own
  const realSetTimeout = globalThis.setTimeout;
  vi.stubGlobal('setTimeout', (f: () => void, ms?: number) => realSetTimeout(() => { task++; f(); }, ms));
  vi.stubGlobal('scheduler', undefined);
  return { setInTask, now: () => clock };
}

/** How many sources were set in each task, in order. */
const perTask = (setInTask: number[]) => [...new Set(setInTask)].map((t) => setInTask.filter((x) => x === t).length);

describe('loading the unit symbols as images', () => {
  afterEach(() => { vi.unstubAllGlobals(); vi.resetModules(); });

  it('on a slow device, sets only as many sources in a task as their parsing fits in the budget, none in the caller’s task', async () => {
    const parseMs = 3; // a few a task
    const { setInTask, now } = fakeImages(parseMs);
    const { loadSymbolImages, symbolImage, SYMBOL_BUDGET_MS } = await import('../../src/scenes/pieces/symbolImages');
    const done = loadSymbolImages(now);
    expect(setInTask).toEqual([]); // nothing in the task that asked
    await done;
    expect(setInTask).toHaveLength(SHIPPED.length);
    const counts = perTask(setInTask);
    // a task goes on while under budget: its parsing ends within one symbol past the budget
    for (const n of counts) expect(n * parseMs).toBeLessThan(SYMBOL_BUDGET_MS + parseMs);
    expect(counts.length).toBe(Math.ceil(SHIPPED.length / Math.ceil(SYMBOL_BUDGET_MS / parseMs)));
    for (const k of SHIPPED) expect(symbolImage(k), k).not.toBeNull();
  });

  it('on a phone-speed CPU (a symbol over the budget), sets one source a task', async () => {
    const { setInTask, now } = fakeImages(12);
    const { loadSymbolImages } = await import('../../src/scenes/pieces/symbolImages');
    await loadSymbolImages(now);
    expect(perTask(setInTask)).toEqual(SHIPPED.map(() => 1));
  });

  it('on a fast device, sets them all in one task', async () => {
    const { setInTask, now } = fakeImages(0.2);
    const { loadSymbolImages } = await import('../../src/scenes/pieces/symbolImages');
    await loadSymbolImages(now);
    expect(perTask(setInTask)).toEqual([SHIPPED.length]);
  });

  it('leaves out a symbol that fails to decode and still settles', async () => {
    const [bad, good] = SHIPPED;
    const { now } = fakeImages(1, (nth) => nth === 0);
    const { loadSymbolImages, symbolImage } = await import('../../src/scenes/pieces/symbolImages');
    await loadSymbolImages(now);
    expect(symbolImage(bad!)).toBeNull();
    expect(symbolImage(good!)).not.toBeNull();
  });
});
