/**
 * Where Moscow's known threats sit: in rows next to their axis's name plate, soonest first, so
 * each axis reads as one card — arrow, figures, and what is coming. The rows grow away from the
 * hubs (above the plate for an arrow whose hubs lie south of it), or the other way when the level's
 * view has no room there or nodes are in the way, so markers never pile onto the hubs.
 */
import { PLATE_H, PLATE_W, plateCentre, type AxisGeometry } from './axisGeometry';
import { rectsOverlap, type Point, type Rect } from './geometry';
import { plateAt, type PlateSize } from './plateSize';

/** Room per marker in screen pixels (a marker with its intel line is about 60 × 56). */
export const MARKER_W = 76;
export const MARKER_H = 60;
const PER_ROW = 3;

/** An axis's "card": its name plate and its threat markers, and the rectangles they take. */
export interface AxisCard { plate: Point; slots: Point[]; rects: Rect[] }

/**
 * The cards of all axes at `zoom`, placed one after the other so that no card lands on another
 * (two plates side by side with their markers between would leave the reader guessing whose
 * threats they are). `counts[i]` is the number of markers of axes[i].
 */
export function axisCards(axes: ReadonlyArray<{ geometry: AxisGeometry; plate?: PlateSize; compactPlate?: PlateSize }>, counts: readonly number[], frame: Rect, zoom: number, avoid: readonly Point[] = [], hubs: readonly boolean[] = []): AxisCard[] {
  // Plates first, each clear of those before it; then each axis's markers, clear of every plate
  // and of the markers placed before them.
  const plates: Point[] = [];
  const plateRects: Rect[] = [];
  for (const a of axes) {
    const size = plateAt(a, zoom) ?? { w: PLATE_W, h: PLATE_H };
    const others = axes.filter((o) => o !== a).flatMap((o) => [o.geometry.outline, ...o.geometry.spokes.map((sp) => sp.outline)]);
    const p = plateCentre(a.geometry, frame, zoom, avoid, plateRects, size, others, hubs).at;
    plates.push(p);
    plateRects.push({ x: p[0] - size.w / 2 / zoom, y: p[1] - size.h / 2 / zoom, w: size.w / zoom, h: size.h / zoom });
  }
  const taken: Rect[] = [...plateRects];
  return axes.map((a, i) => {
    const own = plateRects[i]!;
    const slots = markerSlots(a.geometry, plates[i]!, plateAt(a, zoom) ?? { w: PLATE_W, h: PLATE_H }, frame, counts[i] ?? 0, zoom, avoid, taken.filter((r) => r !== own));
    const rects = slots.map((m) => markerRect(m, zoom));
    taken.push(...rects);
    return { plate: plates[i]!, slots, rects: [own, ...rects] };
  });
}

function markerRect([x, y]: Point, zoom: number): Rect {
  return { x: x - MARKER_W / 2 / zoom, y: y - MARKER_H / 2 / zoom, w: MARKER_W / zoom, h: MARKER_H / zoom };
}

function markerSlots(g: AxisGeometry, plate: Point, plateSize: { w: number; h: number }, frame: Rect, count: number, zoom: number, avoid: readonly Point[], blocked: readonly Rect[]): Point[] {
  const plateH = plateSize.h;
  const rows = Math.ceil(count / PER_ROW);
  const reach = (plateH / 2 + 8 + rows * MARKER_H) / zoom;
  const fits = (below: boolean) => (below ? plate[1] + reach <= frame.y + frame.h : plate[1] - reach >= frame.y);
  const slotsOn = (below: boolean, shift = 0): Point[] => {
    const out: Point[] = [];
    for (let i = 0; i < count; i++) {
      const row = Math.floor(i / PER_ROW);
      const inRow = Math.min(PER_ROW, count - row * PER_ROW);
      const col = i % PER_ROW;
      const dx = (col - (inRow - 1) / 2) * MARKER_W;
      const dy = plateH / 2 + 6 + MARKER_H / 2 + row * MARKER_H;
      // Slide the row sideways, if need be, so all of it is in the level's view.
      const half = (inRow * MARKER_W) / 2 / zoom;
      const cx = Math.min(Math.max(plate[0], frame.x + half), Math.max(frame.x + half, frame.x + frame.w - half));
      out.push([cx + (dx + shift * MARKER_W) / zoom, plate[1] + ((below ? 1 : -1) * dy) / zoom]);
    }
    return out;
  };
  // Markers keep clear of nodes (their stacks above them, their names beside them) and of the
  // other axes' cards.
  const clear = (slots: readonly Point[]) => slots.every((m) => {
    const r = markerRect(m, zoom);
    return !blocked.some((b) => rectsOverlap(b, r)) && avoid.every(([x, y]) => {
      const dx = (m[0] - x) * zoom;
      const dy = (m[1] - y) * zoom;
      return Math.abs(dx) >= MARKER_W / 2 + 24 || dy <= -(MARKER_H / 2 + 66) || dy >= MARKER_H / 2 + 20;
    });
  });
  const order = g.away[1] < 0 ? [false, true] : [true, false];
  // Above or below the plate first; then in rows beside it (a plate at the map's edge, the South
  // one over the Black Sea, has no room below and hubs above).
  const sideSlots = (side: number): Point[] => {
    const out: Point[] = [];
    for (let i = 0; i < count; i++) {
      const row = Math.floor(i / PER_ROW);
      const col = i % PER_ROW;
      out.push([plate[0] + (side * (plateSize.w / 2 + 6 + MARKER_W / 2 + col * MARKER_W)) / zoom, plate[1] + ((row - (rows - 1) / 2) * MARKER_H) / zoom]);
    }
    return out;
  };
  const inFrame = (slots: readonly Point[]) => slots.every((m) => {
    const r = markerRect(m, zoom);
    return r.x >= frame.x && r.y >= frame.y && r.x + r.w <= frame.x + frame.w && r.y + r.h <= frame.y + frame.h;
  });
  const tries = [
    ...order.map((below) => ({ fits: fits(below), slots: slotsOn(below) })),
    ...[1, -1].map((side) => { const slots = sideSlots(side); return { fits: inFrame(slots), slots }; }),
    // Then the rows above or below slid by one marker either way (still under the plate, so still
    // its card): a hub right under the plate (Vilnius under the East plate) is stepped round.
    ...order.flatMap((below) => [1, -1].map((shift) => { const slots = slotsOn(below, shift); return { fits: fits(below) && inFrame(slots), slots }; })),
  ];
  const unblocked = (slots: readonly Point[]) => !slots.some((m) => blocked.some((b) => rectsOverlap(b, markerRect(m, zoom))));
  // Failing a clear spot, the side whose markers sit on fewest nodes' marks.
  const onNodes = (slots: readonly Point[]) => slots.reduce((n, m) => n + avoid.filter(([x, y]) => Math.abs((m[0] - x) * zoom) < MARKER_W / 2 + 8 && Math.abs((m[1] - y) * zoom) < MARKER_H / 2 + 8).length, 0);
  const fewest = (list: typeof tries) => (list.length === 0 ? undefined : list.reduce((a, b) => (onNodes(b.slots) < onNodes(a.slots) ? b : a)));
  const pick = tries.find((t) => t.fits && clear(t.slots))
    ?? fewest(tries.filter((t) => t.fits && unblocked(t.slots)))
    ?? tries.find((t) => unblocked(t.slots))
    ?? tries.find((t) => t.fits)
    ?? tries[0]!;
  return pick.slots;
}
