/**
 * Greedy label placement: labels are tried in priority order, each at a few positions around its
 * anchor, and take the first spot that overlaps nothing placed before; a label with no free spot
 * is left out. Cheap (a few hundred rectangle tests) and stable: the same input gives the same map,
 * and an important label never loses its place to a minor one.
 */
import { rectsOverlap, type Rect } from './geometry';
import { RectGrid } from './rectGrid';

export type Side = 'right' | 'left' | 'below' | 'above' | 'center';

export interface LabelRequest {
  id: string;
  /** higher first */
  priority: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** gap between the anchor and the text */
  gap: number;
  sides: readonly Side[];
  /** further candidate centres (map units), tried after the sides */
  spots?: ReadonlyArray<readonly [number, number]>;
  /** last resort centres (map units) further off: a label there is tied to its anchor by a line */
  leaderSpots?: ReadonlyArray<readonly [number, number]>;
}

/** `leader`: placed at one of its leaderSpots, so drawn with a line back to its anchor. */
export interface PlacedLabel { id: string; rect: Rect; side: Side; leader: boolean }

export function labelRect(r: LabelRequest, side: Side): Rect {
  switch (side) {
    case 'right': return { x: r.x + r.gap, y: r.y - r.h / 2, w: r.w, h: r.h };
    case 'left': return { x: r.x - r.gap - r.w, y: r.y - r.h / 2, w: r.w, h: r.h };
    case 'below': return { x: r.x - r.w / 2, y: r.y + r.gap, w: r.w, h: r.h };
    case 'above': return { x: r.x - r.w / 2, y: r.y - r.gap - r.h, w: r.w, h: r.h };
    case 'center': return { x: r.x - r.w / 2, y: r.y - r.h / 2, w: r.w, h: r.h };
  }
}

/** Every rectangle a request may take, in the order it prefers them. */
function candidatesOf(r: LabelRequest, bounds?: Rect): Array<[Rect, Side, boolean]> {
  const tries: Array<[Rect, Side, boolean]> = r.sides.map((side) => [labelRect(r, side), side, false]);
  for (const [x, y] of r.spots ?? []) tries.push([{ x: x - r.w / 2, y: y - r.h / 2, w: r.w, h: r.h }, 'center', false]);
  for (const [x, y] of r.leaderSpots ?? []) tries.push([{ x: x - r.w / 2, y: y - r.h / 2, w: r.w, h: r.h }, 'center', true]);
  if (!bounds) return tries;
  return tries.filter(([rect]) => rect.x >= bounds.x && rect.y >= bounds.y && rect.x + rect.w <= bounds.x + bounds.w && rect.y + rect.h <= bounds.y + bounds.h);
}

/**
 * @param obstacles rectangles labels must not cover (symbols, node marks, arrows' plates)
 * @param bounds labels must lie inside it (the world) when given
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Rect[], bounds?: Rect, pad = 2): PlacedLabel[] {
  type Placed = { r: LabelRequest; rect: Rect; side: Side; leader: boolean };
  const placed: Placed[] = [];
  const missed: LabelRequest[] = [];
  // Obstacles and placed labels filed by grid cells about twice a label's size: each test of a
  // spot looks at its neighbours only (the same answers as testing every rectangle).
  const cell = 2 * typicalSize(requests);
  const walls = new RectGrid<number>(cell, pad);
  obstacles.forEach((t, i) => walls.add(i, t));
  const taken = new RectGrid<Placed>(cell, pad);
  const free = (rect: Rect, skip?: Placed) => !walls.any(rect) && !taken.any(rect, skip);
  const place = (p: Placed) => {
    placed.push(p);
    taken.add(p, p.rect);
  };
  // Ties in id order by code units: the map's ids (node:12, cap:3, country:POL, country:Black Sea)
  // sort as localeCompare sorted them, without its collator, which cost most of a placement.
  const order = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of order) {
    const spot = candidatesOf(r, bounds).find(([rect]) => free(rect));
    if (spot) place({ r, rect: spot[0], side: spot[1], leader: spot[2] });
    else missed.push(r);
  }
  // A label left out gets a second chance: where a single label of no higher priority is in its
  // way and that one has another free spot, that one moves. Crowded hubs (Suwałki between Rukla
  // and Orzysz) are then all named, where the first come had taken the only spot that suited both.
  for (const r of missed) {
    for (const [rect, side, leader] of candidatesOf(r, bounds)) {
      if (walls.any(rect)) continue;
      const inWay = taken.near(rect);
      if (inWay.length !== 1 || inWay[0]!.r.priority > r.priority) continue;
      const other = inWay[0]!;
      const moved = candidatesOf(other.r, bounds).find(([o]) => !rectsOverlap(o, rect, pad) && free(o, other));
      if (!moved) continue;
      taken.remove(other, other.rect);
      other.rect = moved[0];
      other.side = moved[1];
      other.leader = moved[2];
      taken.add(other, other.rect);
      place({ r, rect, side, leader });
      break;
    }
  }
  return placed.map((p) => ({ id: p.r.id, rect: p.rect, side: p.side, leader: p.leader }));
}

/** The median of the requests' larger sides (1 when there are none). */
function typicalSize(requests: readonly LabelRequest[]): number {
  if (!requests.length) return 1;
  const sides = requests.map((r) => Math.max(r.w, r.h)).sort((a, b) => a - b);
  return sides[sides.length >> 1]! || 1;
}
