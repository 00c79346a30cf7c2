/**
 * A baked map layer covers a rectangle of the world at one resolution. Drawing code works in map
 * units through the context's transform and sizes lines and text in screen pixels through `px`,
 * so a layer baked for zoom z shows 1-pixel lines as 1 pixel when the camera is at z.
 */
import type { Rect } from '../layout/geometry';

export interface RasterFrame {
  /** the world rectangle the canvas covers */
  rect: Rect;
  /** CSS pixels per map unit this layer is drawn for */
  zoom: number;
  /** canvas pixels per CSS pixel */
  dpr: number;
}

/** Canvas pixels per map unit. */
export function frameScale(f: RasterFrame): number {
  return f.zoom * f.dpr;
}

/** Map units that show as `n` CSS pixels on this layer. */
export function px(f: RasterFrame, n: number): number {
  return n / f.zoom;
}

export function canvasSize(f: RasterFrame): { w: number; h: number } {
  const s = frameScale(f);
  return { w: Math.max(1, Math.ceil(f.rect.w * s)), h: Math.max(1, Math.ceil(f.rect.h * s)) };
}

/** Set the context so that drawing in map units lands in the right canvas pixels. */
export function applyFrame(ctx: CanvasRenderingContext2D, f: RasterFrame): void {
  const s = frameScale(f);
  ctx.setTransform(s, 0, 0, s, -f.rect.x * s, -f.rect.y * s);
}
