/**
 * Pieces are drawn once per look (symbol, nation code and status in one picture) onto the map's
 * sprite atlas (spriteAtlas.ts), so a formation on the map is one sprite: few draw calls, and no
 * text objects to lay out every frame. Sizes are screen pixels; the map scales the sprites by
 * 1/zoom to keep them so.
 */
import * as Phaser from 'phaser';
import type { SymbolKey } from '../../symbols/symbolKeys';
import { roundRect } from '../raster/canvasPaths';
import { COLORS, font } from '../raster/style';
import { eventKey, lookKey, stackKey, type ChipLook, type EventLook } from '../layout/chipLook';
import { chipSized, chipWidth, eventSized, pieceMetrics, stackSized, symbolDrawSize, symbolLoadSize, type TextMeasure } from '../layout/pieceSizes';
import { SpriteAtlas } from './spriteAtlas';
import { symbolImage } from './symbolImages';

export interface ChipTexture {
  /** the atlas page's texture key and the frame on it */
  key: string;
  frame: string;
  w: number;
  h: number;
  /** where the symbol's anchor (frame centre) is inside the texture, for aligning */
  ax: number;
  ay: number;
}


/** One canvas to measure text with, kept: a new canvas per chip measured cost a context each time. */
let probeCtx: CanvasRenderingContext2D | null = null;
function probe(): CanvasRenderingContext2D {
  probeCtx ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  return probeCtx;
}

/** Draw one formation chip with its top-left at (x, y): symbol over a code plate, at piece scale `k`. */
function drawChip(ctx: CanvasRenderingContext2D, img: CanvasImageSource | null, l: ChipLook, x: number, y: number, w: number, symW: number, symH: number, textScale: number, k: number): void {
  const { codePx, codeH } = pieceMetrics(textScale, k);
  if (img) {
    ctx.globalAlpha = l.faint ? 0.55 : 1;
    ctx.drawImage(img, x + (w - symW) / 2, y, symW, symH);
    ctx.globalAlpha = 1;
  }
  const text = l.token ? `${l.code} ${l.token}` : l.code;
  ctx.font = font(600, codePx);
  const tw = ctx.measureText(text).width + 8;
  const px0 = x + (w - tw) / 2;
  const py0 = y + symH - 1;
  roundRect(ctx, px0, py0, tw, codeH, 3);
  ctx.fillStyle = l.faint ? 'rgba(9,14,20,0.85)' : '#0b2a40';
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = l.alert ? COLORS.hostileInk : COLORS.friendly;
  if (l.faint) ctx.setLineDash([2, 2]);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = l.alert ? '#ffb27a' : '#e8f4fc';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, px0 + tw / 2, py0 + codeH / 2 + 0.5);
  if (l.core) {
    // A small diamond pip: certified very-high-readiness core (the tooltip says so in words).
    const r = 4.5 * Math.max(0.8, k);
    const cx = x + (w + symW) / 2 - 3;
    const cy = y + 6 * k;
    ctx.beginPath();
    ctx.moveTo(cx, cy - r);
    ctx.lineTo(cx + r, cy);
    ctx.lineTo(cx, cy + r);
    ctx.lineTo(cx - r, cy);
    ctx.closePath();
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.strokeStyle = COLORS.friendlyDark;
    ctx.stroke();
  }
}

/** Text measured on the probe canvas, in the map's typefaces. */
const canvasMeasure: TextMeasure = (text, weight, px, mono) => {
  const ctx = probe();
  ctx.font = font(weight, px, mono);
  return ctx.measureText(text).width;
};

export function chipTexture(scene: Phaser.Scene, l: ChipLook, textScale: number, k = 1): ChipTexture {
  return cached(scene, `${lookKey(l)}|${textScale}|${k}`, () => {
    const { width: symW, height: symH } = symbolDrawSize(l.symbol, k);
    const size = chipSized(l, textScale, canvasMeasure, k);
    const draw = (ctx: CanvasRenderingContext2D) => drawChip(ctx, symbolImage(l.symbol), l, 0, 0, size.w, symW, symH, textScale, k);
    return { draw, ...size };
  });
}

/** A closed stack: two offset frames behind the top chip, and the count in a badge. */
export function stackTexture(scene: Phaser.Scene, top: ChipLook, count: number, textScale: number, k = 1): ChipTexture {
  return cached(scene, `${stackKey(top, count)}|${textScale}|${k}`, () => {
    const { width: symW, height: symH } = symbolDrawSize(top.symbol, k);
    const m = pieceMetrics(textScale, k);
    const cw = chipWidth(top, symW, textScale, canvasMeasure, k);
    const size = stackSized(top, count, textScale, canvasMeasure, k);
    const img = symbolImage(top.symbol);
    const y0 = m.badgeR;
    const draw = (ctx: CanvasRenderingContext2D) => {
    // Frames behind: the same symbol, offset down-right and dimmed, read as "more under this one".
    for (let i = Math.min(2, count - 1); i >= 1; i--) {
      if (!img) break;
      ctx.globalAlpha = 0.35 + 0.15 * (2 - i);
      ctx.drawImage(img, (cw - symW) / 2 + i * m.step, y0 + i * m.step, symW, symH);
    }
    ctx.globalAlpha = 1;
    drawChip(ctx, img, top, 0, y0, cw, symW, symH, textScale, k);
    // Count badge at the top right of the top symbol's frame.
    const bx = (cw + symW) / 2 - 1;
    const by = y0 + 4 * k;
    ctx.beginPath();
    ctx.arc(bx, by, m.badgeR, 0, Math.PI * 2);
    ctx.fillStyle = COLORS.friendlyDark;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.font = font(600, m.badgePx);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(count), bx, by + 0.5);
    };
    return { draw, ...size };
  });
}

/** A known threat: the hostile symbol, the day it fires and, with intel on, the estimate. */
export function eventTexture(scene: Phaser.Scene, e: EventLook, textScale: number): ChipTexture {
  return cached(scene, `${eventKey(e)}|${textScale}`, () => {
    const { width: symW, height: symH } = symbolLoadSize(e.symbol);
    const day = `D${e.day}`;
    const { w, h, ax, ay, dw, iw, lineH } = eventSized(e, textScale, canvasMeasure);
    const img = symbolImage(e.symbol);
    const draw = (ctx: CanvasRenderingContext2D) => {
    if (img) ctx.drawImage(img, (w - symW) / 2, 0, symW, symH);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    roundRect(ctx, (w - dw) / 2, symH - 2, dw, lineH, 3);
    ctx.fillStyle = '#3a1a06';
    ctx.fill();
    ctx.strokeStyle = COLORS.hostileInk;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.font = font(600, 11 * textScale);
    ctx.fillStyle = '#ffd9bf';
    ctx.fillText(day, w / 2, symH - 2 + lineH / 2 + 0.5);
    if (e.intel) {
      roundRect(ctx, (w - iw) / 2, symH - 2 + lineH, iw, lineH - 1, 3);
      ctx.fillStyle = 'rgba(9,14,20,0.9)';
      ctx.fill();
      ctx.font = font(400, 9.5 * textScale, true);
      ctx.fillStyle = '#e8ecef';
      ctx.fillText(e.intel, w / 2, symH - 2 + lineH + (lineH - 1) / 2 + 0.5);
    }
    };
    return { draw, w, h, ax, ay };
  });
}

const atlases = new WeakMap<Phaser.Scene, SpriteAtlas>();
const made = new WeakMap<SpriteAtlas, Map<string, ChipTexture>>();

/** The scene's atlas of pieces (and of anything else the map draws for itself, e.g. the flashes). */
export function atlasOf(scene: Phaser.Scene): SpriteAtlas {
  let atlas = atlases.get(scene);
  if (!atlas) {
    atlas = new SpriteAtlas(scene, 'pieces');
    atlases.set(scene, atlas);
    scene.events.once(Phaser.Scenes.Events.DESTROY, () => { atlas?.destroy(); atlases.delete(scene); });
  }
  return atlas;
}

interface Drawn { draw: (ctx: CanvasRenderingContext2D) => void; w: number; h: number; ax: number; ay: number }

function cached(scene: Phaser.Scene, key: string, make: () => Drawn): ChipTexture {
  const atlas = atlasOf(scene);
  let table = made.get(atlas);
  if (!table) {
    table = new Map();
    made.set(atlas, table);
  }
  const hit = table.get(key);
  if (hit) return hit;
  const { draw, w, h, ax, ay } = make();
  const f = atlas.get(key, w, h, draw);
  // The layout keeps the picture's own size; the frame is its box rounded up to whole pixels.
  const t = { key: f.texture, frame: f.frame, w, h, ax, ay };
  table.set(key, t);
  return t;
}
