/**
 * Bounding boxes of the region's rings, made once per ring list and kept as long as the list
 * lives. A point outside a ring's box is outside the ring, and its distance to the box is a lower
 * bound of its distance to the ring: the hit tests and distance searches skip whole rings with one
 * comparison and still give exactly the answers of the full scan. Pure.
 */
import type { FlatPolygon, FlatRing } from './regionTypes';

export interface Box { x0: number; y0: number; x1: number; y1: number }

const ringBoxes = new WeakMap<FlatRing, Box>();
const polygonsBoxes = new WeakMap<readonly FlatPolygon[], Box>();

const EMPTY: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };

/** The box of one ring (flat [x0, y0, x1, y1, ...]); an empty ring has an empty box. */
export function ringBox(ring: FlatRing): Box {
  const hit = ringBoxes.get(ring);
  if (hit) return hit;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const x = ring[i]!;
    const y = ring[i + 1]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const box = ring.length >= 2 ? { x0, y0, x1, y1 } : EMPTY;
  ringBoxes.set(ring, box);
  return box;
}

/** The box of every ring of every polygon in the list. */
export function polygonsBox(polygons: readonly FlatPolygon[]): Box {
  const hit = polygonsBoxes.get(polygons);
  if (hit) return hit;
  let box = EMPTY;
  for (const poly of polygons) {
    for (const ring of poly) {
      const b = ringBox(ring);
      if (b === EMPTY) continue;
      box = { x0: Math.min(box.x0, b.x0), y0: Math.min(box.y0, b.y0), x1: Math.max(box.x1, b.x1), y1: Math.max(box.y1, b.y1) };
    }
  }
  polygonsBoxes.set(polygons, box);
  return box;
}

export function boxHolds(b: Box, x: number, y: number): boolean {
  return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
}

/** Distance from a point to a box (0 inside it): no point of the box is nearer. */
export function boxDistance(b: Box, x: number, y: number): number {
  const dx = x < b.x0 ? b.x0 - x : x > b.x1 ? x - b.x1 : 0;
  const dy = y < b.y0 ? b.y0 - y : y > b.y1 ? y - b.y1 : 0;
  return Math.hypot(dx, dy);
}
