/** Small Canvas 2D path helpers shared by the baked layers. */
import type { Point } from '../layout/geometry';

export function tracePath(ctx: CanvasRenderingContext2D, pts: readonly Point[]): void {
  ctx.beginPath();
  pts.forEach((p, i) => (i === 0 ? ctx.moveTo(p[0], p[1]) : ctx.lineTo(p[0], p[1])));
}

export function outlinePath(ctx: CanvasRenderingContext2D, pts: readonly Point[]): void {
  tracePath(ctx, pts);
  ctx.closePath();
}

export function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}
