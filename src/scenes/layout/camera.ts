/**
 * The map camera as plain numbers: the world point at the centre of the viewport and a zoom
 * (screen pixels per map unit). Phaser's camera and the DOM map layers are both set from this,
 * so the two can never drift apart, and the clamping rules are testable without a browser.
 */
import { clamp, type Rect } from './geometry';

export interface View { cx: number; cy: number; zoom: number }
export interface Viewport { w: number; h: number }

/** Closest zoom allowed: a node's surroundings fill the view, the baked map still looks sharp. */
export const MAX_ZOOM = 3.5;

/**
 * The farthest zoom: the world (the map asset plus its margin) just covers the viewport, so the
 * player never sees past the edge of the data.
 */
export function minZoom(world: Rect, vp: Viewport): number {
  return Math.max(vp.w / world.w, vp.h / world.h);
}

export function clampZoom(zoom: number, world: Rect, vp: Viewport): number {
  const lo = minZoom(world, vp);
  return clamp(zoom, lo, Math.max(lo, MAX_ZOOM));
}

/** Keep the zoom in range and the viewport inside the world. */
export function clampView(v: View, world: Rect, vp: Viewport): View {
  const zoom = clampZoom(v.zoom, world, vp);
  const hw = vp.w / (2 * zoom);
  const hh = vp.h / (2 * zoom);
  const cx = hw * 2 >= world.w ? world.x + world.w / 2 : clamp(v.cx, world.x + hw, world.x + world.w - hw);
  const cy = hh * 2 >= world.h ? world.y + world.h / 2 : clamp(v.cy, world.y + hh, world.y + world.h - hh);
  return { cx, cy, zoom };
}

/** The view that shows `box` whole (with `pad` screen pixels around it), then clamped. */
export function fitBox(box: Rect, world: Rect, vp: Viewport, pad = 16): View {
  const w = Math.max(1, vp.w - 2 * pad);
  const h = Math.max(1, vp.h - 2 * pad);
  const zoom = Math.min(w / Math.max(1, box.w), h / Math.max(1, box.h));
  return clampView({ cx: box.x + box.w / 2, cy: box.y + box.h / 2, zoom }, world, vp);
}

export function worldToScreen(v: View, vp: Viewport, wx: number, wy: number): [number, number] {
  return [(wx - v.cx) * v.zoom + vp.w / 2, (wy - v.cy) * v.zoom + vp.h / 2];
}

export function screenToWorld(v: View, vp: Viewport, sx: number, sy: number): [number, number] {
  return [(sx - vp.w / 2) / v.zoom + v.cx, (sy - vp.h / 2) / v.zoom + v.cy];
}

/** Zoom by `factor`, keeping the map point under the screen point (sx, sy) where it is. */
export function zoomAt(v: View, vp: Viewport, sx: number, sy: number, factor: number, world: Rect): View {
  const [wx, wy] = screenToWorld(v, vp, sx, sy);
  const zoom = clampZoom(v.zoom * factor, world, vp);
  const cx = wx - (sx - vp.w / 2) / zoom;
  const cy = wy - (sy - vp.h / 2) / zoom;
  return clampView({ cx, cy, zoom }, world, vp);
}

/** Move the view by a drag of (dx, dy) screen pixels: the map follows the pointer. */
export function panBy(v: View, vp: Viewport, dx: number, dy: number, world: Rect): View {
  return clampView({ cx: v.cx - dx / v.zoom, cy: v.cy - dy / v.zoom, zoom: v.zoom }, world, vp);
}

/** The part of the world the viewport shows. */
export function visibleRect(v: View, vp: Viewport): Rect {
  const w = vp.w / v.zoom;
  const h = vp.h / v.zoom;
  return { x: v.cx - w / 2, y: v.cy - h / 2, w, h };
}

export function sameView(a: View, b: View): boolean {
  return Math.abs(a.cx - b.cx) < 1e-6 && Math.abs(a.cy - b.cy) < 1e-6 && Math.abs(a.zoom - b.zoom) < 1e-9;
}
