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
 *
 * Redrawn only when it shows something new: a layer whose overlay (the model and what the pieces
 * cover) is the same as last drawn is left alone, and a layer hidden under the detail layer is
 * redrawn when it shows again. The detail layer is baked in steps, one task each (geography,
 * network, overlay), while the previous one stays on screen, so a zoom never freezes a frame.
 */
import type { RegionAsset } from '../../map/regionTypes';
import { visibleRect, type View, type Viewport } from '../layout/camera';
import type { Rect } from '../layout/geometry';
import type { LevelView } from '../layout/levelView';
import { drawGeography, prepareGeographySteps } from './drawGeography';
import { drawNetwork } from './drawNetwork';
import { drawOverlay, type OverlayInput } from './drawOverlay';
import { countryLabelRequests, countryLabels } from './countryLabels';
import { nodeLabelWidths, overlayFaces } from './drawLabels';
import { textWidth } from './textWidths';
import { nodeLabelSpecs } from './nodeLabels';
import { applyFrame, canvasSize, type RasterFrame } from './rasterFrame';
import { COLORS } from './style';

/**
 * The steps the first bake's rehearsal of the country and place names takes (rehearseNames).
 * Short steps: the caller runs as many in one task as fit its time budget, so more steps cost
 * no extra frames, and no one step is long on a slow phone.
 */
const COUNTRY_NAME_STEPS = 12;
const PLACE_NAME_STEPS = 8;
/** The biggest canvas side baked (browsers refuse or slow down far beyond it). */
const MAX_SIDE = 4096;
/** A zoom this far (as a ratio) from a layer's own zoom makes its text visibly soft: bake anew. */
const SHARP_RATIO = 1.12;
/** The detail layer covers the view and this much of a screen around it on each side. */
const DETAIL_MARGIN = 0.3;

interface Layer {
  frame: RasterFrame;
  canvas: HTMLCanvasElement;
  base: HTMLCanvasElement;
  transform: string;
  shown: boolean;
  /** what the overlay drawn on it was made from ('' = nothing yet); null = redraw when shown */
  drawn: string | null;
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
  /** counts setContent calls: steps of an older one do nothing */
  private contentNo = 0;
  /** the detail layer being baked, step by step */
  private baking: { timer: ReturnType<typeof setTimeout> | null; cancelled: boolean } | null = null;

  constructor(host: HTMLElement, dpr: number) {
    this.host = host;
    this.dpr = Math.max(1, Math.min(2, dpr));
  }

  /** A new level (or none) or new text size: everything is baked again. */
  setContent(region: RegionAsset, view: LevelView | null, textScale: number, overviewZoom: number): void {
    for (const step of this.contentSteps(region, view, textScale, overviewZoom)) step();
  }

  /**
   * setContent as steps the caller runs in order, one task each if it likes (the map's start
   * does, so a phone's main thread is never held for the whole bake): the region's paths, the
   * names' rehearsal, then the geography and the network, and the layer goes in the page. Nothing is shown
   * before the last; the steps of a setContent that another has replaced do nothing.
   */
  contentSteps(region: RegionAsset, view: LevelView | null, textScale: number, overviewZoom: number): Array<() => void> {
    this.region = region;
    this.view = view;
    this.textScale = textScale;
    this.cancelSoon();
    this.cancelBake();
    this.drop('overview');
    this.drop('detail');
    const world = view?.world ?? { x: -60, y: -60, w: region.width + 120, h: region.height + 120 };
    const frame = { rect: world, zoom: this.fitZoom(world, overviewZoom), dpr: this.dpr };
    const layer = this.newLayer(frame);
    const no = ++this.contentNo;
    const current = (step: () => void) => () => { if (no === this.contentNo) step(); };
    return [
      ...prepareGeographySteps(region),
      ...this.rehearseNames(region, view, frame, textScale).map(current),
      current(() => this.bakeGeography(layer)),
      current(() => this.bakeNetwork(layer)),
      current(() => {
        this.attach(layer, 0);
        this.overview = layer;
      }),
    ];
  }

  /**
   * The country, sea and place names measured on a scratch canvas, a few per step, and the
   * overlay's other faces met once. A canvas's first use of a typeface at a size is far slower
   * than the next (the face is set up, the words shaped), and the widths are kept
   * (textWidths.ts): done here, in short steps, the overlay's first drawing pays for neither.
   */
  private rehearseNames(region: RegionAsset, view: LevelView | null, frame: RasterFrame, textScale: number): Array<() => void> {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return [];
    const steps: Array<() => void> = [];
    for (let k = 0; k < COUNTRY_NAME_STEPS; k++) {
      steps.push(() => {
        const labels = countryLabels(region, frame, textScale);
        const per = Math.ceil(labels.length / COUNTRY_NAME_STEPS);
        countryLabelRequests(ctx, frame, labels.slice(k * per, (k + 1) * per));
      });
    }
    if (!view) return steps;
    for (let k = 0; k < PLACE_NAME_STEPS; k++) {
      steps.push(() => {
        const specs = nodeLabelSpecs(view, textScale);
        const per = Math.ceil(specs.length / PLACE_NAME_STEPS);
        nodeLabelWidths(ctx, specs.slice(k * per, (k + 1) * per));
      });
    }
    // One face to a step: a face's first use is the slow part.
    for (const [face, words] of overlayFaces(view, textScale)) steps.push(() => { textWidth(ctx, face, words); });
    return steps;
  }

  setOverlay(source: OverlaySource): void {
    this.cancelSoon();
    this.overlay = source;
    if (this.overview) this.compose(this.overview);
    if (this.detail) this.compose(this.detail);
  }

  /**
   * setOverlay in a task of its own, queued now to run right after the current one: a day's end
   * redraws the page's panels and the map's pieces in the key press's task, and the overlay's
   * drawing after it, so neither waits for the other to hold the page. Several calls before it
   * runs draw the last source once; a setOverlay meanwhile replaces it.
   */
  setOverlaySoon(source: OverlaySource): void {
    this.soon = source;
    if (this.soonQueued) return;
    this.soonQueued = true;
    this.nextTask(() => {
      this.soonQueued = false;
      const s = this.soon;
      this.soon = null;
      if (s) this.setOverlay(s);
    });
  }

  private cancelSoon(): void {
    this.soon = null;
  }

  private soon: OverlaySource | null = null;
  private soonQueued = false;
  private channel: MessageChannel | null = null;
  private readonly afterTask: Array<() => void> = [];

  /**
   * Run `f` in a task queued now. A message rather than a 0 ms timer: browsers clamp nested timers
   * to 4 ms and run messages ahead of them, so it comes straight after the current task.
   */
  private nextTask(f: () => void): void {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(f, 0);
      return;
    }
    if (!this.channel) {
      this.channel = new MessageChannel();
      this.channel.port1.onmessage = () => this.afterTask.shift()?.();
    }
    this.afterTask.push(f);
    this.channel.port2.postMessage(null);
  }

  private lastView: { v: View; vp: Viewport } | null = null;

  /** Follow the camera: CSS transforms only, called every frame the camera moved. */
  follow(v: View, vp: Viewport): void {
    this.lastView = { v, vp };
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
      this.cancelBake();
      if (this.detail) this.drop('detail');
      this.follow(v, vp);
      return;
    }
    const vis = visibleRect(v, vp);
    if (this.detail && Math.abs(this.detail.frame.zoom - v.zoom) < 1e-6 && contains(this.detail.frame.rect, vis)) return;
    const world = this.overview.frame.rect;
    // The view plus a margin around it, inside the world, within the canvas size limit.
    let margin = DETAIL_MARGIN;
    let rect = grow(vis, margin, world);
    while ((rect.w * v.zoom * this.dpr > MAX_SIDE || rect.h * v.zoom * this.dpr > MAX_SIDE) && margin > 0) {
      margin = Math.max(0, margin - 0.15);
      rect = grow(vis, margin, world);
    }
    const zoom = Math.min(v.zoom, MAX_SIDE / (rect.w * this.dpr), MAX_SIDE / (rect.h * this.dpr));
    this.bakeDetail({ rect, zoom, dpr: this.dpr }, v, vp);
  }

  destroy(): void {
    this.contentNo++;
    this.cancelSoon();
    this.channel?.port1.close();
    this.channel = null;
    this.afterTask.length = 0;
    this.cancelBake();
    this.drop('overview');
    this.drop('detail');
  }

  /** Bake a detail layer in steps, one task each; the old one stays until the new one is whole. */
  private bakeDetail(frame: RasterFrame, v: View, vp: Viewport): void {
    this.cancelBake();
    const layer = this.newLayer(frame);
    const steps = [
      () => this.bakeGeography(layer),
      () => this.bakeNetwork(layer),
      () => {
        this.drop('detail');
        this.attach(layer, 1);
        this.detail = layer;
        // Placed where the camera is now, which may have moved a little since the bake began.
        if (this.lastView) this.follow(this.lastView.v, this.lastView.vp);
        else this.follow(v, vp);
      },
    ];
    const job = { timer: null as ReturnType<typeof setTimeout> | null, cancelled: false };
    this.baking = job;
    const next = () => {
      job.timer = null;
      if (job.cancelled) return;
      steps.shift()?.();
      if (steps.length) job.timer = setTimeout(next, 0);
      else if (this.baking === job) this.baking = null;
    };
    job.timer = setTimeout(next, 0);
  }

  private cancelBake(): void {
    if (!this.baking) return;
    this.baking.cancelled = true;
    if (this.baking.timer !== null) clearTimeout(this.baking.timer);
    this.baking = null;
  }

  /** The zoom the overview is baked at, capped so the canvas stays within limits. */
  private fitZoom(world: Rect, zoom: number): number {
    return Math.max(0.2, Math.min(zoom, MAX_SIDE / (world.w * this.dpr), MAX_SIDE / (world.h * this.dpr)));
  }

  private newLayer(frame: RasterFrame): Layer {
    const { w, h } = canvasSize(frame);
    const base = document.createElement('canvas');
    base.width = w;
    base.height = h;
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    canvas.setAttribute('aria-hidden', 'true');
    // Opaque: the sea covers every pixel, and a layer the compositor knows to be opaque is copied
    // rather than blended, and hides what lies under it. With SwiftShader standing in for the GPU
    // that is ~4 ms less CPU a panning frame (the blend was most of what the moving map cost).
    // The first getContext call fixes the context's options, so it is made here.
    canvas.getContext('2d', { alpha: false });
    return { frame, canvas, base, transform: '', shown: true, drawn: '' };
  }

  private bakeGeography(layer: Layer): void {
    const bctx = layer.base.getContext('2d');
    if (!bctx || !this.region) return;
    applyFrame(bctx, layer.frame);
    drawGeography(bctx, this.region, layer.frame, this.textScale);
  }

  private bakeNetwork(layer: Layer): void {
    const bctx = layer.base.getContext('2d');
    if (!bctx || !this.view) return;
    applyFrame(bctx, layer.frame);
    drawNetwork(bctx, this.view, layer.frame);
  }

  /** Put a baked layer in the page (z 0: the overview, 1: the detail) with its overlay drawn. */
  private attach(layer: Layer, z: number): void {
    const { w, h } = canvasSize(layer.frame);
    layer.canvas.style.cssText = `position:absolute;left:0;top:0;width:${w / layer.frame.dpr}px;height:${h / layer.frame.dpr}px;transform-origin:0 0;pointer-events:none;will-change:transform;z-index:${z}`;
    this.compose(layer);
    this.host.insertBefore(layer.canvas, this.host.children[z] ?? null);
  }

  /** Draw the overlay on a layer, unless it would draw the same again or nobody can see it. */
  private compose(layer: Layer): void {
    if (!layer.shown) {
      layer.drawn = null; // redrawn when it shows again
      return;
    }
    const input = this.overlay(layer.frame);
    const drawn = input ? overlayKey(input) : 'none';
    if (drawn === layer.drawn) return;
    const ctx = layer.canvas.getContext('2d');
    if (!ctx) return;
    layer.drawn = drawn;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    // An opaque canvas clears to black: the deep sea behind the bake instead, so a canvas pixel the
    // geography's sea only partly covers (the last row and column) blends into the sea.
    ctx.fillStyle = COLORS.seaDeep;
    ctx.fillRect(0, 0, layer.canvas.width, layer.canvas.height);
    ctx.drawImage(layer.base, 0, 0);
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
    if (shown && layer.drawn === null) this.compose(layer);
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

/**
 * Everything an overlay is drawn from, as text: equal keys draw equal pixels. The region and the
 * level view are fixed for a layer's life (a new level or text size bakes new layers), and the
 * language is fixed for a map's life (a new language starts a new map).
 */
function overlayKey(input: OverlayInput): string {
  return JSON.stringify([input.model, input.pieces, input.textScale, input.view ? 1 : 0]);
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
