/**
 * The axes of pressure on the baked overlay: ISR watch areas, the arrows (pointed while below the
 * bar, blunt and walled by a blue bar when held) and their name plates with credibility against
 * the bar, in figures and in words.
 */
import type { Point, Rect } from '../layout/geometry';
import type { LevelView } from '../layout/levelView';
import type { AxisView } from '../layout/overlayModel';
import { outlinePath, roundRect } from './canvasPaths';
import { withScreenText } from './drawGeography';
import { px, type RasterFrame } from './rasterFrame';
import { COLORS, font } from './style';
import { t } from '../../i18n';
import { compactPlates } from '../layout/plateSize';
import { textWidth } from './textWidths';

/** The plate at an axis's tail: name, credibility against the bar, and the verdict in words. */
export interface Plate { axis: AxisView; rect: Rect; cx: number; cy: number; w: number; h: number; compact: boolean }

export function axisPlate(ctx: CanvasRenderingContext2D, f: RasterFrame, a: AxisView, view: LevelView, at: Point, textScale: number): Plate {
  const head = `${a.name.toUpperCase()}  `;
  const wHead = textWidth(ctx, font(600, 13 * textScale), head);
  const wNum = textWidth(ctx, font(400, 13 * textScale, true), `${a.credibility} / ${a.bar}`);
  // Zoomed far out the plate is compact (plateSize.ts): no verdict in words, the ISR tag alone below.
  const compact = compactPlates(f.zoom);
  const isrW = a.isr ? isrTagWidth(ctx, textScale) : 0;
  const wSub = compact ? isrW : textWidth(ctx, font(400, 10.5 * textScale), t(a.held ? 'mapText.held' : 'mapText.below')) + (a.isr ? isrW + 6 : 0);
  // At least the size the layout reserved for it (plateSize.ts), so what is kept clear is what shows.
  const reserved = compact ? a.compactPlate : a.plate;
  const w = Math.max(Math.max(wHead + wNum, wSub) + 16, reserved.w);
  const h = Math.max((compact && !a.isr ? 24 : 38) * textScale, reserved.h);
  let [cx, cy] = at;
  // Keep the plate inside the map.
  const hw = px(f, w / 2);
  const hh = px(f, h / 2);
  cx = Math.min(Math.max(cx, view.world.x + hw + px(f, 4)), view.world.x + view.world.w - hw - px(f, 4));
  cy = Math.min(Math.max(cy, view.world.y + hh + px(f, 4)), view.world.y + view.world.h - hh - px(f, 4));
  return { axis: a, cx, cy, w, h, compact, rect: { x: cx - hw, y: cy - hh, w: 2 * hw, h: 2 * hh } };
}

export function drawIsr(ctx: CanvasRenderingContext2D, f: RasterFrame, a: AxisView): void {
  const g = a.geometry;
  const mx = (g.tail[0] + g.tip[0]) / 2;
  const my = (g.tail[1] + g.tip[1]) / 2;
  const ang = Math.atan2(g.dir[1], g.dir[0]);
  const rx = g.length / 2 + px(f, 34);
  const ry = g.halfNeck + 24 + px(f, 30);
  ctx.save();
  ctx.beginPath();
  ctx.ellipse(mx, my, rx, ry, ang, 0, Math.PI * 2);
  ctx.fillStyle = 'rgba(86, 180, 233, 0.10)';
  ctx.fill();
  ctx.setLineDash([px(f, 6), px(f, 4)]);
  ctx.lineWidth = px(f, 1.4);
  ctx.strokeStyle = 'rgba(86, 180, 233, 0.75)';
  ctx.stroke();
  ctx.setLineDash([]);
  // The words "ISR watch" are on the axis's plate (drawPlate), where the eye reads the axis.
  ctx.restore();
}

export function drawAxisArrow(ctx: CanvasRenderingContext2D, f: RasterFrame, a: AxisView, selected: boolean): void {
  const g = a.geometry;
  for (const shape of [g.outline, ...g.spokes.map((sp) => sp.outline)]) {
    outlinePath(ctx, shape);
    // Held: a pale, dashed, blunt arrow. Below the bar: a solid, stronger, pointed one.
    ctx.fillStyle = a.held ? 'rgba(230, 97, 0, 0.10)' : 'rgba(230, 97, 0, 0.24)';
    ctx.fill();
    ctx.lineWidth = px(f, selected ? 2.6 : 1.5);
    ctx.strokeStyle = selected ? '#ffd2b0' : a.held ? 'rgba(230, 97, 0, 0.7)' : COLORS.hostileInk;
    if (a.held) ctx.setLineDash([px(f, 7), px(f, 4)]);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  if (!a.held) return;
  // Held: a coalition-blue bar across each blunt head — the pressure meets a wall.
  const heads = g.spokes.length ? g.spokes.map((sp) => ({ tip: sp.tip, dir: sp.dir, half: sp.half })) : [{ tip: g.tip, dir: g.dir, half: g.halfNeck + 30 }];
  for (const h of heads) {
    const n: Point = [-h.dir[1], h.dir[0]];
    const x = h.tip[0] + h.dir[0] * px(f, 5);
    const y = h.tip[1] + h.dir[1] * px(f, 5);
    ctx.beginPath();
    ctx.moveTo(x + n[0] * h.half, y + n[1] * h.half);
    ctx.lineTo(x - n[0] * h.half, y - n[1] * h.half);
    ctx.lineCap = 'butt';
    ctx.strokeStyle = COLORS.halo;
    ctx.lineWidth = px(f, 8);
    ctx.stroke();
    ctx.strokeStyle = COLORS.friendly;
    ctx.lineWidth = px(f, 5);
    ctx.stroke();
    ctx.lineCap = 'round';
  }
}

export function drawPlate(ctx: CanvasRenderingContext2D, f: RasterFrame, p: Plate, selected: boolean, textScale: number): void {
  withScreenText(ctx, f, p.cx, p.cy, () => {
    const a = p.axis;
    ctx.fillStyle = COLORS.plate;
    roundRect(ctx, -p.w / 2, -p.h / 2, p.w, p.h, 4);
    ctx.fill();
    ctx.lineWidth = selected ? 2 : 1.2;
    ctx.strokeStyle = selected ? '#ffd2b0' : COLORS.hostileInk;
    if (a.held) ctx.setLineDash([4, 3]);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.textBaseline = 'alphabetic';
    ctx.textAlign = 'left';
    const x0 = -p.w / 2 + 8;
    const y1 = -p.h / 2 + 16 * textScale;
    ctx.font = font(600, 13 * textScale);
    const head = `${a.name.toUpperCase()}  `;
    ctx.fillStyle = '#ffd9bf';
    ctx.fillText(head, x0, y1);
    const wHead = textWidth(ctx, font(600, 13 * textScale), head);
    ctx.font = font(400, 13 * textScale, true);
    ctx.fillStyle = a.held ? '#e8ecef' : '#ffb27a';
    ctx.fillText(`${a.credibility} / ${a.bar}`, x0 + wHead, y1);
    ctx.font = font(400, 10.5 * textScale);
    ctx.fillStyle = a.held ? '#a9d8f2' : '#f3a56f';
    const sub = p.compact ? '' : t(a.held ? 'mapText.held' : 'mapText.below');
    if (sub) ctx.fillText(sub, x0, y1 + 15 * textScale);
    if (a.isr) {
      // ISR watches this axis: said in words on the plate, and shown by the dashed area around.
      const x = sub ? x0 + textWidth(ctx, font(400, 10.5 * textScale), sub) + 6 : x0;
      const tw = isrTagWidth(ctx, textScale);
      const y = y1 + 15 * textScale - 9.5 * textScale;
      ctx.fillStyle = COLORS.friendlyDark;
      roundRect(ctx, x, y, tw, 12.5 * textScale, 2);
      ctx.fill();
      ctx.font = font(600, 9 * textScale);
      ctx.fillStyle = '#ffffff';
      ctx.fillText(t('mapText.isrWatch'), x + 4, y1 + 15 * textScale - 0.5);
    }
  });
}

function isrTagWidth(ctx: CanvasRenderingContext2D, textScale: number): number {
  const keep = ctx.font;
  const w = textWidth(ctx, font(600, 9 * textScale), t('mapText.isrWatch')) + 8;
  ctx.font = keep;
  return w;
}
