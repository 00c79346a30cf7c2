/**
 * A page sets up the browser's drawing machinery the first time it makes a 2D canvas and the first
 * time it makes a WebGL context: on a slow phone, tens to hundreds of milliseconds each. Phaser's
 * feature tests do both while its code is evaluated, inside the one long task that also boots it.
 * A page that opens on a game does both here instead, each in a short task of its own, while it
 * waits for the level and the map's code to download; Phaser's tests then find them set up.
 */
export function warmUpCanvases(doc: Document = document): void {
  setTimeout(() => {
    const canvas = doc.createElement('canvas');
    canvas.width = 2;
    canvas.height = 1;
    // A read, as Phaser's test does: it sets up the canvas's pixel store as well.
    canvas.getContext('2d', { willReadFrequently: true })?.getImageData(0, 0, 1, 1);
    setTimeout(() => {
      const gl = doc.createElement('canvas').getContext('webgl');
      // The context itself is not kept: a page may hold only so many.
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    }, 0);
  }, 0);
}
