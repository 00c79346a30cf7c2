import { describe, expect, it } from 'vitest';
import { warmUpMapContextWhenIdle } from '../../src/app/canvasWarmUp';
import { takeMapContext } from '../../src/scenes/mapContext';

/** A document whose canvases count the WebGL contexts asked for, with an idle queue run by hand. */
function fakeDocument() {
  const idle: Array<{ run: () => void; timeout?: number }> = [];
  const contexts: unknown[] = [];
  const doc = {
    createElement: () => ({
      getContext: () => {
        const c = { isContextLost: () => false };
        contexts.push(c);
        return c;
      },
    }),
    defaultView: { requestIdleCallback: (run: () => void, opts?: { timeout?: number }) => { idle.push({ run, timeout: opts?.timeout }); return idle.length; } },
  } as unknown as Document;
  return { doc, idle, contexts };
}

describe("the title's warm-up of the map's WebGL context (app/canvasWarmUp.ts)", () => {
  it('makes the context once the browser is idle, and the first map takes that one', () => {
    const f = fakeDocument();
    warmUpMapContextWhenIdle(true, f.doc);
    // Nothing blocks the title's own start: the context waits for an idle moment (or the timeout).
    expect(f.contexts).toHaveLength(0);
    expect(f.idle).toHaveLength(1);
    expect(f.idle[0]!.timeout).toBeGreaterThan(0);
    f.idle[0]!.run();
    expect(f.contexts).toHaveLength(1);
    expect(takeMapContext(f.doc)?.context).toBe(f.contexts[0]);
    expect(f.contexts).toHaveLength(1);
  });

  it('makes none for a map that will draw on the Canvas renderer', () => {
    const f = fakeDocument();
    warmUpMapContextWhenIdle(false, f.doc);
    expect(f.idle).toHaveLength(0);
    expect(f.contexts).toHaveLength(0);
  });
});
