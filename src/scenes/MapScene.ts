/**
 * The map: the baked region (DOM canvases under Phaser, see raster/mapRaster.ts), the pieces on
 * top, the camera and the player's pointer and keys. It reads the store and changes it only
 * through the actions (select, prepare, notify, and the two fields the map owns: hover, and
 * clearing ui.focus once served). Redraws happen when the slice they depend on changes (the game
 * state, the selection, the prepared order, the settings), never every frame.
 */
import * as Phaser from 'phaser';
import type { Actions } from '../store/actions';
import type { GameStore, StoreState } from '../store/gameStore';
import type { RegionAsset } from '../map/regionTypes';
import { REGION_KEY } from './BootScene';
import { flipOutcomes, glideMoved, positionsOf } from './dayMotion';
import { EventFlips } from './eventFlips';
import { listenMapKeys } from './input/mapKeys';
import type { MapKey } from './input/keyPolicy';
import { listenPointer } from './input/mapPointer';
import { dropOrder, dropStack, orderToNode } from './input/mapOrder';
import { UnitDrag } from './input/unitDrag';
import { dropNode, grabbable } from './input/dropTarget';
import { listenListDrops } from './input/listDrop';
import { installMapProbe, probeWanted } from './mapProbe';
import { clampView, screenToWorld, worldToScreen, type View } from './layout/camera';
import { rectContains } from './layout/geometry';
import { buildLevelView, type LevelView } from './layout/levelView';
import { openingBox } from './layout/opening';
import { overlayModel, type OverlayModel } from './layout/overlayModel';
import { pickAt, type Target } from './layout/pick';
import { fanBounds, layoutPieces, type PieceLayout } from './layout/pieceLayout';
import { pieceModel, type PieceModel } from './layout/pieceModel';
import { worldRect } from './layout/world';
import { shownTextScale } from '../store/settings';
import { MapCamera } from './mapCamera';
import { STACK_OPEN_MS, StackOpening } from './stackOpening';
import { Motion } from './pieces/motion';
import { PieceLayer } from './pieces/pieceLayer';
import { atlasOf } from './pieces/chipTextures';
import { MapRaster, type OverlaySource } from './raster/mapRaster';
import { runInSlices } from '../schedule/slices';
import { pieceScale } from './layout/pieceSizes';
import { dropQuadTint } from './quadTint';
import { drawOnChange, type DrawOnChange } from './redraw/drawOnChange';
import { measureFromVisibleBox } from './redraw/visibleBounds';

/**
 * Milliseconds of the first map's steps to a task. Below the schedule's default: the longest
 * steps (the overlay, a picture with its symbol) take ~20 ms on the bench's slowed phone, and a
 * task runs one more step once its budget is spent, so the budget plus one such step stays
 * under ~35 ms, clear of a long task's 50.
 */
const START_BUDGET_MS = 15;

/** The steps the first map's piece pictures are drawn in (MapScene.drawPictures). */
const PICTURE_STEPS = 16;

export interface MapDeps {
  store: GameStore;
  actions: Actions;
  /** the element the baked map canvases go in (under Phaser's canvas) */
  rasterHost: HTMLElement;
  /** the map's own element: the event cards go over it, as DOM */
  overlayHost: HTMLElement;
  reducedMotion: boolean;
  /** the pan benchmark drives the camera itself */
  benchPan: boolean;
  /** CSS pixels Phaser's canvas overhangs the map's box on each side (redraw/drawOnChange.ts) */
  canvasMargin: number;
  onReady(): void;
}

export class MapScene extends Phaser.Scene {
  private readonly deps: MapDeps;
  private region!: RegionAsset;
  private raster!: MapRaster;
  private pieces!: PieceLayer;
  private motion!: Motion;
  private flips!: EventFlips;
  private camera!: MapCamera;
  private level: LevelView | null = null;
  private model: PieceModel | null = null;
  private overlay: OverlayModel | null = null;
  private layout: PieceLayout = { pieces: [], covers: [] };
  private dragging = false;
  private hover: Target | null = null;
  /** the node whose stack the pointer has opened, -1 for none */
  private hoverNode = -1;
  private keys: { held: Set<MapKey>; dispose(): void } | null = null;
  private readonly cleanup: Array<() => void> = [];
  private benchHome: View | null = null;
  private readonly opening = new StackOpening();
  /** counts level loads: the steps of a load another one replaced do nothing */
  private loadNo = 0;
  /** the first map is being built in steps (loadLevelInSteps) */
  private starting = false;
  private readySent = false;
  private redraw: DrawOnChange | null = null;

  constructor(deps: MapDeps) {
    super('Map');
    this.deps = deps;
  }

  create(): void {
    const { store } = this.deps;
    dropQuadTint(this.game.renderer);
    this.region = this.cache.json.get(REGION_KEY) as RegionAsset;
    this.raster = new MapRaster(this.deps.rasterHost, window.devicePixelRatio || 1);
    this.pieces = new PieceLayer(this);
    this.motion = new Motion(this);
    this.flips = new EventFlips(this.deps.overlayHost);
    this.camera = new MapCamera(this, this.raster, worldRect(this.region), this.visibleSize(this.scale.width, this.scale.height), () => this.relayout());
    // Phaser draws only frames that show something new, and a pan slides the last drawing.
    const redraw = drawOnChange(this.game, { scene: this, margin: this.deps.canvasMargin, dpr: () => window.devicePixelRatio || 1 });
    this.redraw = redraw;
    this.cleanup.push(() => { redraw.dispose(); this.redraw = null; });
    this.cleanup.push(measureFromVisibleBox(this.scale as unknown as Parameters<typeof measureFromVisibleBox>[0], this.deps.overlayHost));

    this.cleanup.push(store.subscribe((s, prev) => this.onStore(s, prev)));
    const unitDrag = this.createUnitDrag();
    if (probeWanted(location.search)) this.cleanup.push(installMapProbe(this.probe()));
    this.cleanup.push(() => unitDrag.destroy());
    this.cleanup.push(listenListDrops(this.game.canvas, this.deps.overlayHost, store, unitDrag));
    this.cleanup.push(listenPointer(this, {
      unit: unitDrag,
      pan: (dx, dy) => this.camera.pan(dx, dy),
      zoomAt: (sx, sy, k) => this.camera.zoomAt(sx, sy, k),
      click: (sx, sy) => this.onClick(sx, sy),
      order: (sx, sy, air) => this.onOrder(sx, sy, air),
      hover: (sx, sy, px, py) => this.onHover(sx, sy, px, py),
      leave: () => this.setHover(null, 0, 0),
      anyPress: () => { this.motion.finishAll(); this.flips.skip(); },
      dragging: (on) => { this.dragging = on; },
    }));
    this.keys = listenMapKeys({
      isModal: () => store.getState().ui.modal,
      press: (k) => this.camera.key(k, this.level ? openingBox(this.level) : this.camera.world),
      anyKey: () => { this.motion.finishAll(); this.flips.skip(); },
    });
    this.cleanup.push(() => this.keys?.dispose());
    const onResize = (size: Phaser.Structs.Size) => this.onResize(size.width, size.height);
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.cleanup.push(() => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));

    // Unsubscribe from the store and the window when the scene or the game goes away.
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.dispose());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.dispose());

    this.loadLevelInSteps();
  }

  override update(time: number, delta: number): void {
    this.camera.tick(time, delta, this.keys?.held ?? new Set(), this.dragging, this.deps.benchPan ? this.benchHome : null);
  }

  /**
   * Let go of the store, the window and the DOM layers. Idempotent. mountMap's destroy() calls it
   * at once, because Phaser destroys a game only on its next frame, which a hidden page may never
   * run.
   */
  dispose(): void {
    this.loadNo++;
    for (const f of this.cleanup.splice(0)) f();
    this.motion?.finishAll();
    this.flips?.dispose();
    this.pieces?.destroy();
    this.raster?.destroy();
    this.storeHover(null);
  }

  /** The map's box changed size: fit the opening view again unless the player has moved. */
  private onResize(w: number, h: number): void {
    this.camera.resize(this.visibleSize(w, h));
    if (!this.camera.moved && this.level && !this.deps.benchPan) {
      const opening = this.camera.fitting(openingBox(this.level));
      this.benchHome = opening;
      this.camera.jump(opening);
    }
  }

  /** The map's visible box, from the size of Phaser's canvas, which overhangs it on every side. */
  private visibleSize(w: number, h: number): { w: number; h: number } {
    const m = 2 * this.deps.canvasMargin;
    return { w: Math.max(1, w - m), h: Math.max(1, h - m) };
  }

  // ---- store -------------------------------------------------------------------------------

  private onStore(s: StoreState, prev: StoreState): void {
    // While the first map is built in steps, its last steps draw the store as it is by then.
    if (this.starting && s.session?.level === this.level?.level) return;
    if (s.session?.level !== this.level?.level) {
      this.loadLevel(s, false);
      return;
    }
    if (shownTextScale(s.settings) !== shownTextScale(prev.settings)) {
      // Bigger text: bake again, keep the camera where the player left it.
      this.loadLevel(s, true);
      return;
    }
    const stateChanged = s.session?.state !== prev.session?.state;
    if (s.ui.selection !== prev.ui.selection) this.closeLater();
    if (stateChanged || s.ui.selection !== prev.ui.selection || s.ui.pending !== prev.ui.pending || s.settings.showIntel !== prev.settings.showIntel) {
      const before = stateChanged ? positionsOf(this.layout) : null;
      this.rebuild(s);
      if (before && !this.reducedMotion()) {
        this.motion.finishAll();
        glideMoved(this.motion, this.pieces, before, this.layout, prev, s, this.camera.view.zoom);
      }
      // The cards show with reduced motion too, already turned and still (moments.css).
      if (stateChanged && s.session?.lastDay !== prev.session?.lastDay && this.level && this.overlay) {
        this.flips.finishAll();
        const { view, vp } = this.camera;
        flipOutcomes(this.flips, this.level, this.overlay.axes, s, view.zoom, (x, y) => worldToScreen(view, vp, x, y));
      }
    }
    if (s.ui.focus && s.ui.focus !== prev.ui.focus) this.onFocus(s);
  }

  /** A new level (or the first one, or none): bake the map for it and open on its view. */
  private loadLevel(s: StoreState, keepView: boolean): void {
    for (const step of this.levelSteps(s, keepView)) step();
  }

  /**
   * The first map, built over several tasks, one step each (the region's paths, the geography,
   * the network, the overlay, the pieces), rather than all in create(): on a phone's slower CPU
   * the whole start in one task held the page for most of a second. The map says it is ready
   * after the frame that draws the last step.
   */
  private loadLevelInSteps(): void {
    const steps = this.levelSteps(this.deps.store.getState(), false);
    this.starting = true;
    // Nothing of the map shows until all of it can: no frame of a bare, misplaced layer.
    this.deps.rasterHost.style.visibility = 'hidden';
    // WebGL compiles a shader program the first time something is drawn with it, and waits for
    // it in that frame: a pixel of each kind the pieces use, drawn off the canvas meanwhile, has
    // the programs compiled in frames of their own rather than in the frame that shows the map.
    const warm: Phaser.GameObjects.GameObject[] = [
      this.add.image(-64, -64, '__WHITE'),
      this.add.graphics().fillStyle(0xffffff, 1).fillRect(-64, -64, 2, 2).lineStyle(1, 0xffffff, 1).strokeRect(-64, -64, 4, 4),
    ];
    const no = this.loadNo;
    const done = () => { for (const w of warm.splice(0)) w.destroy(); };
    // Several short steps to a task, within a time budget measured where they run (a phone's
    // slower CPU takes fewer per task); a load that another replaced, or a scene that stopped,
    // drops the rest.
    const cancel = runInSlices(steps.map((step) => () => {
      if (no === this.loadNo && this.sys.isActive()) step();
      else stop();
    }), { onDone: done, budgetMs: START_BUDGET_MS });
    const stop = () => { cancel(); done(); };
    // The scene going away takes its game objects with it: only the steps need stopping.
    this.cleanup.push(cancel);
  }

  /**
   * loadLevel as steps run in order. The camera and the level's view are set at once; each step
   * reads the store afresh, so a change meanwhile is drawn by the step that comes after it.
   */
  private levelSteps(s: StoreState, keepView: boolean): Array<() => void> {
    const no = ++this.loadNo;
    this.starting = false;
    this.deps.rasterHost.style.visibility = '';
    const level = s.session?.level ?? null;
    this.level = level ? buildLevelView(level, this.region) : null;
    this.model = null;
    this.overlay = null;
    this.camera.world = this.level?.world ?? worldRect(this.region);
    const opening = this.camera.fitting(this.level ? openingBox(this.level) : this.camera.world);
    this.benchHome = opening;
    const view = keepView ? this.camera.view : opening;
    const textScale = shownTextScale(s.settings);
    // The overview is baked at the opening zoom: the view the player sees first is pixel-exact.
    // Presentation mode draws the map's words larger too (a projector).
    const bake = this.raster.contentSteps(this.region, this.level, textScale, opening.zoom);
    const current = (step: () => void) => () => { if (no === this.loadNo) step(); };
    const now = () => this.deps.store.getState();
    let built = s;
    let source: OverlaySource | null = null;
    let pieces: PieceModel | undefined;
    return [
      ...bake,
      current(() => {
        this.pieces.setTextScale(textScale);
        built = now();
        pieces = this.pieceModelFor(built);
      }),
      current(() => { source = this.modelsFor(built, pieces); }),
      // The pieces' atlas page opened, then their pictures drawn onto it a few at a time.
      current(() => atlasOf(this).openAhead()),
      ...Array.from({ length: PICTURE_STEPS }, (_, k) => current(() => this.drawPictures(k, PICTURE_STEPS, opening.zoom))),
      current(() => {
        if (this.level && this.model && this.overlay) layoutPieces(this.level, this.model, this.overlay.axes, opening.zoom, this.sizes(), new Set(), textScale);
      }),
      current(() => this.raster.setOverlay(source!)),
      current(() => {
        this.starting = false;
        this.deps.rasterHost.style.visibility = '';
        const latest = now();
        // What changed while the steps ran (the store's changes were left to them) is drawn now.
        if (shownTextScale(latest.settings) !== textScale) {
          this.loadLevel(latest, true);
        } else if (latest.session?.state !== built.session?.state || latest.ui.selection !== built.ui.selection || latest.ui.pending !== built.ui.pending || latest.settings.showIntel !== built.settings.showIntel) {
          this.rebuild(latest);
        } else {
          this.relayout();
        }
        // The map's box may have changed size meanwhile (onResize): open on today's fit.
        const level = this.level;
        this.camera.jump(keepView || !level ? view : this.camera.fitting(openingBox(level)));
        if (latest.ui.focus) this.onFocus(latest);
        // The first map drawn whole: the page hears it is ready after the frame that shows it.
        if (!this.readySent) {
          this.readySent = true;
          this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.deps.onReady());
        }
      }),
    ];
  }

  /**
   * Part `k` of `parts` of the pictures the pieces of the current model need at this zoom, drawn
   * now so that laying the pieces out, the step after, finds them made.
   */
  private drawPictures(k: number, parts: number, zoom: number): void {
    const model = this.model;
    if (!model) return;
    const scale = pieceScale(zoom);
    const sizes = this.sizes();
    const work: Array<() => void> = [
      ...model.stacks.map((st) => () => { sizes.stack(st, scale); }),
      ...model.moving.map((m) => () => { sizes.chip(m, scale); }),
      ...[...model.events.values()].flat().map((e) => () => { sizes.event(e); }),
    ];
    const per = Math.ceil(work.length / parts);
    for (const w of work.slice(k * per, (k + 1) * per)) w();
  }

  /**
   * The game state, the selection or the prepared order changed: new pieces now, the new overlay
   * in a task of its own straight after (the store's change, an End day, already runs every
   * view's redraw in its task; the overlay's drawing need not lengthen it).
   */
  private rebuild(s: StoreState): void {
    this.raster.setOverlaySoon(this.modelsFor(s));
    this.relayout();
  }

  /** The pieces' and the overlay's models for this store state, and the baked layers' source. */
  private modelsFor(s: StoreState, made?: PieceModel): OverlaySource {
    const g = s.session;
    const view = this.level;
    const region = this.region;
    const textScale = shownTextScale(s.settings);
    if (!g || !view) {
      this.model = null;
      this.overlay = null;
      return () => ({ region, view: null, model: null, pieces: [], textScale });
    }
    const sel = s.ui.selection;
    const model = made ?? pieceModel(view, g.state, sel?.kind === 'formation' ? sel.id : null, s.settings.showIntel);
    const overlay = overlayModel(view, g.state, model.spots, sel, s.ui.pending, textScale);
    this.model = model;
    this.overlay = overlay;
    // Each baked layer asks for the pieces at its own zoom, so its names keep clear of them.
    return (frame) => ({ region, view, model: overlay, pieces: layoutPieces(view, model, overlay.axes, frame.zoom, this.sizes(), new Set(), textScale).covers, textScale });
  }

  /** The pieces' model alone (modelsFor makes it too, unless given it): a step of its own at the map's start. */
  private pieceModelFor(s: StoreState): PieceModel | undefined {
    const g = s.session;
    if (!g || !this.level) return undefined;
    const sel = s.ui.selection;
    return pieceModel(this.level, g.state, sel?.kind === 'formation' ? sel.id : null, s.settings.showIntel);
  }

  private sizes() {
    return { stack: this.pieces.stackSize, chip: this.pieces.chipSize, event: this.pieces.eventSize };
  }

  /**
   * Nodes whose stacks are open: the hovered one, and for a few seconds the one the selection
   * went into (stackOpening.ts).
   */
  private expanded(): Set<number> {
    const out = new Set<number>();
    const sel = this.deps.store.getState().ui.selection;
    let selected = -1;
    for (const st of this.model?.stacks ?? []) {
      if (sel?.kind === 'formation' && st.formations.some((f) => f.id === sel.id)) selected = st.node;
      if (sel?.kind === 'node' && st.nodeId === sel.id) selected = st.node;
    }
    const now = this.time.now;
    this.opening.select(selected, now);
    if (this.opening.shows(selected, now)) out.add(selected);
    if (this.hoverNode >= 0) out.add(this.hoverNode);
    return out;
  }

  /** The selection moved: lay out again once its stack's open time is over, so it closes. */
  private closeLater(): void {
    this.time.delayedCall(STACK_OPEN_MS + 30, () => this.relayout());
  }

  /** Place the pieces for the current zoom, selection and hover. */
  private relayout(): void {
    const zoom = this.camera.view.zoom;
    if (!this.level || !this.model || !this.overlay) {
      this.layout = { pieces: [], covers: [] };
      this.pieces.render([], zoom, null, null);
      return;
    }
    this.layout = layoutPieces(this.level, this.model, this.overlay.axes, zoom, this.sizes(), this.expanded(), this.deps.store.getState().settings.textScale);
    const hoverKey = this.hover && 'piece' in this.hover ? this.hover.piece.key : null;
    this.pieces.render(this.layout.pieces, zoom, this.deps.store.getState().ui.selection, hoverKey);
  }

  private reducedMotion(): boolean {
    return this.deps.reducedMotion || this.deps.store.getState().settings.reducedMotion;
  }

  /** ui.focus asks to centre a node (e.g. "Show on map" in the DOM): go there, then clear it. */
  private onFocus(s: StoreState): void {
    const f = s.ui.focus;
    if (!f) return;
    const n = this.level?.nodes.find((x) => x.id === f.node);
    if (n) {
      const v = this.camera.view;
      this.camera.flyTo(clampView({ cx: n.x, cy: n.y, zoom: Math.max(v.zoom, 1) }, this.camera.world, this.camera.vp), this.reducedMotion());
    }
    // Served: clear the request, unless a newer one came in meanwhile.
    this.deps.actions.focusServed(f.seq);
  }

  // ---- pointer -----------------------------------------------------------------------------

  /** Page pixels of a world point, or null off the canvas (the `?probe=map` tool hook, mapProbe.ts). */
  private toPage(x: number, y: number): [number, number] | null {
    const [sx, sy] = worldToScreen(this.camera.view, this.camera.vp, x, y);
    if (sx < 0 || sy < 0 || sx > this.camera.vp.w || sy > this.camera.vp.h) return null;
    const r = this.deps.overlayHost.getBoundingClientRect();
    return [Math.round(r.left + sx), Math.round(r.top + sy)];
  }

  private probe() {
    /** A point on the page as a point on the map's canvas. */
    const onCanvas = (x: number, y: number): [number, number] => {
      const r = this.deps.overlayHost.getBoundingClientRect();
      return [x - r.left, y - r.top];
    };
    return {
      node: (id: string) => {
        const n = this.level?.nodes.find((x) => x.id === id);
        return n ? this.toPage(n.x, n.y) : null;
      },
      unit: (id: string) => {
        const p = this.layout.pieces.find((q) => q.kind === 'chip' && q.id === id)
          ?? this.layout.pieces.find((q) => q.kind === 'stack' && q.stack?.formations.some((f) => f.id === id));
        const at = p ? this.toPage(p.x, p.y) : null;
        return p && at ? { x: at[0], y: at[1], kind: p.kind as 'chip' | 'stack', top: p.id === id } : null;
      },
      axis: (id: string) => {
        const a = this.overlay?.axes.find((x) => x.id === id);
        return a ? this.toPage(a.geometry.tail[0], a.geometry.tail[1]) : null;
      },
      selectsAt: (x: number, y: number) => {
        const t = this.targetAt(...onCanvas(x, y));
        return t ? `${t.kind}:${t.id}` : null;
      },
      grabAt: (x: number, y: number) => grabbable(this.targetAt(...onCanvas(x, y))),
      frames: () => this.redraw?.counts() ?? { drawn: 0, skipped: 0 },
      canvasShift: () => this.game.canvas.style.transform,
      drawAgain: () => this.redraw?.invalidate(),
      dropAt: (x: number, y: number) => {
        const [sx, sy] = onCanvas(x, y);
        const [wx, wy] = screenToWorld(this.camera.view, this.camera.vp, sx, sy);
        const ni = this.level ? dropNode(this.level, this.targetAt(sx, sy), wx, wy, this.camera.view.zoom) : null;
        return ni === null ? null : this.level!.nodes[ni]!.id;
      },
    };
  }

  /** Drag a unit onto a place to move it there (Shift: airlift; Ctrl: its whole stack): input/unitDrag.ts. */
  private createUnitDrag(): UnitDrag {
    return new UnitDrag(this, {
      view: () => this.level,
      session: () => this.deps.store.getState().session,
      pick: (sx, sy) => this.targetAt(sx, sy),
      toWorld: (sx, sy) => screenToWorld(this.camera.view, this.camera.vp, sx, sy),
      zoom: () => this.camera.view.zoom,
      order: (formation, node, airlift) => {
        if (this.level) dropOrder(this.deps.actions, this.level.level, formation, node, airlift);
      },
      orderStack: (from, node, airlift) => {
        const g = this.deps.store.getState().session;
        if (g) dropStack(this.deps.actions, g, from, node, airlift);
      },
    });
  }

  private targetAt(sx: number, sy: number): Target | null {
    const v = this.camera.view;
    const [wx, wy] = screenToWorld(v, this.camera.vp, sx, sy);
    return pickAt(this.level, this.layout.pieces, this.overlay?.axes ?? [], wx, wy, v.zoom);
  }

  private onClick(sx: number, sy: number): void {
    const t = this.targetAt(sx, sy);
    this.deps.actions.select(t ? { kind: t.kind, id: t.id } : null);
  }

  /** Right click on a node (or on a piece parked at one) with a formation selected. */
  private onOrder(sx: number, sy: number, airlift: boolean): void {
    const sel = this.deps.store.getState().ui.selection;
    if (sel?.kind !== 'formation' || !this.level) return;
    const t = this.targetAt(sx, sy);
    let node: string | null = null;
    if (t?.kind === 'node') node = t.id;
    else if (t && 'piece' in t && t.piece.node >= 0) node = this.level.nodes[t.piece.node]!.id;
    if (!node) return;
    orderToNode(this.deps.store, this.deps.actions, this.level.level, node, airlift);
  }

  private onHover(sx: number, sy: number, pageX: number, pageY: number): void {
    let t = this.targetAt(sx, sy);
    // Keep an open stack open while the pointer is anywhere over its chips, gaps included.
    if (this.hoverNode >= 0 && (!t || t.kind === 'node' || t.kind === 'axis')) {
      const v = this.camera.view;
      const [wx, wy] = screenToWorld(v, this.camera.vp, sx, sy);
      const fan = fanBounds(this.layout.pieces, this.hoverNode, v.zoom);
      if (fan && rectContains(fan, wx, wy)) t = this.hover;
    }
    this.setHover(t, pageX, pageY);
  }

  private setHover(t: Target | null, pageX: number, pageY: number): void {
    const key = (x: Target | null) => (x ? `${x.kind}:${x.id}:${'piece' in x ? x.piece.key : ''}` : '');
    if (key(t) === key(this.hover)) return;
    this.hover = t;
    this.hoverNode = t && 'piece' in t && (t.piece.kind === 'stack' || t.piece.kind === 'chip') ? t.piece.node : -1;
    this.relayout();
    if (!t) {
      this.storeHover(null);
      return;
    }
    // A piece's card is anchored at its top right corner: steady while the pointer moves on it.
    let x = pageX;
    let y = pageY;
    if ('piece' in t) {
      const p = this.layout.pieces.find((q) => q.key === t.piece.key) ?? t.piece;
      const [sx, sy] = worldToScreen(this.camera.view, this.camera.vp, p.x, p.y);
      const r = this.deps.overlayHost.getBoundingClientRect();
      x = r.left + window.scrollX + sx + p.w / 2;
      y = r.top + window.scrollY + sy - p.h / 2;
    }
    this.storeHover({ kind: t.kind, id: t.id, x: Math.round(x), y: Math.round(y) });
  }

  /** ui.hover is the map's to write: what the pointer is over, for the DOM's tooltip. */
  private storeHover(h: StoreState['ui']['hover']): void {
    const cur = this.deps.store.getState().ui.hover;
    if (cur === h || (cur && h && cur.kind === h.kind && cur.id === h.id && cur.x === h.x && cur.y === h.y)) return;
    this.deps.actions.hover(h);
  }
}
