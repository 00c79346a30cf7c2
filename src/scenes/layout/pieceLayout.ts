/**
 * Where the pieces go at a given zoom, in map units, with the size each covers on screen.
 * Shared by the Phaser layer (to place sprites and answer hit tests) and the baked overlay (to
 * keep node names clear of the pieces), so both agree on what covers what.
 */
import type { AxisView } from './overlayModel';
import { axisCards } from './eventPlacement';
import { cardArea } from './opening';
import { rectsOverlap, type Point, type Rect } from './geometry';
import type { LevelView } from './levelView';
import type { EventModel, MovingModel, PieceFormation, PieceModel, StackModel } from './pieceModel';
import { fanLayout, placeStacks, type Obstacle } from './stackLayout';
import { estimateText, pieceScale } from './pieceSizes';
import { nodeLabelSpecs, nodeMarkRect } from '../raster/nodeLabels';

/** A piece's image: size in screen pixels and its anchor (where the map point goes) inside it. */
export interface Sized { w: number; h: number; ax: number; ay: number }

/** Sizes of the pictures; formations' at piece scale `k` (pieceSizes.ts pieceScale). */
export interface SizeSource {
  stack(s: StackModel, k: number): Sized;
  chip(f: PieceFormation, k: number): Sized;
  event(e: EventModel): Sized;
}

export type PlacedKind = 'stack' | 'chip' | 'moving' | 'event';

export interface PlacedPiece {
  kind: PlacedKind;
  /** unique among pieces: stable across redraws so sprites can be reused */
  key: string;
  /** what a click selects: formation id (stack: its top formation), or the event's card id */
  id: string;
  node: number;
  /** centre of the image in map units */
  x: number;
  y: number;
  /** size on screen, pixels */
  w: number;
  h: number;
  /** the piece scale its picture is drawn at (formations shrink when zoomed far out) */
  scale: number;
  /** a stack moved off its natural spot is tied to its node by a line from here */
  leader: Point | null;
  stack: StackModel | null;
  formation: PieceFormation | null;
  event: EventModel | null;
}

export interface PieceLayout {
  pieces: PlacedPiece[];
  /** what the pieces cover (closed stacks, moving chips, events), in map units */
  covers: Rect[];
}

export function coverRect(p: PlacedPiece, zoom: number): Rect {
  return { x: p.x - p.w / 2 / zoom, y: p.y - p.h / 2 / zoom, w: p.w / zoom, h: p.h / zoom };
}

/** Centre of an image whose anchor sits on map point (x, y). */
function centreFor(x: number, y: number, s: Sized, zoom: number): Point {
  return [x + (s.w / 2 - s.ax) / zoom, y + (s.h / 2 - s.ay) / zoom];
}

export function layoutPieces(view: LevelView, model: PieceModel, axes: readonly AxisView[], zoom: number, sizes: SizeSource, expanded: ReadonlySet<number> = new Set(), textScale = 1): PieceLayout {
  const pieces: PlacedPiece[] = [];
  const covers: Rect[] = [];
  const k = pieceScale(zoom);
  // Node marks in screen pixels relative to the world origin: stacks must not hide other nodes.
  // The same box the baked map gives each mark (an edge arrow is bigger, an airfield's glyph hangs below).
  const frame = { rect: view.world, zoom, dpr: 1 };
  const marks: Obstacle[] = view.nodes.map((n) => {
    const r = nodeMarkRect(view, frame, n.index);
    return { key: n.id, x: r.x * zoom, y: r.y * zoom, w: r.w * zoom, h: r.h * zoom };
  });
  // A staging hub's name goes to the right of its mark (raster/nodeLabels.ts): stacks leave it
  // that room, so the hubs the player plays to are always named.
  marks.push(...hubNameRooms(view, zoom, textScale));
  // The axes' plates and threat markers are fixed: stacks keep clear of them too.
  const cards = axisCards(axes, axes.map((a) => model.events.get(a.index)?.length ?? 0), cardArea(view), zoom, view.points, view.staging);
  for (const card of cards) for (const r of card.rects) marks.push({ x: r.x * zoom, y: r.y * zoom, w: r.w * zoom, h: r.h * zoom });
  const closed = model.stacks.map((s) => ({ s, size: sizes.stack(s, k) }));
  const placements = placeStacks(
    closed.map(({ s, size }) => {
      const home = view.homes[s.node];
      return {
        key: s.nodeId, x: s.x * zoom, y: s.y * zoom, w: size.w, h: size.h, priority: s.formations.length + (view.staging[s.node] ? 10 : 0),
        home: home ? (cx: number, cy: number) => home.holds(cx / zoom, cy / zoom) : undefined,
      };
    }),
    marks,
  );
  const byKey = new Map(placements.map((p) => [p.key, p]));
  for (const { s, size } of closed) {
    const p = byKey.get(s.nodeId)!;
    const cx = p.cx / zoom;
    const cy = p.cy / zoom;
    const leader: Point | null = p.leader ? [s.x, s.y] : null;
    const top = s.formations[0]!;
    if (expanded.has(s.node) || s.formations.length === 1) {
      const chipSizes = s.formations.map((f) => sizes.chip(f, k));
      const cw = Math.max(...chipSizes.map((c) => c.w));
      const ch = Math.max(...chipSizes.map((c) => c.h));
      // An open stack grows up from the bottom of where the closed one was, or, where that would
      // hide another node (eleven chips over Warsaw), down or to a side, whichever hides fewest.
      // A lone formation is its own closed stack: it stays where the stack layout put it.
      const centres = s.formations.length === 1
        ? fanLayout(1, p.cx, p.cy + size.h / 2, cw, ch)
        : openFan(s.formations.length, p.cx, p.cy, size, cw, ch, marks.filter((m) => m.key !== s.nodeId));
      s.formations.forEach((f, i) => {
        const [x, y] = centres[i]!;
        pieces.push({ kind: 'chip', key: `chip:${f.id}`, id: f.id, node: s.node, x: x / zoom, y: y / zoom, w: chipSizes[i]!.w, h: chipSizes[i]!.h, scale: k, leader: i === 0 ? leader : null, stack: s, formation: f, event: null });
      });
      if (s.formations.length === 1) covers.push(coverRect(pieces[pieces.length - 1]!, zoom));
      else covers.push({ x: cx - size.w / 2 / zoom, y: cy - size.h / 2 / zoom, w: size.w / zoom, h: size.h / zoom });
    } else {
      const piece: PlacedPiece = { kind: 'stack', key: `stack:${s.nodeId}`, id: top.id, node: s.node, x: cx, y: cy, w: size.w, h: size.h, scale: k, leader, stack: s, formation: top, event: null };
      pieces.push(piece);
      covers.push(coverRect(piece, zoom));
    }
  }
  for (const m of model.moving) pieces.push(movingPiece(m, sizes.chip(m, k), k, zoom, covers));
  axes.forEach((a, ai) => {
    const list = model.events.get(a.index) ?? [];
    const slots = cards[ai]!.slots;
    list.forEach((e, i) => {
      const size = sizes.event(e);
      // The marker's box is centred on its slot: the slot is the room reserved for it.
      const [x, y] = slots[i]!;
      const piece: PlacedPiece = { kind: 'event', key: `event:${e.event}`, id: e.cardId, node: -1, x, y, w: size.w, h: size.h, scale: 1, leader: null, stack: null, formation: null, event: e };
      pieces.push(piece);
      covers.push(coverRect(piece, zoom));
    });
  });
  return { pieces, covers };
}

/** The chips' centres of an open stack, placed to cover as few other nodes' marks as it can. */
function openFan(count: number, cx: number, cy: number, closed: { w: number; h: number }, cw: number, ch: number, marks: readonly Rect[]): Array<[number, number]> {
  let best: Array<[number, number]> | null = null;
  let bestHidden = Infinity;
  // Rows of five first (wide and low); then rows of three (narrow and tall), which fit between
  // neighbours that a wide fan would cover.
  for (const perRow of [5, 3]) {
    const fanH = Math.ceil(count / perRow) * (ch + 4);
    const fanW = Math.min(count, perRow) * (cw + 4);
    const up = cy + closed.h / 2;
    const side = fanW / 2 + closed.w / 2;
    const tries: Array<[number, number]> = [
      [cx, up], [cx, up + fanH + 4], [cx + side, cy + fanH / 2], [cx - side, cy + fanH / 2],
      [cx + side, up], [cx - side, up], [cx + side, up + fanH + 4], [cx - side, up + fanH + 4],
    ];
    for (const [x, bottom] of tries) {
      const centres = fanLayout(count, x, bottom, cw, ch, perRow);
      const hidden = marks.filter((m) => centres.some(([px, py]) => rectsOverlap(m, { x: px - cw / 2, y: py - ch / 2, w: cw, h: ch }))).length;
      if (hidden < bestHidden) {
        best = centres;
        bestHidden = hidden;
      }
      if (hidden === 0) return centres;
    }
  }
  return best!;
}

/** The room (screen pixels) each staging hub's name and tag take beside its mark, estimated wide. */
export function hubNameRooms(view: LevelView, zoom: number, textScale: number): Rect[] {
  const out: Rect[] = [];
  for (const spec of nodeLabelSpecs(view, textScale)) {
    const n = view.nodes[spec.index]!;
    if (!view.staging[spec.index] || n.offMap) continue;
    const w = estimateText(spec.text, spec.weight, spec.size, false) + (spec.tag ? estimateText(spec.tag, 600, spec.size - 2, false) + 10 : 0);
    const h = spec.size + 4;
    out.push({ x: n.x * zoom + 11, y: n.y * zoom - h / 2, w, h });
  }
  return out;
}

function movingPiece(m: MovingModel, size: Sized, k: number, zoom: number, covers: Rect[]): PlacedPiece {
  const [x, y] = centreFor(m.x, m.y, size, zoom);
  const piece: PlacedPiece = { kind: 'moving', key: `move:${m.id}`, id: m.id, node: -1, x, y, w: size.w, h: size.h, scale: k, leader: null, stack: null, formation: m, event: null };
  covers.push(coverRect(piece, zoom));
  return piece;
}

/**
 * The area an open stack's chips cover (map units, with a margin of `padPx`), so the pointer can
 * cross the gaps between its chips without the stack closing under it.
 */
export function fanBounds(pieces: readonly PlacedPiece[], node: number, zoom: number, padPx = 8): Rect | null {
  const chips = pieces.filter((p) => p.node === node && (p.kind === 'chip' || p.kind === 'stack'));
  if (chips.length === 0) return null;
  const pad = padPx / zoom;
  const x0 = Math.min(...chips.map((p) => p.x - p.w / 2 / zoom)) - pad;
  const y0 = Math.min(...chips.map((p) => p.y - p.h / 2 / zoom)) - pad;
  const x1 = Math.max(...chips.map((p) => p.x + p.w / 2 / zoom)) + pad;
  const y1 = Math.max(...chips.map((p) => p.y + p.h / 2 / zoom)) + pad;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
