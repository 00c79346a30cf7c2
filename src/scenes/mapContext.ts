/**
 * The map's WebGL context, made by the page rather than by Phaser (no Phaser here: the title's
 * code imports this). Creating a WebGL context is one blocking call to the GPU process, the
 * costliest single call of the map's start on a slow phone (hundreds of milliseconds of wall time
 * under load). Phaser would make two: one to test for WebGL while its code is evaluated, one for
 * its renderer. The map makes one, hands it to Phaser (`canvas` and `context` in the game config),
 * and the build stops Phaser's test from making another (tools/phaserFeatures.ts).
 *
 * A page that opens on a game makes the context early, in a task of its own while it waits for the
 * level and the map's code (app/canvasWarmUp.ts), and keeps it here until the map takes it.
 */

/**
 * What Phaser's WebGL renderer asks for (WebGLRenderer's `contextCreation`) under the map's game
 * config; gameConfig.ts sets Phaser's options from these same values, so the two cannot differ.
 */
export const MAP_GL_ATTRIBUTES = {
  // Transparent: the baked map shows through from the canvases underneath.
  alpha: true,
  // No multisampling: the pieces are images, and MSAA makes every sprite cost several times
  // more in software WebGL (measured: 60 sprites 17 ms → 57 ms a frame).
  antialias: false,
  premultipliedAlpha: true,
  stencil: true,
  depth: true,
  desynchronized: false,
  failIfMajorPerformanceCaveat: false,
  powerPreference: 'high-performance',
  preserveDrawingBuffer: false,
  willReadFrequently: false,
} as const;

export interface MapContext { canvas: HTMLCanvasElement; context: WebGLRenderingContext }

/** The size of Phaser's canvas (gameConfig.ts sizes the game to the map's box). */
export interface CanvasSize { width: number; height: number }

/**
 * A new canvas and its WebGL context, or null where WebGL is not available. `size`: the canvas's
 * size before its context is made, so the drawing buffer is made at the size Phaser then sets
 * (which changes nothing); a WebGL canvas resized later reallocates it, one call that waits for
 * the GPU process to finish what it has queued (measured inside Phaser's boot, after a click on
 * the title: 95 to 540 ms of wall time on software WebGL).
 */
export function createMapContext(doc: Document = document, size?: CanvasSize): MapContext | null {
  const canvas = doc.createElement('canvas');
  if (size) {
    canvas.width = Math.max(1, Math.floor(size.width));
    canvas.height = Math.max(1, Math.floor(size.height));
  }
  let context: WebGLRenderingContext | null = null;
  try {
    // (willReadFrequently is a 2D option; WebGL ignores it, as Phaser passes it anyway)
    context = canvas.getContext('webgl', MAP_GL_ATTRIBUTES as WebGLContextAttributes);
  } catch {
    context = null;
  }
  return context && !context.isContextLost() ? { canvas, context } : null;
}

let kept: MapContext | null = null;

/** Makes the map's context now and keeps it for the map (a page that opens on a game). */
export function prepareMapContext(doc: Document = document): void {
  kept ??= createMapContext(doc);
}

/** The context made ahead of time, once (a page may hold only so many), or a new one of `size`. */
export function takeMapContext(doc: Document = document, size?: CanvasSize): MapContext | null {
  const early = kept;
  kept = null;
  if (early && !early.context.isContextLost()) return early;
  return createMapContext(doc, size);
}
