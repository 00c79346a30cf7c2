/**
 * Small badges left of a hub on the baked overlay: a missile-defence dome, a pre-positioned
 * equipment set (EQ, dashed while it is still being built) and a joint exercise (EX, days left).
 */
import type { Rect } from '../layout/geometry';
import type { OverlayModel } from '../layout/overlayModel';
import { roundRect } from './canvasPaths';
import { withScreenText } from './drawGeography';
import { px, type RasterFrame } from './rasterFrame';
import { COLORS, font } from './style';
import { textWidth } from './textWidths';

/** Little badges left of a hub: missile-defence dome, pre-positioned stock, exercise. */
interface Badge { kind: 'dome' | 'prepo' | 'exercise'; text: string; ready: boolean }

export function badgesByNode(model: OverlayModel): Map<number, Badge[]> {
  const by = new Map<number, Badge[]>();
  const add = (n: number, b: Badge) => by.set(n, [...(by.get(n) ?? []), b]);
  for (const n of model.domes) add(n, { kind: 'dome', text: '', ready: true });
  for (const p of model.prepo) add(p.node, { kind: 'prepo', text: p.ready ? 'EQ' : `EQ ${p.days}d`, ready: p.ready });
  for (const x of model.exercises) add(x.node, { kind: 'exercise', text: `EX ${x.days}d`, ready: true });
  return by;
}

function badgeWidth(ctx: CanvasRenderingContext2D, b: Badge, textScale: number): number {
  if (b.kind === 'dome') return 20;
  return textWidth(ctx, font(600, 9.5 * textScale), b.text) + 8;
}

export function drawBadges(ctx: CanvasRenderingContext2D, f: RasterFrame, x: number, y: number, badges: readonly Badge[], textScale: number): Rect {
  const widths = badges.map((b) => badgeWidth(ctx, b, textScale));
  const total = widths.reduce((s, w) => s + w + 3, 0);
  withScreenText(ctx, f, x, y, () => {
    let right = -11;
    badges.forEach((b, i) => {
      const w = widths[i]!;
      const left = right - w;
      if (b.kind === 'dome') {
        // A dome over a base line: missile defence covers this hub.
        ctx.beginPath();
        ctx.arc(left + w / 2, 5, 9, Math.PI, 0);
        ctx.closePath();
        ctx.fillStyle = 'rgba(86, 180, 233, 0.28)';
        ctx.fill();
        ctx.strokeStyle = COLORS.friendly;
        ctx.lineWidth = 1.6;
        ctx.stroke();
        ctx.beginPath();
        ctx.moveTo(left + w / 2, -4);
        ctx.lineTo(left + w / 2, 5);
        ctx.moveTo(left + w / 2 - 6.4, -1.4);
        ctx.quadraticCurveTo(left + w / 2, 0.5, left + w / 2 + 6.4, -1.4);
        ctx.lineWidth = 1;
        ctx.stroke();
      } else {
        ctx.fillStyle = b.ready ? (b.kind === 'exercise' ? '#0b3b5c' : '#143247') : COLORS.plate;
        roundRect(ctx, left, -7, w, 14, 2.5);
        ctx.fill();
        ctx.strokeStyle = COLORS.friendly;
        ctx.lineWidth = 1;
        if (!b.ready) ctx.setLineDash([2, 2]);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.font = font(600, 9.5 * textScale);
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillStyle = '#d8eefb';
        ctx.fillText(b.text, left + w / 2, 0.5);
      }
      right = left - 3;
    });
  });
  return { x: x - px(f, 11 + total), y: y - px(f, 8), w: px(f, total + 11), h: px(f, 16) };
}
