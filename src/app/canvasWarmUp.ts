import { prepareMapContext } from '../scenes/mapContext';

/**
 * A page sets up the browser's drawing machinery the first time it makes a 2D canvas and the first
 * time it makes a WebGL context: on a slow phone, tens to hundreds of milliseconds each. A page
 * that opens on a game does both here, each in a short task of its own, while it waits for the
 * level and the map's code to download. The WebGL context made here is the map's own: it is kept
 * for Phaser's renderer (scenes/mapContext.ts), so the page makes one context in all.
 *
 * `webgl`: false when the map will draw on the Canvas renderer (the settings or the link say so).
 */
/** How long the title waits for an idle moment before it makes the map's context anyway. */
const TITLE_IDLE_TIMEOUT_MS = 3000;

/**
 * The title makes the first map's WebGL context while the player reads it, once the browser is
 * idle, rather than after the click on a level: making it is one blocking call to the GPU process
 * (measured on the click path: 590 ms of wall time, 30 ms of thread time, on software WebGL), the
 * largest single wait between the click and the map. The context is kept for the map as a deep
 * link's is (scenes/mapContext.ts), so the page still makes one in all.
 *
 * `webgl`: false when the map will draw on the Canvas renderer (the settings or the link say so).
 */
export function warmUpMapContextWhenIdle(webgl: boolean, doc: Document = document): void {
  if (!webgl) return;
  const w = doc.defaultView;
  const go = () => prepareMapContext(doc);
  if (w && 'requestIdleCallback' in w) w.requestIdleCallback(go, { timeout: TITLE_IDLE_TIMEOUT_MS });
  else setTimeout(go, 1000);
}

export function warmUpCanvases(webgl: boolean, doc: Document = document): void {
  setTimeout(() => {
    const canvas = doc.createElement('canvas');
    canvas.width = 2;
    canvas.height = 1;
    // A read, as Phaser's canvas feature test does: it sets up the canvas's pixel store as well.
    canvas.getContext('2d', { willReadFrequently: true })?.getImageData(0, 0, 1, 1);
    if (webgl) setTimeout(() => prepareMapContext(doc), 0);
  }, 0);
}
