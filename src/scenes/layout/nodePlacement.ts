/**
 * Where each node of a level sits on the map. Nodes inside the map's design space sit at their
 * real coordinates; nodes beyond it (London, Paris) are pinned to the edge on the line toward
 * their true position, and carry the direction so the map can draw an arrow there.
 */
import { clamp, type Point, type Rect } from './geometry';

export interface NodeInput { id: string; name: string; lat: number; lon: number }

export interface PlacedNode {
  id: string;
  index: number;
  name: string;
  /** where the map draws it */
  x: number;
  y: number;
  /** where it really is (outside the map for an edge node) */
  trueX: number;
  trueY: number;
  offMap: boolean;
  /** radians, screen convention (y down): the way the edge arrow points */
  angle: number;
}

/** How far inside the design space's edge an off-map node is pinned. */
export const EDGE_INSET = 34;
/** Off-map nodes closer than this along the edge are spread apart. */
const EDGE_SPACING = 70;

/**
 * Pin a point outside `area` to its border, on the segment from the area's centre to the point:
 * the arrow then points along the true bearing as seen from the middle of the map.
 */
export function pinToEdge(area: Rect, p: Point): Point {
  const cx = area.x + area.w / 2;
  const cy = area.y + area.h / 2;
  const dx = p[0] - cx;
  const dy = p[1] - cy;
  let t = 1;
  if (dx !== 0) t = Math.min(t, dx > 0 ? (area.x + area.w - cx) / dx : (area.x - cx) / dx);
  if (dy !== 0) t = Math.min(t, dy > 0 ? (area.y + area.h - cy) / dy : (area.y - cy) / dy);
  return [clamp(cx + dx * t, area.x, area.x + area.w), clamp(cy + dy * t, area.y, area.y + area.h)];
}

export function placeNodes(nodes: readonly NodeInput[], project: (lon: number, lat: number) => [number, number], design: { width: number; height: number }): PlacedNode[] {
  const area: Rect = { x: EDGE_INSET, y: EDGE_INSET, w: design.width - 2 * EDGE_INSET, h: design.height - 2 * EDGE_INSET };
  const placed = nodes.map((n, index): PlacedNode => {
    const [tx, ty] = project(n.lon, n.lat);
    const inside = tx >= 0 && tx <= design.width && ty >= 0 && ty <= design.height;
    const [x, y] = inside ? [tx, ty] : pinToEdge(area, [tx, ty]);
    return { id: n.id, index, name: n.name, x, y, trueX: tx, trueY: ty, offMap: !inside, angle: Math.atan2(ty - y, tx - x) };
  });
  spreadEdgeNodes(placed, area);
  return placed;
}

/** Two capitals off the same edge must not land on one spot: push them apart along the edge. */
function spreadEdgeNodes(placed: PlacedNode[], area: Rect): void {
  const edge = placed.filter((p) => p.offMap);
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    for (let i = 0; i < edge.length; i++) {
      for (let j = i + 1; j < edge.length; j++) {
        const a = edge[i]!;
        const b = edge[j]!;
        const d = Math.hypot(b.x - a.x, b.y - a.y);
        if (d >= EDGE_SPACING) continue;
        // Along a vertical edge (left/right) spread in y, along a horizontal one in x.
        const vertical = a.x <= area.x + 1 || a.x >= area.x + area.w - 1;
        const push = (EDGE_SPACING - d) / 2;
        if (vertical) {
          const s = a.trueY <= b.trueY ? -1 : 1;
          a.y = clamp(a.y + s * push, area.y, area.y + area.h);
          b.y = clamp(b.y - s * push, area.y, area.y + area.h);
        } else {
          const s = a.trueX <= b.trueX ? -1 : 1;
          a.x = clamp(a.x + s * push, area.x, area.x + area.w);
          b.x = clamp(b.x - s * push, area.x, area.x + area.w);
        }
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const p of edge) p.angle = Math.atan2(p.trueY - p.y, p.trueX - p.x);
}
