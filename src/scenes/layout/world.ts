/**
 * The map's world: the asset's design space (width × height map units) plus the margin its data
 * is clipped to. The camera may show the margin, never beyond it.
 */
import type { Rect } from './geometry';

/** tools/build-map.ts clips every ring this far outside the view (CLIP_MARGIN there). */
export const REGION_MARGIN = 60;

export function worldRect(region: { width: number; height: number }): Rect {
  return { x: -REGION_MARGIN, y: -REGION_MARGIN, w: region.width + 2 * REGION_MARGIN, h: region.height + 2 * REGION_MARGIN };
}

export interface LonLatBox { west: number; south: number; east: number; north: number }

/**
 * The map rectangle around a level's `view` box. Parallels are arcs and meridians converge in the
 * conic projection, so the box's edges are sampled, not only its corners.
 */
export function viewBoxRect(view: LonLatBox, project: (lon: number, lat: number) => [number, number]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const add = (lon: number, lat: number) => {
    const [x, y] = project(lon, lat);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  };
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const lon = view.west + (view.east - view.west) * t;
    const lat = view.south + (view.north - view.south) * t;
    add(lon, view.south);
    add(lon, view.north);
    add(view.west, lat);
    add(view.east, lat);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
