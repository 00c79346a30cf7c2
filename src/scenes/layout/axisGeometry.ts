/**
 * The three axes of Moscow's pressure drawn as broad arrows from the Russian/Belarusian side
 * toward the hubs that stage for them. The level only says which hubs serve an axis; the side the
 * pressure comes from is geography, fixed here per axis as a bearing on the map.
 */
import { clamp, pointInPolygon, rectsOverlap, type Point, type Rect } from './geometry';

/**
 * Unit vectors (map units, y down) from an axis's hubs toward where its pressure comes from:
 * North from Russia and Belarus east of the Baltic states; East from Belarus and Russia, east-north-
 * east of Kyiv; South from occupied Crimea and the Black Sea, south-east of Odesa.
 */
const THREAT_BEARING: Readonly<Record<string, Point>> = {
  north: unit([1, 0.12]),
  east: unit([1, -0.42]),
  south: unit([0.82, 0.57]),
};

function unit(v: Point): Point {
  const l = Math.hypot(v[0], v[1]);
  return [v[0] / l, v[1] / l];
}

export interface AxisGeometry {
  /** the arrow's point, short of the hubs */
  tip: Point;
  /** where the arrow starts, on the hostile side */
  tail: Point;
  /** unit vector tail → tip */
  dir: Point;
  /** unit normal pointing to the side of the arrow away from its hubs (where a plate beside it
   *  hides nothing of the coalition's) */
  away: Point;
  length: number;
  /** half widths in map units of the shaft at the tail and where the head begins */
  halfTail: number;
  halfNeck: number;
  /** the outline, for drawing and for hit tests */
  outline: Point[];
  /** a source next door (an enclave) is drawn as a zone with short arrows to its hubs: these */
  spokes: Array<{ outline: Point[]; tip: Point; dir: Point; half: number }>;
}

/** Gap between the arrow's point and the hub most exposed to it. */
const TIP_GAP = 56;
const MAX_LENGTH = 300;
const MIN_LENGTH = 160;

/**
 * The arrow for one axis. `hubs` are the map positions of its staging hubs; `frame` is the part of
 * the map the level opens on (the arrow's tail is kept in it, so the tutorial's short view shows the
 * whole arrow). `blunted` draws the head as a flat bar: the axis holds at or above its bar.
 */
export function axisGeometry(axisId: string, hubs: readonly Point[], frame: Rect, blunted = false, source: Point | null = null): AxisGeometry | null {
  if (hubs.length === 0) return null;
  const cx = hubs.reduce((s, p) => s + p[0], 0) / hubs.length;
  const cy = hubs.reduce((s, p) => s + p[1], 0) / hubs.length;
  if (source) {
    const d = Math.hypot(source[0] - cx, source[1] - cy);
    // A named source right next to the hubs (Kaliningrad beside the Suwałki corridor): the arrow
    // starts there and points at the nearest hub.
    if (d < NEAR_SOURCE) return nearSourceArrow(source, hubs, cx, cy, blunted);
  }
  const bearing = source ? unit([source[0] - cx, source[1] - cy]) : THREAT_BEARING[axisId] ?? unit([1, 0]);
  // The hub furthest toward the threat decides where the arrow must stop.
  let front = -Infinity;
  for (const p of hubs) front = Math.max(front, (p[0] - cx) * bearing[0] + (p[1] - cy) * bearing[1]);
  const tip: Point = [cx + bearing[0] * (front + TIP_GAP), cy + bearing[1] * (front + TIP_GAP)];
  // Long enough to read as pressure from beyond the border; it may run out of the level's opening
  // view (it comes from there), the name plate is kept in view by plateCentre().
  const room = rayExit(tip, bearing, { x: frame.x - 60, y: frame.y - 60, w: frame.w + 120, h: frame.h + 120 });
  const length = clamp(room, MIN_LENGTH, MAX_LENGTH);
  return finish(tip, bearing, length, cx, cy, blunted);
}

/** A named source closer than this (map units) to its hubs' centre is "next door". */
const NEAR_SOURCE = 240;

function finish(tip: Point, bearing: Point, length: number, cx: number, cy: number, blunted: boolean): AxisGeometry {
  const tail: Point = [tip[0] + bearing[0] * length, tip[1] + bearing[1] * length];
  const dir: Point = [-bearing[0], -bearing[1]];
  const halfTail = 34;
  const halfNeck = 46;
  let away: Point = [-dir[1], dir[0]];
  if ((cx - tip[0]) * away[0] + (cy - tip[1]) * away[1] > 0) away = [-away[0], -away[1]];
  return { tip, tail, dir, away, length, halfTail, halfNeck, outline: arrowOutline(tail, dir, length, halfTail, halfNeck, blunted), spokes: [] };
}

/**
 * A source in the middle of its hubs (Transnistria between Chișinău and Odesa, Kaliningrad beside
 * the Suwałki corridor): no room for one long arrow, so the source is drawn as a zone with a short
 * arrow toward each of its nearest hubs.
 */
function nearSourceArrow(source: Point, hubs: readonly Point[], cx: number, cy: number, blunted: boolean): AxisGeometry {
  const r = ZONE_RADIUS;
  const zone: Point[] = [];
  for (let i = 0; i < 24; i++) zone.push([source[0] + r * Math.cos((i / 24) * Math.PI * 2), source[1] + r * Math.sin((i / 24) * Math.PI * 2)]);
  const near = [...hubs].sort((a, b) => Math.hypot(a[0] - source[0], a[1] - source[1]) - Math.hypot(b[0] - source[0], b[1] - source[1])).slice(0, 3);
  const spokes: AxisGeometry['spokes'] = [];
  let sx = 0;
  let sy = 0;
  for (const h of near) {
    const d = Math.hypot(h[0] - source[0], h[1] - source[1]);
    const len = d - r * 0.6 - SPOKE_GAP;
    if (len < 24) continue;
    const dir = unit([h[0] - source[0], h[1] - source[1]]);
    const tail: Point = [source[0] + dir[0] * r * 0.6, source[1] + dir[1] * r * 0.6];
    spokes.push({ outline: arrowOutline(tail, dir, len, 9, 11, blunted, 0.45), tip: [tail[0] + dir[0] * len, tail[1] + dir[1] * len], dir, half: 11 + 12 });
    sx += dir[0];
    sy += dir[1];
  }
  // For the plate and the markers the zone behaves like an arrow pointing at its hubs on average.
  const dir = sx || sy ? unit([sx, sy]) : unit([cx - source[0], cy - source[1]]);
  const length = r * 2;
  const tail: Point = [source[0] - dir[0] * r, source[1] - dir[1] * r];
  const tip: Point = [tail[0] + dir[0] * length, tail[1] + dir[1] * length];
  let away: Point = [-dir[1], dir[0]];
  if ((cx - tip[0]) * away[0] + (cy - tip[1]) * away[1] > 0) away = [-away[0], -away[1]];
  return { tip, tail, dir, away, length, halfTail: r, halfNeck: r, outline: zone, spokes };
}

/** Radius of an enclave's zone, and the gap its short arrows leave before a hub (map units). */
const ZONE_RADIUS = 30;
const SPOKE_GAP = 22;

/** Distance along the ray from p in direction d to the border of r (0 if p is outside). */
function rayExit(p: Point, d: Point, r: Rect): number {
  let t = Infinity;
  if (d[0] > 0) t = Math.min(t, (r.x + r.w - p[0]) / d[0]);
  if (d[0] < 0) t = Math.min(t, (r.x - p[0]) / d[0]);
  if (d[1] > 0) t = Math.min(t, (r.y + r.h - p[1]) / d[1]);
  if (d[1] < 0) t = Math.min(t, (r.y - p[1]) / d[1]);
  return Math.max(0, t);
}

/**
 * A tapered shaft with a head. Pointed head: pressure the coalition does not yet meet.
 * Flat head (a bar across the point): the axis is held. The shape, not only the colour, says which.
 */
export function arrowOutline(tail: Point, dir: Point, length: number, halfTail: number, halfNeck: number, blunted: boolean, k = 1): Point[] {
  const n: Point = [-dir[1], dir[0]];
  const headLen = Math.min(length * 0.6, (blunted ? 14 : 62) * k);
  const headHalf = blunted ? halfNeck + 16 * k : halfNeck + 24 * k;
  const neck = length - headLen;
  const at = (along: number, side: number): Point => [tail[0] + dir[0] * along + n[0] * side, tail[1] + dir[1] * along + n[1] * side];
  // A slight notch at the tail reads as "coming from over there" rather than a detached shape.
  const notch = 16 * k;
  if (blunted) {
    return [at(notch, 0), at(0, halfTail), at(neck, halfNeck), at(neck, headHalf), at(length, headHalf), at(length, -headHalf), at(neck, -headHalf), at(neck, -halfNeck), at(0, -halfTail)];
  }
  return [at(notch, 0), at(0, halfTail), at(neck, halfNeck), at(neck, headHalf), at(length, 0), at(neck, -headHalf), at(neck, -halfNeck), at(0, -halfTail)];
}

/** Nominal size of an axis's name plate in screen pixels (the baked one measures its text). */
export const PLATE_W = 160;
export const PLATE_H = 40;

/** Half the plate's extent along the arrow, in map units at `zoom`. */
export function plateReach(g: AxisGeometry, zoom: number, size: { w: number; h: number } = { w: PLATE_W, h: PLATE_H }): number {
  return (Math.abs(g.dir[0]) * size.w + Math.abs(g.dir[1]) * size.h) / 2 / zoom;
}

/**
 * Where the name plate goes, in map units at `zoom`: in the view the level opens on (so it is seen
 * at once), clear of the nodes in `avoid` (a node's stack and name sit around it) and of the
 * `blocked` rectangles (other axes' plates and markers). Tried in
 * order: just beyond the arrow's tail, then beside the shaft — on the side away from the hubs
 * first — from the tail toward the head, each only where it is near the arrow; failing that, the
 * spot near the arrow that covers least (`hubs[i]`: avoid[i] is a staging hub, whose stack and
 * name need room), then the least crowded spot in view anywhere; failing that, the middle of
 * the arrow pulled into view.
 */
export function plateCentre(g: AxisGeometry, frame: Rect, zoom: number, avoid: readonly Point[] = [], blocked: readonly Rect[] = [], size: { w: number; h: number } = { w: PLATE_W, h: PLATE_H }, arrows: ReadonlyArray<readonly Point[]> = [], hubs: readonly boolean[] = []): { along: number; at: Point } {
  const PW = size.w;
  const PH = size.h;
  const hw = PW / 2 / zoom + 6 / zoom;
  const hh = PH / 2 / zoom + 6 / zoom;
  const inside = (p: Point) => p[0] - hw >= frame.x && p[0] + hw <= frame.x + frame.w && p[1] - hh >= frame.y && p[1] + hh <= frame.y + frame.h;
  // A node keeps a box clear around it (screen pixels): its stack above, its mark and name.
  const clearOfNodes = (p: Point) => avoid.every(([x, y]) => {
    const dx = (p[0] - x) * zoom;
    const dy = (p[1] - y) * zoom;
    return Math.abs(dx) >= PW / 2 + 30 || dy <= -(PH / 2 + 70) || dy >= PH / 2 + 24;
  });
  // Another axis's arrow is as much in the way as its plate: "EAST" on the North arrow reads wrong.
  const unblocked = (p: Point) => {
    const r: Rect = { x: p[0] - hw, y: p[1] - hh, w: 2 * hw, h: 2 * hh };
    return !blocked.some((b) => rectsOverlap(b, r)) && !arrows.some((shape) => rectTouchesShape(r, shape));
  };
  const spots: Array<{ along: number; at: Point }> = [{ along: 0, at: alongAxis(g, -plateReach(g, zoom, size) - 4 / zoom) }];
  const step = Math.max(2, g.length / 40);
  // Further out beyond the tail too, when the arrow's end is crowded.
  for (let k = 1; k <= 4; k++) spots.push({ along: 0, at: alongAxis(g, -plateReach(g, zoom, size) - (4 + 30 * k) / zoom) });
  // Then a ring around the tail, for a short arrow in a crowded place (a zone among the hubs).
  for (const k of [1.2, 1.8, 2.5]) {
    for (let i = 0; i < 16; i++) {
      const a = (i * Math.PI) / 8;
      spots.push({ along: 0, at: [g.tail[0] + (Math.cos(a) * k * PW) / 2 / zoom, g.tail[1] + (Math.sin(a) * k * PH * 2) / zoom] });
    }
  }
  for (const side of [1, -1]) {
    const n: Point = [g.away[0] * side, g.away[1] * side];
    const reach = (Math.abs(n[0]) * PW + Math.abs(n[1]) * PH) / 2 / zoom + 6 / zoom;
    for (let along = 0; along <= g.length; along += step) {
      const half = g.halfTail + ((g.halfNeck - g.halfTail) * along) / g.length;
      const c = alongAxis(g, along);
      spots.push({ along, at: [c[0] + n[0] * (half + reach), c[1] + n[1] * (half + reach)] });
    }
  }
  // Zoomed far out no spot near the arrow keeps every node's surroundings clear (Forty Thousand's
  // theatre on a laptop), so the spots are weighed by what the plate would be on: a node's mark
  // (that node would vanish) is far worse than a staging hub's room (its stack above the mark,
  // its name to the right: both must still be seen), which is worse than a minor node's name
  // that can move elsewhere.
  const crowding = (p: Point) => avoid.reduce((sum, [x, y], i) => {
    const dx = (p[0] - x) * zoom;
    const dy = (p[1] - y) * zoom;
    if (Math.abs(dx) < PW / 2 + 12 && Math.abs(dy) < PH / 2 + 12) return sum + 100;
    if (hubs[i] && dx > -PW / 2 - HUB_ROOM.left && dx < PW / 2 + HUB_ROOM.right && dy > -PH / 2 - HUB_ROOM.above && dy < PH / 2 + HUB_ROOM.below) return sum + 10;
    return sum + (Math.abs(dx) >= PW / 2 + 30 || dy <= -(PH / 2 + 70) || dy >= PH / 2 + 24 ? 0 : 1);
  }, 0);
  const leastCrowded = (list: Array<{ along: number; at: Point }>) =>
    list.length === 0 ? undefined : list.reduce((a, b) => (crowding(b.at) < crowding(a.at) ? b : a));
  // A plate reads as its arrow's only beside it: the far ring round the tail put the compact EAST
  // plate of a zoomed-out Forty Thousand over the Baltic, beside the North arrow.
  const near = (p: Point) => {
    const r: Rect = { x: p[0] - hw, y: p[1] - hh, w: 2 * hw, h: 2 * hh };
    let d = Infinity;
    for (let i = 0; i <= 10; i++) {
      const [x, y] = alongAxis(g, (g.length * i) / 10);
      d = Math.min(d, Math.hypot(Math.max(r.x - x, 0, x - r.x - r.w), Math.max(r.y - y, 0, y - r.y - r.h)));
    }
    return d * zoom <= (g.halfNeck + 24) * zoom + NEAR_ARROW;
  };
  // Another axis's card is never covered if it can be helped; a node's surroundings come next.
  const best = spots.find((sp) => inside(sp.at) && unblocked(sp.at) && clearOfNodes(sp.at) && near(sp.at))
    ?? leastCrowded(spots.filter((sp) => inside(sp.at) && unblocked(sp.at) && near(sp.at)))
    ?? leastCrowded(spots.filter((sp) => inside(sp.at) && unblocked(sp.at)))
    ?? leastCrowded(spots.filter((sp) => inside(sp.at)));
  if (best) return best;
  const [mx, my] = alongAxis(g, g.length * 0.5);
  const at: Point = [clamp(mx, frame.x + hw, Math.max(frame.x + hw, frame.x + frame.w - hw)), clamp(my, frame.y + hh, Math.max(frame.y + hh, frame.y + frame.h - hh))];
  return { along: g.length * 0.5, at };
}

/** How far (screen pixels) a plate may sit from its arrow's outline and still be read as its own. */
const NEAR_ARROW = 48;

/**
 * What a staging hub needs around its mark (screen pixels): its stack above, its name to the
 * right (a short name with its axis tag).
 */
const HUB_ROOM = { left: 24, right: 96, above: 62, below: 12 };

/** Does the rectangle touch the polygon: a point of either inside the other. */
export function rectTouchesShape(r: Rect, shape: readonly Point[]): boolean {
  for (let i = 0; i <= 4; i++) {
    for (let j = 0; j <= 4; j++) if (pointInPolygon(r.x + (r.w * i) / 4, r.y + (r.h * j) / 4, shape)) return true;
  }
  return shape.some(([x, y]) => x > r.x && x < r.x + r.w && y > r.y && y < r.y + r.h);
}

/** A point on the arrow's centre line, `along` map units from the tail. */
export function alongAxis(g: AxisGeometry, along: number): Point {
  return [g.tail[0] + g.dir[0] * along, g.tail[1] + g.dir[1] * along];
}
