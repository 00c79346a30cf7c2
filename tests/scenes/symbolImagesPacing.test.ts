import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYMBOL_KEYS } from '../../src/symbols/symbolKeys';
import { symbolSvgText } from '../../src/assets/symbolData';

/** A stand-in <img>: records in which task its source was set; decodes unless told to fail (by the order its source was set). */
function fakeImages(failing: (nth: number) => boolean) {
  const setInTask: number[] = [];
  let task = 0;
  class FakeImage {
    width: number; height: number; private s = ''; private nth = -1;
    constructor(w: number, h: number) { this.width = w; this.height = h; }
    set src(v: string) { this.s = v; this.nth = setInTask.length; setInTask.push(task); }
    get src() { return this.s; }
    decode() { return failing(this.nth) ? Promise.reject(new Error('bad')) : Promise.resolve(); }
  }
  vi.stubGlobal('Image', FakeImage);
  // every timer callback is a task of its own
  const realSetTimeout = globalThis.setTimeout;
  vi.stubGlobal('setTimeout', (f: () => void, ms?: number) => realSetTimeout(() => { task++; f(); }, ms));
  vi.stubGlobal('scheduler', undefined);
  return setInTask;
}

describe('loading the unit symbols as images', () => {
  afterEach(() => { vi.unstubAllGlobals(); vi.resetModules(); });

  it('sets one symbol’s source per task, none in the caller’s task, and keeps every one that loads', async () => {
    const setInTask = fakeImages(() => false);
    const { loadSymbolImages, symbolImage } = await import('../../src/scenes/pieces/symbolImages');
    const done = loadSymbolImages();
    expect(setInTask).toEqual([]); // nothing in the task that asked
    await done;
    const shipped = SYMBOL_KEYS.filter((k) => symbolSvgText(k) !== null);
    expect(setInTask).toHaveLength(shipped.length);
    expect(new Set(setInTask).size).toBe(shipped.length); // each in a different task
    for (const k of shipped) expect(symbolImage(k), k).not.toBeNull();
  });

  it('leaves out a symbol that fails to decode and still settles', async () => {
    const [bad, good] = SYMBOL_KEYS.filter((k) => symbolSvgText(k) !== null);
    fakeImages((nth) => nth === 0);
    const { loadSymbolImages, symbolImage } = await import('../../src/scenes/pieces/symbolImages');
    await loadSymbolImages();
    expect(symbolImage(bad!)).toBeNull();
    expect(symbolImage(good!)).not.toBeNull();
  });
});
