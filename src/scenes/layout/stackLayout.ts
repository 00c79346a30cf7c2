/**
 * Where each node's stack of formations is drawn, in screen pixels at the current zoom. A stack
 * sits just above its node; where nodes crowd (Riga and Ādaži are 13 km apart), a stack that would
 * cover another is moved to a free spot around its node and tied to it by a short leader line.
 */
import { rectsOverlap, type Rect } from './geometry';

export interface StackRequest {
  key: string;
  /** the node on screen */
  x: number;
  y: number;
  w: number;
  h: number;
  /** higher is placed first and keeps the natural spot */
  priority: number;
  /**
   * Whether a centre (screen pixels) is on the node's own ground: a stack is never drawn in
   * another country or the sea, however crowded its hub is. Absent: anywhere goes.
   */
  home?: (cx: number, cy: number) => boolean;
}

export interface StackPlacement {
  key: string;
  /** centre of the stack on screen */
  cx: number;
  cy: number;
  rect: Rect;
  /** moved off its natural spot: draw a leader from the node */
  leader: boolean;
}

/** Gap between a node mark and the bottom of its stack. */
export const STACK_LIFT = 9;

/**
 * Candidate centres around the node: the natural spot first, then the classic spots beside and
 * above it, then rings further out, so that on a narrow strip of land (Latvia's coast, Dobruja)
 * some spot still lies on the node's own ground. The rings also have the spots 15° between those
 * 30° apart: on the crowded Polish–Ukrainian border (Rzeszów, Przemyśl, Lviv) the 30° ones left
 * no free spot.
 */
function candidates(r: StackRequest): Array<[number, number]> {
  const up = -(r.h / 2 + STACK_LIFT);
  const out: Array<[number, number]> = [[0, up]];
  const dx = r.w + 6;
  const dy = r.h + 6;
  out.push([dx * 0.75, up - dy * 0.35], [-dx * 0.75, up - dy * 0.35], [dx, 0], [-dx, 0], [0, up - dy], [dx * 0.8, dy * 0.75], [-dx * 0.8, dy * 0.75], [0, dy]);
  // Then the natural spot nudged a third of a stack sideways: still straight over its node, and
  // clear of a neighbour's mark the full spot just touches (Rukla's stack on Šiauliai).
  out.push([dx * 0.35, up], [-dx * 0.35, up]);
  for (const k of [0.55, 1.45, 1.9, 2.4, 2.9]) {
    // Every 30° first, then the 15° between them: a map that had room keeps its stacks' places.
    for (let i = 0; i < 24; i++) {
      const a = -Math.PI / 2 + ((i < 12 ? 2 * i : 2 * (i - 12) + 1) * Math.PI) / 12;
      out.push([Math.cos(a) * dx * k, Math.sin(a) * dy * k]);
    }
  }
  return out;
}

/** Something a stack must not cover; `key` names the stack it belongs to (its own node's mark). */
export type Obstacle = Rect & { key?: string };

/**
 * @param marks node marks (keyed by node) and other fixed things: a stack may not hide them.
 */
export function placeStacks(requests: readonly StackRequest[], marks: readonly Obstacle[] = []): StackPlacement[] {
  const placed: Rect[] = [];
  const out: StackPlacement[] = [];
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.y - b.y || a.key.localeCompare(b.key));
  for (const r of order) {
    const own = marks.filter((m) => m.key === undefined || m.key !== r.key);
    const clashes = (rect: Rect) =>
      placed.filter((p) => rectsOverlap(p, rect, 2)).length * 10 + own.filter((m) => rectsOverlap(m, rect)).length;
    // The first free spot on the node's own ground; failing that, the spot there that covers
    // least; failing that (a node on a sliver of coast), right over the node itself. The ground
    // test is the costly one, so it runs only on spots that are free or better than the best yet.
    let best: { cx: number; cy: number; rect: Rect; leader: boolean } | null = null;
    let bestClash = Infinity;
    const list = candidates(r);
    for (let i = 0; i < list.length; i++) {
      const [dx, dy] = list[i]!;
      const cx = r.x + dx;
      const cy = r.y + dy;
      const rect: Rect = { x: cx - r.w / 2, y: cy - r.h / 2, w: r.w, h: r.h };
      const c = clashes(rect);
      if (c >= bestClash) continue;
      if (r.home && !r.home(cx, cy)) continue;
      best = { cx, cy, rect, leader: i > 0 };
      bestClash = c;
      if (c === 0) break;
    }
    best ??= { cx: r.x, cy: r.y, rect: { x: r.x - r.w / 2, y: r.y - r.h / 2, w: r.w, h: r.h }, leader: false };
    placed.push(best.rect);
    out.push({ key: r.key, ...best });
  }
  return out;
}

/**
 * An open stack shows every formation side by side: rows of up to `perRow`, centred over the
 * stack's spot and growing upward, so the node and its label stay visible below.
 * Returns the centre of each chip, in the order given.
 */
export function fanLayout(count: number, cx: number, bottom: number, chipW: number, chipH: number, perRow = 5, gap = 4): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const rows = Math.ceil(count / perRow);
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / perRow);
    const inRow = row === rows - 1 ? count - row * perRow : perRow;
    const col = i % perRow;
    const x = cx + (col - (inRow - 1) / 2) * (chipW + gap);
    const y = bottom - chipH / 2 - row * (chipH + gap);
    out.push([x, y]);
  }
  return out;
}
