/**
 * Movement on the baked overlay: routes under way, the prepared order's route with its arrival
 * day, and links cut by Moscow (an X and the word "cut").
 */
import { t } from '../../i18n';
import type { Point } from '../layout/geometry';
import type { LevelView } from '../layout/levelView';
import type { OverlayModel, RouteView } from '../layout/overlayModel';
import { roundRect, tracePath } from './canvasPaths';
import { withScreenText } from './drawGeography';
import { laneEnds } from './drawNetwork';
import { px, type RasterFrame } from './rasterFrame';
import { COLORS, font } from './style';
import { textWidth } from './textWidths';

export function drawRoute(ctx: CanvasRenderingContext2D, f: RasterFrame, r: RouteView): void {
  tracePath(ctx, r.path);
  ctx.strokeStyle = COLORS.halo;
  ctx.lineWidth = px(f, 4);
  ctx.stroke();
  ctx.strokeStyle = 'rgba(86, 180, 233, 0.95)';
  ctx.lineWidth = px(f, 2.2);
  ctx.setLineDash([px(f, 6), px(f, 4)]);
  ctx.stroke();
  ctx.setLineDash([]);
  const n = r.path.length;
  if (n >= 2) arrowHead(ctx, f, r.path[n - 2]!, r.path[n - 1]!, 'rgba(86, 180, 233, 0.95)', 7);
}

function arrowHead(ctx: CanvasRenderingContext2D, f: RasterFrame, from: Point, to: Point, color: string, sizePx: number): void {
  const ang = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const s = px(f, sizePx);
  // Stop short of the node mark so the head is not hidden under it.
  const back = px(f, 9);
  const tx = to[0] - Math.cos(ang) * back;
  const ty = to[1] - Math.sin(ang) * back;
  ctx.beginPath();
  ctx.moveTo(tx, ty);
  ctx.lineTo(tx - Math.cos(ang - 0.45) * s, ty - Math.sin(ang - 0.45) * s);
  ctx.lineTo(tx - Math.cos(ang + 0.45) * s, ty - Math.sin(ang + 0.45) * s);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}

export function drawPending(ctx: CanvasRenderingContext2D, f: RasterFrame, p: NonNullable<OverlayModel['pending']>): void {
  tracePath(ctx, p.path);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(86, 180, 233, 0.35)';
  ctx.lineWidth = px(f, 9);
  ctx.stroke();
  ctx.strokeStyle = COLORS.route;
  ctx.lineWidth = px(f, 2.4);
  if (p.air) ctx.setLineDash([px(f, 7), px(f, 4)]);
  ctx.stroke();
  ctx.setLineDash([]);
  const n = p.path.length;
  arrowHead(ctx, f, p.path[n - 2]!, p.path[n - 1]!, COLORS.route, 11);
  const [x, y] = p.path[n - 1]!;
  ctx.beginPath();
  ctx.arc(x, y, px(f, 13), 0, Math.PI * 2);
  ctx.strokeStyle = COLORS.route;
  ctx.lineWidth = px(f, 2);
  ctx.stroke();
}

export function drawCut(ctx: CanvasRenderingContext2D, f: RasterFrame, view: LevelView, li: number, textScale: number): void {
  const l = view.links.find((x) => x.index === li);
  if (!l) return;
  const [a, b] = laneEnds(l, px(f, 2.2));
  ctx.beginPath();
  ctx.moveTo(a[0], a[1]);
  ctx.lineTo(b[0], b[1]);
  ctx.strokeStyle = 'rgba(230, 97, 0, 0.8)';
  ctx.lineWidth = px(f, 2);
  ctx.setLineDash([px(f, 2), px(f, 3)]);
  ctx.stroke();
  ctx.setLineDash([]);
  const mx = (a[0] + b[0]) / 2;
  const my = (a[1] + b[1]) / 2;
  withScreenText(ctx, f, mx, my, () => {
    ctx.lineCap = 'round';
    ctx.strokeStyle = COLORS.halo;
    ctx.lineWidth = 5;
    xMark(ctx, 6);
    ctx.strokeStyle = COLORS.hostileInk;
    ctx.lineWidth = 2.4;
    xMark(ctx, 6);
    ctx.font = font(600, 10 * textScale);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3;
    ctx.strokeStyle = COLORS.halo;
    ctx.strokeText(t('mapText.cut'), 9, 0);
    ctx.fillStyle = '#ffb27a';
    ctx.fillText(t('mapText.cut'), 9, 0);
  });
}

function xMark(ctx: CanvasRenderingContext2D, r: number): void {
  ctx.beginPath();
  ctx.moveTo(-r, -r);
  ctx.lineTo(r, r);
  ctx.moveTo(r, -r);
  ctx.lineTo(-r, r);
  ctx.stroke();
}

export function drawArrival(ctx: CanvasRenderingContext2D, f: RasterFrame, p: NonNullable<OverlayModel['pending']>, textScale: number): void {
  const [x, y] = p.path[p.path.length - 1]!;
  withScreenText(ctx, f, x, y, () => {
    const label = t('mapText.arrives', { day: p.arrivalDay ?? 0 });
    const face = font(600, 11.5 * textScale);
    ctx.font = face;
    const w = textWidth(ctx, face, label) + 12;
    ctx.fillStyle = COLORS.route;
    roundRect(ctx, -w / 2, 16, w, 19 * textScale, 3);
    ctx.fill();
    ctx.fillStyle = '#08121a';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(label, 0, 16 + 9.5 * textScale);
  });
}
