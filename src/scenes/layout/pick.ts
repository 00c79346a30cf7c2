/**
 * What is under the pointer, in the order a player expects: a piece before the node under it, a
 * node before the axis arrow it sits in. Pure over the layout, so it is tested without a browser.
 */
import type { AxisView } from './overlayModel';
import { pointInPolygon } from './geometry';
import type { LevelView } from './levelView';
import type { PlacedPiece } from './pieceLayout';

export type Target =
  | { kind: 'formation'; id: string; piece: PlacedPiece }
  | { kind: 'event'; id: string; piece: PlacedPiece }
  | { kind: 'node'; id: string; index: number }
  | { kind: 'axis'; id: string; index: number };

const PIECE_ORDER: Record<PlacedPiece['kind'], number> = { chip: 0, moving: 1, stack: 2, event: 3 };

/** Node marks answer within this many screen pixels. */
export const NODE_RADIUS = 11;

/** The node nearest to world point (wx, wy) within `radius` screen pixels, or null. */
export function nearestNode(view: LevelView, wx: number, wy: number, zoom: number, radius: number): number | null {
  let best: number | null = null;
  let bestD = radius;
  for (const n of view.nodes) {
    const d = Math.hypot(n.x - wx, n.y - wy) * zoom;
    if (d <= bestD) {
      bestD = d;
      best = n.index;
    }
  }
  return best;
}

export function pickAt(view: LevelView | null, pieces: readonly PlacedPiece[], axes: readonly AxisView[], wx: number, wy: number, zoom: number): Target | null {
  const hits = pieces.filter((p) => Math.abs(wx - p.x) * zoom <= p.w / 2 && Math.abs(wy - p.y) * zoom <= p.h / 2);
  hits.sort((a, b) => PIECE_ORDER[a.kind] - PIECE_ORDER[b.kind]);
  const top = hits[0];
  if (top) return top.kind === 'event' ? { kind: 'event', id: top.id, piece: top } : { kind: 'formation', id: top.id, piece: top };
  if (view) {
    const best = nearestNode(view, wx, wy, zoom, NODE_RADIUS);
    if (best !== null) return { kind: 'node', id: view.nodes[best]!.id, index: best };
  }
  for (const a of axes) {
    // The arrow itself, or its name plate at the tail.
    const nearPlate = Math.hypot(wx - a.geometry.tail[0], wy - a.geometry.tail[1]) * zoom <= 46;
    const onSpoke = a.geometry.spokes.some((sp) => pointInPolygon(wx, wy, sp.outline));
    if (nearPlate || onSpoke || pointInPolygon(wx, wy, a.geometry.outline)) return { kind: 'axis', id: a.id, index: a.index };
  }
  return null;
}
