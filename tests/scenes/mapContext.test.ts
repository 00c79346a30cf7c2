import { describe, expect, it } from 'vitest';
import { createMapContext, MAP_GL_ATTRIBUTES, prepareMapContext, takeMapContext } from '../../src/scenes/mapContext';

/** A document whose canvases count the WebGL contexts asked for; `webgl: false` has none to give. */
function fakeDocument(webgl = true) {
  const asked: Array<{ kind: string; attrs: unknown; size: number[] }> = [];
  const contexts: Array<{ lost: boolean }> = [];
  const doc = {
    createElement: () => ({
      // a new canvas's default size
      width: 300, height: 150,
      getContext(this: { width: number; height: number }, kind: string, attrs: unknown) {
        asked.push({ kind, attrs, size: [this.width, this.height] });
        if (!webgl) return null;
        const c = { lost: false, isContextLost: () => c.lost };
        contexts.push(c);
        return c;
      },
    }),
  } as unknown as Document;
  return { doc, asked, contexts };
}

describe("the map's WebGL context (scenes/mapContext.ts)", () => {
  it("asks for WebGL with the attributes Phaser's renderer would ask for", () => {
    const f = fakeDocument();
    expect(createMapContext(f.doc)).not.toBeNull();
    expect(f.asked).toEqual([{ kind: 'webgl', attrs: MAP_GL_ATTRIBUTES, size: [300, 150] }]);
  });

  it('gives the context made early to the first map only, then makes new ones', () => {
    const f = fakeDocument();
    prepareMapContext(f.doc);
    prepareMapContext(f.doc); // a second warm-up keeps the first context
    expect(f.asked).toHaveLength(1);
    const first = takeMapContext(f.doc);
    expect(first?.context).toBe(f.contexts[0]);
    expect(f.asked).toHaveLength(1);
    const second = takeMapContext(f.doc);
    expect(second?.context).toBe(f.contexts[1]);
    expect(f.asked).toHaveLength(2);
  });

  it('does not hand over a context the browser has lost meanwhile', () => {
    const f = fakeDocument();
    prepareMapContext(f.doc);
    f.contexts[0]!.lost = true;
    expect(takeMapContext(f.doc)?.context).toBe(f.contexts[1]);
  });

  it('is null where WebGL is not available (the map then draws on the Canvas renderer)', () => {
    const f = fakeDocument(false);
    prepareMapContext(f.doc);
    expect(takeMapContext(f.doc)).toBeNull();
  });

  it("makes a new context on a canvas already at the map's size (Phaser's boot then resizes nothing)", () => {
    const f = fakeDocument();
    const made = takeMapContext(f.doc, { width: 812, height: 590 });
    // The size is set before the context is asked for: the drawing buffer is made at that size.
    expect(f.asked[0]!.size).toEqual([812, 590]);
    expect([made?.canvas.width, made?.canvas.height]).toEqual([812, 590]);
  });

  it('hands over the context made early as it is, whatever size is asked for', () => {
    const f = fakeDocument();
    prepareMapContext(f.doc);
    const early = takeMapContext(f.doc, { width: 812, height: 590 });
    expect(early?.context).toBe(f.contexts[0]);
    expect(f.asked).toHaveLength(1);
  });
});
