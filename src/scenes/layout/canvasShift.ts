/**
 * The pieces' canvas is drawn larger than the map's box, by a margin on every side, so that while
 * the camera only pans the page can slide the last drawing under the view (a CSS translate, done by
 * the compositor) instead of Phaser drawing every frame again. This says how far to slide it, or
 * that it must be drawn afresh: after a zoom, or once the slide would bare the margin's edge.
 */

/** Where Phaser's camera stood when the canvas was last drawn (its scroll, in map units, and zoom). */
export interface DrawnAt { sx: number; sy: number; zoom: number }

/** CSS pixels to move the canvas by: the opposite of how far the camera has panned since the drawing. */
export interface Shift { x: number; y: number }

/**
 * The shift that shows the camera at `now` with the canvas drawn at `drawn`, snapped to device
 * pixels so the pieces stay sharp (the baked map layers snap the same way); null when it must be
 * drawn again: the zoom changed, or the shift would pass `margin` CSS pixels on either axis.
 */
export function canvasShift(drawn: DrawnAt, now: DrawnAt, margin: number, dpr: number): Shift | null {
  if (now.zoom !== drawn.zoom) return null;
  const snap = (v: number) => Math.round(v * dpr) / dpr;
  const x = snap((drawn.sx - now.sx) * now.zoom);
  const y = snap((drawn.sy - now.sy) * now.zoom);
  if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > margin || Math.abs(y) > margin) return null;
  // (-0 and 0 are the same place; keep the CSS text the same for both.)
  return { x: x + 0, y: y + 0 };
}
