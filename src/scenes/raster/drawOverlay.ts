/**
 * What changes with the game, baked over the network whenever the state or the selection
 * changes (never while panning): ISR watch, the axes' arrows and plates, routes, cut links,
 * missile defence, stocks, exercises, the selection ring and the names, placed around the
 * formation stacks and event markers so that nothing hides a name.
 */
import type { RegionAsset } from '../../map/regionTypes';
import type { Rect } from '../layout/geometry';
import type { LevelView } from '../layout/levelView';
import type { OverlayModel } from '../layout/overlayModel';
import { axisCards } from '../layout/eventPlacement';
import { cardArea } from '../layout/opening';
import { axisPlate, drawAxisArrow, drawIsr, drawPlate } from './drawAxes';
import { badgesByNode, drawBadges } from './drawBadges';
import { drawLabels } from './drawLabels';
import { drawArrival, drawCut, drawPending, drawRoute } from './drawRoutes';
import { px, type RasterFrame } from './rasterFrame';

export interface OverlayInput {
  region: RegionAsset;
  /** null before a game is on: only the country names are drawn */
  view: LevelView | null;
  model: OverlayModel | null;
  /** rectangles (map units, at this layer's zoom) the map's pieces cover: stacks, event markers */
  pieces: readonly Rect[];
  textScale: number;
}

export function drawOverlay(ctx: CanvasRenderingContext2D, f: RasterFrame, input: OverlayInput): void {
  const { view, model, textScale } = input;
  if (!view || !model) {
    drawLabels(ctx, f, input, []);
    return;
  }
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';

  for (const a of model.axes) if (a.isr) drawIsr(ctx, f, a);
  for (const a of model.axes) drawAxisArrow(ctx, f, a, a.index === model.selectedAxis);

  // Air routes worth showing now: thin arcs.
  ctx.strokeStyle = 'rgba(143, 205, 240, 0.75)';
  ctx.lineWidth = px(f, 1.2);
  ctx.setLineDash([px(f, 2), px(f, 3)]);
  for (const li of model.air) {
    const l = view.links.find((x) => x.index === li);
    if (!l || !l.ctrl) continue;
    ctx.beginPath();
    ctx.moveTo(l.a[0], l.a[1]);
    ctx.quadraticCurveTo(l.ctrl[0], l.ctrl[1], l.b[0], l.b[1]);
    ctx.stroke();
  }
  ctx.setLineDash([]);

  for (const r of model.moving) drawRoute(ctx, f, r);
  for (const li of model.cut) drawCut(ctx, f, view, li, textScale);
  if (model.pending) drawPending(ctx, f, model.pending);

  const badgeRects: Rect[] = [];
  for (const [node, badges] of badgesByNode(model)) {
    const n = view.nodes[node];
    if (n) badgeRects.push(drawBadges(ctx, f, n.x, n.y, badges, textScale));
  }

  for (const sel of [model.selectedNode, model.selectedFormationNode]) {
    const n = view.nodes[sel];
    if (!n) continue;
    ctx.beginPath();
    ctx.arc(n.x, n.y, px(f, 12), 0, Math.PI * 2);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = px(f, 2);
    ctx.stroke();
  }

  const cards = axisCards(model.axes, model.threats, cardArea(view), f.zoom, view.points, view.staging);
  const plates = model.axes.map((a, i) => axisPlate(ctx, f, a, view, cards[i]!.plate, textScale));
  for (const p of plates) drawPlate(ctx, f, p, p.axis.index === model.selectedAxis, textScale);

  drawLabels(ctx, f, { ...input, view, model }, [...plates.map((p) => p.rect), ...badgeRects]);

  if (model.pending?.arrivalDay) drawArrival(ctx, f, model.pending, textScale);
}
