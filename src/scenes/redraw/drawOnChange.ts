/**
 * Phaser draws the map's pieces only on frames where something they show changed. Phaser's loop
 * draws every frame, 60 a second, whether or not anything moved: on a software renderer that is
 * most of a core while the map sits still, and the page is composited again for every new picture.
 *
 * Each frame, after the scenes' update, this compares what the map scene shows (ShownRecord) and
 * where its camera is with the last drawing:
 * - nothing changed: nothing is drawn, the canvas keeps its picture;
 * - only the camera panned, by less than the canvas's margin: nothing is drawn either; the canvas is
 *   slid under the view by a CSS translate, which the compositor does (layout/canvasShift.ts);
 * - anything else (a piece moved, appeared or changed, a zoom, a resize, a longer pan, another
 *   scene running, a snapshot asked for, the context restored): Phaser draws as it always did, and
 *   the canvas goes back in its place.
 * The scenes' update, the game's step events and its PRE_RENDER / POST_RENDER events run every
 * frame as before; only the renderer's work is left out.
 *
 * A piece's picture is drawn on the atlas once per look and never redrawn in place
 * (pieces/spriteAtlas.ts), so a new picture always comes with a new frame name on a sprite, which
 * the record sees; a picture that changed under an unchanged frame name would not be drawn.
 */
import type * as Phaser from 'phaser';
import { canvasShift, type DrawnAt, type Shift } from '../layout/canvasShift';
import { ShownRecord, type ShownObject } from './shownRecord';

/** The parts of Phaser's renderer and scene manager wrapped here. */
interface Drawing {
  preRender(): void;
  postRender(): void;
  snapshotState?: { callback: unknown };
}
interface Scenes {
  render(renderer: unknown): void;
  isProcessing: boolean;
  getScenes(isActive?: boolean): Phaser.Scene[];
}

export interface DrawOnChangeOptions {
  /** the scene whose frames may be left undrawn; while any other scene runs, every frame is drawn */
  scene: Phaser.Scene;
  /** CSS pixels the canvas overhangs the map's box on each side */
  margin: number;
  /** device pixels per CSS pixel now (a slide is snapped to them) */
  dpr(): number;
}

export interface DrawOnChange {
  /** frames drawn and frames left undrawn since the start (the map probe gives them to the tests) */
  counts(): { drawn: number; skipped: number };
  /** draw the next frame whatever it shows */
  invalidate(): void;
  dispose(): void;
}

export function drawOnChange(game: Phaser.Game, opts: DrawOnChangeOptions): DrawOnChange {
  const renderer = game.renderer as unknown as Drawing;
  const scenes = game.scene as unknown as Scenes;
  const canvas = game.canvas;
  const { preRender, postRender } = renderer;
  const render = scenes.render;
  const record = new ShownRecord();
  const extra = [0, 0];
  let drawn: DrawnAt | null = null;
  let force = true;
  let drawing = true;
  let shown = '';
  let counts = { drawn: 0, skipped: 0 };

  const slide = (s: Shift) => {
    const t = s.x === 0 && s.y === 0 ? '' : `translate(${s.x}px, ${s.y}px)`;
    if (t !== shown) {
      canvas.style.transform = t;
      shown = t;
    }
  };

  const decide = (): boolean => {
    const scene = opts.scene;
    const others = scenes.getScenes(true).some((s) => s !== scene);
    const cam = scene.sys.isActive() ? scene.cameras.main : null;
    extra[0] = canvas.width;
    extra[1] = canvas.height;
    // Always recorded, so the next frame compares with this one.
    const changed = cam ? record.differs(scene.children.list as unknown as ShownObject[], extra) : true;
    const now: DrawnAt | null = cam ? { sx: cam.scrollX, sy: cam.scrollY, zoom: cam.zoom } : null;
    const wantsSnapshot = Boolean(renderer.snapshotState?.callback);
    if (!force && !changed && !others && !wantsSnapshot && now && drawn) {
      const s = canvasShift(drawn, now, opts.margin, opts.dpr());
      if (s) {
        slide(s);
        return false;
      }
    }
    force = false;
    drawn = now;
    slide({ x: 0, y: 0 });
    return true;
  };

  renderer.preRender = function (this: Drawing) {
    drawing = decide();
    if (drawing) {
      counts.drawn++;
      preRender.call(this);
    } else counts.skipped++;
  };
  scenes.render = function (this: Scenes, r: unknown) {
    if (drawing) render.call(this, r);
    // (The scene manager's render also ends its processing phase, which a left-out frame must too.)
    else this.isProcessing = false;
  };
  renderer.postRender = function (this: Drawing) {
    if (drawing) postRender.call(this);
  };
  const restored = () => { force = true; };
  canvas.addEventListener('webglcontextrestored', restored);

  return {
    counts: () => ({ ...counts }),
    invalidate: () => { force = true; },
    dispose: () => {
      renderer.preRender = preRender;
      renderer.postRender = postRender;
      scenes.render = render;
      canvas.removeEventListener('webglcontextrestored', restored);
      slide({ x: 0, y: 0 });
      counts = { drawn: 0, skipped: 0 };
    },
  };
}
