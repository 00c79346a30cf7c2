/**
 * The map's camera: one View (centre and zoom) applied to Phaser's camera and to the baked map
 * layers together, so the two never drift apart. Clamping and zooming are the pure helpers of
 * layout/camera.ts; this adds the frame-by-frame parts: keys held down, the benchmark's sweep, a
 * short flight to a node, and baking a sharper layer once the camera rests.
 */
import * as Phaser from 'phaser';
import { clampView, fitBox, panBy, sameView, zoomAt, type View, type Viewport } from './layout/camera';
import type { Rect } from './layout/geometry';
import type { MapKey } from './input/keyPolicy';
import type { MapRaster } from './raster/mapRaster';

/** Keys pan this many screen pixels per second. */
const KEY_PAN_SPEED = 700;
/** The camera must rest this long before a sharper map layer is baked. */
const SETTLE_MS = 180;
const FLY_MS = 260;

export class MapCamera {
  view: View = { cx: 1000, cy: 750, zoom: 0.5 };
  vp: Viewport;
  world: Rect;
  private applied: View | null = null;
  private lastMove = 0;
  private settlePending = true;
  private flight: Phaser.Tweens.Tween | null = null;
  private benchT = 0;
  /**
   * The player has panned, zoomed or flown the camera since the level opened. Until then a change
   * of the map's size (the page laying itself out, the side panel folded) fits the opening view
   * again, rather than keeping a zoom chosen for another size and cutting Ukraine off.
   */
  moved = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly raster: MapRaster,
    world: Rect,
    /** the map's visible box (Phaser's canvas overhangs it: MapScene.visibleSize) */
    vp: Viewport,
    /** called after the zoom changed: pieces keep their screen size and are laid out again */
    private readonly onZoom: () => void,
  ) {
    this.world = world;
    this.vp = vp;
  }

  set(v: View): void {
    this.view = clampView(v, this.world, this.vp);
    this.apply(false);
  }

  /** Go to a view at once and lay everything out for it (a new level, new text size). */
  jump(v: View): void {
    this.moved = false;
    this.view = clampView(v, this.world, this.vp);
    this.apply(true);
  }

  /** The view that shows `box` whole, e.g. the level's opening view. */
  fitting(box: Rect): View {
    return fitBox(box, this.world, this.vp);
  }

  pan(dx: number, dy: number): void {
    this.moved = true;
    this.set(panBy(this.view, this.vp, dx, dy, this.world));
  }

  zoomAt(sx: number, sy: number, factor: number): void {
    this.moved = true;
    this.set(zoomAt(this.view, this.vp, sx, sy, factor, this.world));
  }

  resize(vp: Viewport): void {
    this.vp = vp;
    this.set(this.view);
  }

  key(k: MapKey, home: Rect): void {
    if (k === 'zoomIn') this.zoomAt(this.vp.w / 2, this.vp.h / 2, 1.25);
    else if (k === 'zoomOut') this.zoomAt(this.vp.w / 2, this.vp.h / 2, 0.8);
    else if (k === 'reset') {
      this.set(this.fitting(home));
      this.moved = false;
    }
  }

  /** Fly to a view in a quarter of a second (or jump, with reduced motion). */
  flyTo(target: View, instant: boolean): void {
    this.moved = true;
    this.flight?.stop();
    if (instant) {
      this.set(target);
      return;
    }
    const from = this.view;
    const k = { t: 0 };
    this.flight = this.scene.tweens.add({
      targets: k, t: 1, duration: FLY_MS, ease: 'Sine.easeInOut',
      onUpdate: () => this.set({ cx: from.cx + (target.cx - from.cx) * k.t, cy: from.cy + (target.cy - from.cy) * k.t, zoom: from.zoom * Math.pow(target.zoom / from.zoom, k.t) }),
    });
  }

  apply(force: boolean): void {
    const v = this.view;
    if (!force && this.applied && sameView(this.applied, v)) return;
    const zoomed = !this.applied || Math.abs(this.applied.zoom - v.zoom) > 1e-9;
    const cam = this.scene.cameras.main;
    cam.setZoom(v.zoom);
    // Phaser zooms about its camera's centre, which is the visible box's (the canvas overhangs it
    // equally on every side): scroll is the centre less half the camera.
    cam.setScroll(v.cx - cam.width / 2, v.cy - cam.height / 2);
    this.raster.follow(v, this.vp);
    this.applied = v;
    this.lastMove = this.scene.time.now;
    this.settlePending = true;
    if (zoomed || force) this.onZoom();
  }

  /** Once a frame: held keys, the benchmark's sweep around `home`, and baking once at rest. */
  tick(time: number, delta: number, held: ReadonlySet<MapKey>, dragging: boolean, benchHome: View | null): void {
    if (held.size > 0) {
      const step = (KEY_PAN_SPEED * Math.min(delta, 50)) / 1000;
      const dx = (held.has('left') ? step : 0) - (held.has('right') ? step : 0);
      const dy = (held.has('up') ? step : 0) - (held.has('down') ? step : 0);
      if (dx || dy) this.pan(dx, dy);
    }
    if (benchHome) {
      // A slow Lissajous sweep around the level's view, as a player dragging the map would.
      this.benchT += delta / 1000;
      const ax = this.vp.w / benchHome.zoom / 3;
      const ay = this.vp.h / benchHome.zoom / 3;
      this.set({ cx: benchHome.cx + ax * Math.sin(this.benchT * 0.9), cy: benchHome.cy + ay * Math.sin(this.benchT * 0.63), zoom: benchHome.zoom });
      return;
    }
    if (this.settlePending && !dragging && time - this.lastMove > SETTLE_MS) {
      this.settlePending = false;
      this.raster.settle(this.view, this.vp);
    }
  }
}
