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
