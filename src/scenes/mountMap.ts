/**
 * The map's one entry point for the page (loaded with import('./scenes/mountMap'), so Phaser
 * stays out of the first download). It builds the DOM layers, starts Phaser with the Boot and Map
 * scenes, and resolves once the first frame is drawn and input is live (container.dataset.mapReady).
 *
 *   container ─ div.guarantor-map (the map's visible box; it clips what overhangs it)
 *                 ├─ div (baked map canvases, pointer-events: none)
 *                 └─ div (Phaser's transparent canvas: pieces and input; CANVAS_MARGIN larger
 *                         than the box on every side, see redraw/drawOnChange.ts)
 *
 * `?bench=pan` shows the campaign with every formation placed and pans for ever; `?bench=empty`
 * runs an empty Phaser scene in a box of the same size, on the same renderer, as a plain Phaser
 * game (a canvas of the box's size, drawn every frame). Both record window.__benchFrames.
 */
import * as Phaser from 'phaser';
import type { Actions } from '../store/actions';
import type { GameStore } from '../store/gameStore';
import { startSession } from '../session/session';
import { BootScene } from './BootScene';
import { bootSystemsInTaskOfTheirOwn } from './bootInTasks';
import { EmptyScene } from './EmptyScene';
import { MapScene } from './MapScene';
import { recordFrames } from './benchFrames';
import { benchModeFrom, rendererFrom, type RendererChoice } from './benchMode';
import { gameConfig } from './gameConfig';
import { takeMapContext } from './mapContext';
import { documentListenerRecorder } from './documentListeners';
import { benchState } from './layout/benchState';
import { FACES, PLACE_NAME_SAMPLE } from '../assets/webFontFaces';
import { loadSymbolImages } from './pieces/symbolImages';
import { afterNextFrame } from '../schedule/afterFrame';

export interface MapOptions {
  renderer: RendererChoice;
  reducedMotion: boolean;
  /**
   * The page around the map is already laid out (the game was started from the title): Phaser
   * boots in the next task rather than after the browser's next frame (see the end of mountMap).
   */
  settled?: boolean;
}

const BENCH_LEVEL = 'forty-thousand';

/** The map bakes text into canvases: wait (briefly) for the page's typefaces first. */
function fontsReady(): Promise<void> {
  // The page switches its own text to them when they are here (src/ui/webFonts.ts, from boot).
  const fonts = document.fonts;
  if (!fonts?.load) return Promise.resolve();
  const all = Promise.all(FACES.map((f) => fonts.load(f, PLACE_NAME_SAMPLE))).then(() => undefined, () => undefined);
  return Promise.race([all, new Promise<void>((ok) => setTimeout(ok, 1200))]);
}

/** The pan benchmark's view-only state: every formation of the campaign, ready at the hubs. */
function installBenchState(store: GameStore, actions: Actions): void {
  const s = store.getState();
  const level = s.session?.level.id === BENCH_LEVEL ? s.session.level : s.levels.find((l) => l.id === BENCH_LEVEL) ?? s.session?.level;
  if (!level) return;
  const state = benchState(level);
  const base = s.session && s.session.level === level ? s.session : startSession(level, 'bench');
  actions.stageSession({ ...base, state, dayStart: state });
}

/**
 * CSS pixels Phaser's canvas overhangs the map's box on each side. While the camera only pans, the
 * page slides the last drawing of the pieces under the view instead of Phaser drawing each frame,
 * until the slide would bare the margin's edge. Larger means fewer drawings in a long pan, and more
 * pixels in each (the canvas is about 1.4 times the box at 64 on a 700 px map).
 */
const CANVAS_MARGIN = 64;

/** How long the map's start waits for the browser's next frame in a tab that draws none. */
const FRAME_WAIT_MS = 250;

function layer(z: number, pointer: boolean, overhang = 0): HTMLDivElement {
  const d = document.createElement('div');
  d.style.cssText = `position:absolute;inset:${-overhang}px;z-index:${z};${pointer ? '' : 'pointer-events:none;'}`;
  return d;
}

export function mountMap(container: HTMLElement, store: GameStore, actions: Actions, opts: MapOptions): Promise<{ destroy(): void }> {
  const search = typeof location === 'undefined' ? '' : location.search;
  const bench = benchModeFrom(search);
  const renderer = bench ? rendererFrom(search, opts.renderer) : opts.renderer;

  const root = document.createElement('div');
  root.className = 'guarantor-map';
  root.style.cssText = 'position:absolute;inset:0;overflow:hidden;touch-action:none;user-select:none;';
  const rasterHost = layer(0, false);
  // The empty benchmark scene keeps a canvas of the box's size, as a plain Phaser game has.
  const phaserHost = layer(1, true, bench === 'empty' ? 0 : CANVAS_MARGIN);
  root.append(rasterHost, phaserHost);
  // The layers are absolutely placed: the container must be their containing block.
  if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
  container.append(root);

  if (bench === 'pan') installBenchState(store, actions);
  const fonts = fontsReady();
  // The symbols load in short tasks of their own while Phaser boots; the Boot scene waits for them.
  void loadSymbolImages();

  return new Promise((resolve, reject) => {
    let game: Phaser.Game | null = null;
    /** takes off the document listeners Phaser adds in Game.start and never removes (documentListeners.ts) */
    const releases: Array<() => void> = [];
    const startGame = (r: RendererChoice): Phaser.Game => {
      // WebGL on the context the map makes (or made early) itself: mapContext.ts. Where there is
      // none, 'auto' draws on the Canvas renderer, and 'webgl' fails (and falls back, below).
      const gl = r === 'canvas' ? null : takeMapContext(document, { width: phaserHost.clientWidth, height: phaserHost.clientHeight });
      if (r === 'webgl' && !gl) throw new Error('no WebGL context could be created');
      const recorder = documentListenerRecorder();
      releases.push(recorder.release);
      return new Phaser.Game({ ...gameConfig(phaserHost, r, scenes, gl), callbacks: { preBoot: bootSystemsInTaskOfTheirOwn, postBoot: () => recorder.start() } });
    };
    let stopFrames: (() => void) | null = null;
    let done = false;
    const map = bench === 'empty' ? null : new MapScene({ store, actions, rasterHost, overlayHost: root, reducedMotion: opts.reducedMotion, benchPan: bench === 'pan', canvasMargin: CANVAS_MARGIN, onReady: () => ready() });
    const destroy = () => {
      stopFrames?.();
      stopFrames = null;
      map?.dispose();
      game?.destroy(true);
      game = null;
      for (const release of releases.splice(0)) release();
      root.remove();
      delete container.dataset.mapReady;
    };
    const handle = { destroy };
    const ready = () => {
      if (done) return;
      done = true;
      container.dataset.mapReady = '1';
      resolve(handle);
    };
    const fail = (e: Error) => {
      if (done) return;
      done = true;
      destroy();
      reject(e);
    };
    const scenes: Phaser.Scene[] = map ? [new BootScene('Map', fail, fonts), map] : [new EmptyScene(ready)];
    const boot = () => {
      if (done) return;
      try {
        game = startGame(renderer);
      } catch (e) {
        // No WebGL here (an old GPU, a locked-down browser): play on the Canvas renderer rather than
        // lose the map. A benchmark must measure what it asked for, so it does not fall back.
        if (renderer !== 'canvas' && !bench) {
          console.warn('The map falls back to the Canvas renderer:', e);
          try {
            game = startGame('canvas');
          } catch (e2) {
            fail(e2 instanceof Error ? e2 : new Error(String(e2)));
            return;
          }
        } else {
          fail(e instanceof Error ? e : new Error(String(e)));
          return;
        }
      }
      if (bench) stopFrames = recordFrames(game);
    };
    // The map's layers (and the page's web fonts, just switched on) are styled and laid out in the
    // browser's next rendering step, not inside Phaser's boot, whose scale and input managers
    // read the page's layout: there it made one long task of both. A page already laid out (the
    // title, clicked) has only the map's two layers to lay out, and a frame there can be a long
    // wait while the browser draws the game screen just shown (measured: 250 ms and more of a
    // click's way to the map spent waiting for it, on software WebGL).
    if (opts.settled) setTimeout(boot, 0);
    else afterNextFrame(boot, { fallbackMs: FRAME_WAIT_MS });
  });
}
