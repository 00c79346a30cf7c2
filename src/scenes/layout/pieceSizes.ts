/**
 * The size of each piece's picture in screen pixels, and where its anchor sits in it, as plain
 * arithmetic over the symbol manifest and a text measurer. The sprite textures
 * (pieces/chipTextures.ts) draw to exactly these sizes, and the Node tests lay the map out with
 * them (measuring text by an estimate), so both see the same boxes.
 */
import { SYMBOLS } from '../../symbols/symbolManifest';
import type { SymbolKey } from '../../symbols/symbolKeys';
import type { ChipLook, EventLook } from './chipLook';
import type { Sized, SizeSource } from './pieceLayout';
import type { StackModel } from './pieceModel';

/** Symbols are loaded (rasterised from SVG) at this fraction of their manifest size. */
export const UNIT_SCALE = 0.7;
export const EVENT_SCALE = 0.62;
/** Room for the count badge that sticks out of a stack's top right corner. */
export const BADGE_R = 8.5;
export const STACK_STEP = 3;
export const CODE_H = 14;

/** Width of `text` in CSS pixels at `px` size; `mono` for the figures' typeface. */
export type TextMeasure = (text: string, weight: 400 | 600, px: number, mono: boolean) => number;

export function symbolLoadSize(key: SymbolKey): { width: number; height: number } {
  const s = SYMBOLS[key];
  const k = key.startsWith('event-') ? EVENT_SCALE : UNIT_SCALE;
  return { width: Math.round(s.width * k), height: Math.round(s.height * k) };
}

/**
 * How large formations are drawn at a zoom (1 = full size). Pieces keep their screen size while
 * the map zooms, so zoomed far out (Forty Thousand's whole theatre on a laptop) full-size stacks
 * are wider than the gaps between hubs (Riga, Ādaži and Lielvārde 20 px apart) and crowd out the
 * hubs' names. Zoomed out, a map's symbols are drawn smaller, as a printed atlas does; in a few
 * steps, so the pictures are drawn once per step and not at every wheel tick.
 */
export function pieceScale(zoom: number): number {
  if (zoom >= 0.75) return 1;
  if (zoom >= 0.55) return 0.85;
  return 0.72;
}

/** The parts of a formation's picture at piece scale `k`: the codes keep a legible floor. */
export function pieceMetrics(textScale: number, k: number): { codePx: number; codeH: number; step: number; badgeR: number; badgePx: number } {
  return {
    codePx: Math.max(9, 10.5 * k) * textScale,
    codeH: Math.max(12, CODE_H * k) * textScale,
    step: Math.max(2, Math.round(STACK_STEP * k)),
    badgeR: Math.max(7, BADGE_R * k),
    badgePx: Math.max(9, 10.5 * k),
  };
}

/** The symbol's drawn size at piece scale `k`. */
export function symbolDrawSize(key: SymbolKey, k: number): { width: number; height: number } {
  const s = symbolLoadSize(key);
  return k === 1 ? s : { width: Math.round(s.width * k), height: Math.round(s.height * k) };
}

export function chipText(l: ChipLook): string {
  return l.token ? `${l.code} ${l.token}` : l.code;
}

export function chipWidth(l: ChipLook, symW: number, textScale: number, measure: TextMeasure, k = 1): number {
  return Math.ceil(Math.max(symW, measure(chipText(l), 600, pieceMetrics(textScale, k).codePx, false) + 8)) + 2;
}

export function chipSized(l: ChipLook, textScale: number, measure: TextMeasure, k = 1): Sized {
  const { width: symW, height: symH } = symbolDrawSize(l.symbol, k);
  const w = chipWidth(l, symW, textScale, measure, k);
  return { w, h: symH + pieceMetrics(textScale, k).codeH + 1, ax: w / 2, ay: SYMBOLS[l.symbol].anchorY * UNIT_SCALE * k };
}

export function stackSized(top: ChipLook, count: number, textScale: number, measure: TextMeasure, k = 1): Sized {
  const { width: symW, height: symH } = symbolDrawSize(top.symbol, k);
  const m = pieceMetrics(textScale, k);
  const cw = chipWidth(top, symW, textScale, measure, k);
  const depth = Math.min(2, count - 1) * m.step;
  return { w: cw + depth + m.badgeR, h: symH + m.codeH + 1 + depth + m.badgeR, ax: cw / 2, ay: m.badgeR + SYMBOLS[top.symbol].anchorY * UNIT_SCALE * k };
}

/** The event marker: its symbol, the day line and (with intel on) the estimate line. */
export function eventSized(e: EventLook, textScale: number, measure: TextMeasure): Sized & { dw: number; iw: number; lineH: number } {
  const { width: symW, height: symH } = symbolLoadSize(e.symbol);
  const dw = measure(`D${e.day}`, 600, 11 * textScale, false) + 8;
  const iw = e.intel ? measure(e.intel, 400, 9.5 * textScale, true) + 8 : 0;
  const w = Math.ceil(Math.max(symW, dw, iw)) + 2;
  const lineH = 14 * textScale;
  const h = symH + lineH + (e.intel ? lineH - 1 : 0) + 1;
  return { w, h, ax: w / 2, ay: SYMBOLS[e.symbol].anchorY * EVENT_SCALE, dw, iw, lineH };
}

/** Every piece's size from one measurer: what the map's layout needs to know. */
export function sizeSource(textScale: number, measure: TextMeasure): SizeSource {
  return {
    stack: (s: StackModel, k: number) => (s.formations.length > 1 ? stackSized(s.formations[0]!.look, s.formations.length, textScale, measure, k) : chipSized(s.formations[0]!.look, textScale, measure, k)),
    chip: (f, k) => chipSized(f.look, textScale, measure, k),
    event: (e) => eventSized(e.look, textScale, measure),
  };
}

/**
 * A measurer for Node, where there is no canvas: IBM Plex Sans averages about 0.56 em a letter
 * (capitals and figures more), the mono face 0.6 em. Erring wide makes the tests stricter.
 */
export const estimateText: TextMeasure = (text, weight, px, mono) => {
  let em = 0;
  for (const ch of text) em += mono ? 0.6 : /[A-ZА-ЯІЇЄҐ0-9]/.test(ch) ? 0.66 : ch === ' ' ? 0.28 : 0.56;
  return em * px * (weight === 600 && !mono ? 1.04 : 1);
};
