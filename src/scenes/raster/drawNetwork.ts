/**
 * A level's network, baked with the geography: roads, railways, sea lanes and the node marks.
 * Air routes are not here (they are drawn only when they matter, see drawOverlay.ts).
 */
import type { Point } from '../layout/geometry';
import type { LevelView, LinkPath } from '../layout/levelView';
import { outlinePath } from './canvasPaths';
import { px, type RasterFrame } from './rasterFrame';
import { COLORS } from './style';

/** The link's ends moved sideways onto its lane, `gap` map units from the centre line. */
export function laneEnds(l: LinkPath, gap: number): [Point, Point] {
  if (l.lane === 0) return [l.a, l.b];
  const dx = l.b[0] - l.a[0];
  const dy = l.b[1] - l.a[1];
  const len = Math.hypot(dx, dy) || 1;
  const ox = (-dy / len) * gap * l.lane;
  const oy = (dx / len) * gap * l.lane;
  return [[l.a[0] + ox, l.a[1] + oy], [l.b[0] + ox, l.b[1] + oy]];
}

function strokeLinks(ctx: CanvasRenderingContext2D, f: RasterFrame, links: readonly LinkPath[]): void {
  const gap = px(f, 2.2);
  ctx.beginPath();
  for (const l of links) {
    const [a, b] = laneEnds(l, gap);
    ctx.moveTo(a[0], a[1]);
    ctx.lineTo(b[0], b[1]);
  }
  ctx.stroke();
}

export function drawNetwork(ctx: CanvasRenderingContext2D, view: LevelView, f: RasterFrame): void {
  const road = view.links.filter((l) => l.kind === 'road');
  const rail = view.links.filter((l) => l.kind === 'rail');
  const sea = view.links.filter((l) => l.kind === 'sea');
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';

  // Sea lanes: dotted blue.
  ctx.strokeStyle = COLORS.sea_route;
  ctx.lineWidth = px(f, 1.6);
  ctx.setLineDash([px(f, 0.1), px(f, 4.5)]);
  strokeLinks(ctx, f, sea);

  // Roads: thin solid grey.
  ctx.setLineDash([]);
  ctx.strokeStyle = COLORS.road;
  ctx.lineWidth = px(f, 1.3);
  strokeLinks(ctx, f, road);

  // Railways: the classic cased line with alternating dashes.
  ctx.lineCap = 'butt';
  ctx.strokeStyle = COLORS.nodeInk;
  ctx.lineWidth = px(f, 3);
  strokeLinks(ctx, f, rail);
  ctx.strokeStyle = COLORS.rail;
  ctx.lineWidth = px(f, 1.6);
  ctx.setLineDash([px(f, 5), px(f, 3.5)]);
  strokeLinks(ctx, f, rail);
  ctx.setLineDash([]);
  ctx.lineCap = 'round';

  // Gauge break (1,435 / 1,520 mm): two ticks across the line where equipment is transshipped.
  ctx.strokeStyle = COLORS.rail;
  ctx.lineWidth = px(f, 1.4);
  for (const l of rail) {
    if (!l.gaugeBreak) continue;
    const [a, b] = laneEnds(l, px(f, 2.2));
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    const nx = -dy / len;
    const ny = dx / len;
    const t = px(f, 4);
    for (const s of [-1.5, 1.5]) {
      const mx = (a[0] + b[0]) / 2 + (dx / len) * px(f, s);
      const my = (a[1] + b[1]) / 2 + (dy / len) * px(f, s);
      ctx.beginPath();
      ctx.moveTo(mx - nx * t, my - ny * t);
      ctx.lineTo(mx + nx * t, my + ny * t);
      ctx.stroke();
    }
  }

  for (const n of view.nodes) drawNodeMark(ctx, view, f, n.index);
}

/** A node's mark: diamond for a staging hub, ringed dot for a capital, small dot otherwise;
 *  an off-map node gets an arrow toward where it really is. */
export function drawNodeMark(ctx: CanvasRenderingContext2D, view: LevelView, f: RasterFrame, index: number): void {
  const n = view.nodes[index]!;
  const kinds = view.level.nodes[index]!.kinds;
  const u = px(f, 1);
  ctx.save();
  ctx.translate(n.x, n.y);
  ctx.lineWidth = 1.5 * u;
  if (n.offMap) {
    ctx.rotate(n.angle);
    outlinePath(ctx, ([[16, 0], [2, -9], [2, -4], [-10, -4], [-10, 4], [2, 4], [2, 9]] as const).map(([x, y]): Point => [x * u, y * u]));
    ctx.fillStyle = COLORS.hubFill;
    ctx.strokeStyle = COLORS.nodeInk;
    ctx.fill();
    ctx.stroke();
    ctx.restore();
    return;
  }
  if (view.staging[index]) {
    const r = 7 * u;
    outlinePath(ctx, diamond(r));
    ctx.fillStyle = COLORS.hubFill;
    ctx.strokeStyle = COLORS.nodeInk;
    ctx.fill();
    ctx.stroke();
    outlinePath(ctx, diamond(r * 0.42));
    ctx.fillStyle = COLORS.friendlyDark;
    ctx.fill();
  } else if (kinds.includes('capital')) {
    ctx.beginPath();
    ctx.arc(0, 0, 5 * u, 0, Math.PI * 2);
    ctx.fillStyle = COLORS.nodeInk;
    ctx.strokeStyle = COLORS.label;
    ctx.fill();
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(0, 0, 2.1 * u, 0, Math.PI * 2);
    ctx.fillStyle = COLORS.label;
    ctx.fill();
  } else {
    ctx.beginPath();
    ctx.arc(0, 0, 3.4 * u, 0, Math.PI * 2);
    ctx.fillStyle = COLORS.nodeFill;
    ctx.strokeStyle = COLORS.nodeInk;
    ctx.fill();
    ctx.stroke();
  }
  if (kinds.includes('airfield')) drawAirfieldGlyph(ctx, u);
  ctx.restore();
}

/** A small aircraft just below the mark: airlift can land here. */
function drawAirfieldGlyph(ctx: CanvasRenderingContext2D, u: number): void {
  ctx.save();
  ctx.translate(0, 13 * u);
  ctx.fillStyle = COLORS.air;
  ctx.strokeStyle = COLORS.nodeInk;
  ctx.lineWidth = 0.8 * u;
  ctx.beginPath();
  // fuselage
  ctx.moveTo(0, -5 * u);
  ctx.lineTo(0.9 * u, -3.5 * u);
  ctx.lineTo(0.9 * u, -1 * u);
  ctx.lineTo(5 * u, 1.2 * u);
  ctx.lineTo(5 * u, 2.2 * u);
  ctx.lineTo(0.9 * u, 1.2 * u);
  ctx.lineTo(0.9 * u, 3.4 * u);
  ctx.lineTo(2.2 * u, 4.6 * u);
  ctx.lineTo(2.2 * u, 5.3 * u);
  ctx.lineTo(0, 4.6 * u);
  ctx.lineTo(-2.2 * u, 5.3 * u);
  ctx.lineTo(-2.2 * u, 4.6 * u);
  ctx.lineTo(-0.9 * u, 3.4 * u);
  ctx.lineTo(-0.9 * u, 1.2 * u);
  ctx.lineTo(-5 * u, 2.2 * u);
  ctx.lineTo(-5 * u, 1.2 * u);
  ctx.lineTo(-0.9 * u, -1 * u);
  ctx.lineTo(-0.9 * u, -3.5 * u);
  ctx.closePath();
  ctx.stroke();
  ctx.fill();
  ctx.restore();
}

/** A diamond of half-width r around the origin (a staging hub's mark). */
function diamond(r: number): Point[] {
  return [[0, -r], [r, 0], [0, r], [-r, 0]];
}
