/**
 * The baked map, as canvases in the page under Phaser's transparent canvas.
 *
 * Why DOM canvases and not a Phaser texture: in headless Chromium WebGL is software-rendered, and
 * measured there one full-screen textured quad costs ~150 ms a frame, while the browser's own
 * compositor moves a CSS-transformed canvas at full frame rate. So the map is rasterised once (per
 * resolution) with Canvas 2D and panned by a CSS transform set from the same camera numbers as
 * Phaser's camera; Phaser draws only the pieces on top. Real GPUs gain too: no per-frame fill.
 *
 * Two layers: an overview of the whole world at the zoom the level opens on, and, when the player
 * zooms in or out, a detail layer of the neighbourhood baked at the new zoom once the camera rests
 * (so names stay crisp). Each layer keeps its static part (geography and network) in an offscreen
 * canvas and composes the game overlay on top whenever the state or the selection changes.
 */
import type { RegionAsset } from '../../map/regionTypes';
import { visibleRect, type View, type Viewport } from '../layout/camera';
import type { Rect } from '../layout/geometry';
import type { LevelView } from '../layout/levelView';
import { drawGeography } from './drawGeography';
import { drawNetwork } from './drawNetwork';
import { drawOverlay, type OverlayInput } from './drawOverlay';
import { applyFrame, canvasSize, type RasterFrame } from './rasterFrame';

/** The biggest canvas side baked (browsers refuse or slow down far beyond it). */
const MAX_SIDE = 4096;
/** A zoom this far (as a ratio) from a layer's own zoom makes its text visibly soft: bake anew. */
const SHARP_RATIO = 1.12;

interface Layer {
  frame: RasterFrame;
  canvas: HTMLCanvasElement;
  base: HTMLCanvasElement;
  transform: string;
  shown: boolean;
}

export type OverlaySource = (frame: RasterFrame) => OverlayInput | null;

export class MapRaster {
  private readonly host: HTMLElement;
  private readonly dpr: number;
  private region: RegionAsset | null = null;
  private view: LevelView | null = null;
  private textScale = 1;
  private overlay: OverlaySource = () => null;
  private overview: Layer | null = null;
  private detail: Layer | null = null;

  constructor(host: HTMLElement, dpr: number) {
    this.host = host;
    this.dpr = Math.max(1, Math.min(2, dpr));
  }

  /** A new level (or none) or new text size: everything is baked again. */
  setContent(region: RegionAsset, view: LevelView | null, textScale: number, overviewZoom: number): void {
    this.region = region;
    this.view = view;
    this.textScale = textScale;
    this.drop('overview');
    this.drop('detail');
    const world = view?.world ?? { x: -60, y: -60, w: region.width + 120, h: region.height + 120 };
    this.overview = this.makeLayer({ rect: world, zoom: this.fitZoom(world, overviewZoom), dpr: this.dpr }, 0);
  }

  setOverlay(source: OverlaySource): void {
    this.overlay = source;
    if (this.overview) this.compose(this.overview);
    if (this.detail) this.compose(this.detail);
  }

  /** Follow the camera: CSS transforms only, called every frame the camera moved. */
  follow(v: View, vp: Viewport): void {
    for (const layer of [this.overview, this.detail]) if (layer) this.place(layer, v, vp);
    if (this.overview) {
      // The compositor skips a hidden layer: while the detail layer covers the view, hide the
      // overview under it and save a full-screen blend every frame.
      const covered = this.detail !== null && contains(this.detail.frame.rect, visibleRect(v, vp));
      this.show(this.overview, !covered);
    }
  }

  /** The camera has come to rest: bake a sharp detail layer if the overview is too soft here. */
  settle(v: View, vp: Viewport): void {
    if (!this.overview || !this.region) return;
    const ratio = v.zoom / this.overview.frame.zoom;
    if (ratio < SHARP_RATIO && ratio > 1 / SHARP_RATIO) {
      if (this.detail) this.drop('detail');
      this.follow(v, vp);
      return;
    }
    const vis = visibleRect(v, vp);
    if (this.detail && Math.abs(this.detail.frame.zoom - v.zoom) < 1e-6 && contains(this.detail.frame.rect, vis)) return;
    const world = this.overview.frame.rect;
    // The view plus half a screen around it, inside the world, within the canvas size limit.
    let margin = 0.5;
    let rect = grow(vis, margin, world);
    while ((rect.w * v.zoom * this.dpr > MAX_SIDE || rect.h * v.zoom * this.dpr > MAX_SIDE) && margin > 0) {
      margin = Math.max(0, margin - 0.15);
      rect = grow(vis, margin, world);
    }
    const zoom = Math.min(v.zoom, MAX_SIDE / (rect.w * this.dpr), MAX_SIDE / (rect.h * this.dpr));
    this.drop('detail');
    this.detail = this.makeLayer({ rect, zoom, dpr: this.dpr }, 1);
    this.follow(v, vp);
  }

  destroy(): void {
    this.drop('overview');
    this.drop('detail');
  }

  /** The zoom the overview is baked at, capped so the canvas stays within limits. */
  private fitZoom(world: Rect, zoom: number): number {
    return Math.max(0.2, Math.min(zoom, MAX_SIDE / (world.w * this.dpr), MAX_SIDE / (world.h * this.dpr)));
  }

  private makeLayer(frame: RasterFrame, z: number): Layer {
    const { w, h } = canvasSize(frame);
    const base = document.createElement('canvas');
    base.width = w;
    base.height = h;
    const bctx = base.getContext('2d');
    if (bctx && this.region) {
      applyFrame(bctx, frame);
      drawGeography(bctx, this.region, frame, this.textScale);
      if (this.view) drawNetwork(bctx, this.view, frame);
    }
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.cssText = `position:absolute;left:0;top:0;width:${w / frame.dpr}px;height:${h / frame.dpr}px;transform-origin:0 0;pointer-events:none;will-change:transform;z-index:${z}`;
    this.host.insertBefore(canvas, this.host.children[z] ?? null);
    const layer: Layer = { frame, canvas, base, transform: '', shown: true };
    this.compose(layer);
    return layer;
  }

  private compose(layer: Layer): void {
    const ctx = layer.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, layer.canvas.width, layer.canvas.height);
    ctx.drawImage(layer.base, 0, 0);
    const input = this.overlay(layer.frame);
    if (!input) return;
    applyFrame(ctx, layer.frame);
    drawOverlay(ctx, layer.frame, input);
  }

  private place(layer: Layer, v: View, vp: Viewport): void {
    const s = v.zoom / layer.frame.zoom;
    let tx = (layer.frame.rect.x - v.cx) * v.zoom + vp.w / 2;
    let ty = (layer.frame.rect.y - v.cy) * v.zoom + vp.h / 2;
    // At its own zoom a layer is drawn pixel for pixel: snap it to device pixels to stay sharp.
    if (Math.abs(s - 1) < 1e-6) {
      tx = Math.round(tx * this.dpr) / this.dpr;
      ty = Math.round(ty * this.dpr) / this.dpr;
    }
    const t = `translate(${tx.toFixed(2)}px, ${ty.toFixed(2)}px) scale(${s.toFixed(5)})`;
    if (t !== layer.transform) {
      layer.canvas.style.transform = t;
      layer.transform = t;
    }
  }

  private show(layer: Layer, shown: boolean): void {
    if (layer.shown === shown) return;
    layer.shown = shown;
    layer.canvas.style.visibility = shown ? 'visible' : 'hidden';
  }

  private drop(which: 'overview' | 'detail'): void {
    const layer = this[which];
    if (!layer) return;
    layer.canvas.remove();
    // Release the pixels now rather than when the garbage collector gets round to it.
    layer.canvas.width = 0;
    layer.base.width = 0;
    this[which] = null;
  }
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.w <= outer.x + outer.w + 0.5 && inner.y + inner.h <= outer.y + outer.h + 0.5;
}

function grow(r: Rect, k: number, bounds: Rect): Rect {
  const x0 = Math.max(bounds.x, r.x - r.w * k);
  const y0 = Math.max(bounds.y, r.y - r.h * k);
  const x1 = Math.min(bounds.x + bounds.w, r.x + r.w * (1 + k));
  const y1 = Math.min(bounds.y + bounds.h, r.y + r.h * (1 + k));
  return { x: x0, y: y0, w: Math.max(1, x1 - x0), h: Math.max(1, y1 - y0) };
}
