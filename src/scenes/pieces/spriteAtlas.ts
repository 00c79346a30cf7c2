/**
 * Every picture the map draws for itself (formation chips, stacks, threat markers, verdict flashes)
 * lives on a few large atlas pages, each one Phaser texture with a frame per picture. Why:
 * - no GPU read-back: a page is a CPU canvas (willReadFrequently) given to Phaser as a plain image
 *   source, never a CanvasTexture, whose getImageData on a GPU canvas made the browser finish
 *   drawing everything queued first, the large baked map included (measured: 0.6-1.3 s of a map's
 *   start and about 170 ms of every End day); reading a CPU canvas is a copy in memory;
 * - one texture for all pieces: the WebGL renderer compiles a shader per number of textures in a
 *   batch, so a new small texture per look compiled a new shader when a day brought a new look
 *   (150 ms in software WebGL), and drew the pieces in more batches.
 * Pictures are packed on shelves with a gap and drawn once; in WebGL only the new pictures'
 * rectangles are sent to the GPU (texSubImage2D), once per frame in which some were added: sending
 * the whole page again cost 170 ms a day in software WebGL. A full page opens the next one.
 */
import * as Phaser from 'phaser';

const PAGE = 512;
/**
 * Once the last page is filled this far down, the next one is opened ahead, in a task of its own:
 * opening a page (a canvas and a texture sent whole to the GPU) took ~15 ms of the End day that
 * brought a new look onto a full page.
 */
const SPARE_AT = 0.7;
/** Empty pixels around each picture, so filtering never samples a neighbour. */
const GAP = 2;

export interface AtlasFrame {
  /** the page's texture key */
  texture: string;
  /** the frame on that page */
  frame: string;
  w: number;
  h: number;
}

interface Page {
  key: string;
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  texture: Phaser.Textures.Texture;
  shelfY: number;
  shelfH: number;
  x: number;
  /** rectangles drawn since the last upload */
  fresh: Array<{ x: number; y: number; w: number; h: number }>;
}

/** The parts of Phaser's WebGL renderer a partial upload goes through, so its state cache stays true. */
interface GlRenderer {
  gl: WebGLRenderingContext;
  glTextureUnits: { bind(texture: unknown, unit: number): void };
  glWrapper: { updateTexturing(state: { texturing: { flipY: boolean; premultiplyAlpha: boolean } }): void };
}
interface GlTexture { flipY: boolean; pma: boolean }

export class SpriteAtlas {
  private readonly scene: Phaser.Scene;
  private readonly pages: Page[] = [];
  private readonly frames = new Map<string, AtlasFrame>();
  private readonly prefix: string;
  private readonly onPreRender = () => this.upload();
  /** the next page, opened ahead (SPARE_AT) and not yet drawn on */
  private spare: Page | null = null;
  private spareTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(scene: Phaser.Scene, prefix: string) {
    this.scene = scene;
    this.prefix = prefix;
    scene.game.events.on(Phaser.Core.Events.PRE_RENDER, this.onPreRender);
  }

  /** The picture for `key`, drawn by `draw` (at the origin, within w × h) the first time it is asked for. */
  get(key: string, w: number, h: number, draw: (ctx: CanvasRenderingContext2D) => void): AtlasFrame {
    const hit = this.frames.get(key);
    if (hit) return hit;
    const cw = Math.ceil(w);
    const ch = Math.ceil(h);
    const { page, x, y } = this.place(cw, ch);
    const ctx = page.ctx;
    ctx.save();
    ctx.translate(x, y);
    ctx.beginPath();
    ctx.rect(0, 0, cw, ch);
    ctx.clip();
    draw(ctx);
    ctx.restore();
    const frame = `${this.frames.size}`;
    page.texture.add(frame, 0, x, y, cw, ch);
    page.fresh.push({ x, y, w: cw, h: ch });
    const f = { texture: page.key, frame, w: cw, h: ch };
    this.frames.set(key, f);
    if (page.shelfY + page.shelfH > PAGE * SPARE_AT) this.openSpareSoon();
    return f;
  }

  /**
   * Open the page the next picture will need, if it is not open yet: a step of its own at the
   * map's start, so the first picture's step does not also create a canvas and a texture.
   */
  openAhead(): void {
    const last = this.pages[this.pages.length - 1];
    if (last && last.shelfY + last.shelfH <= PAGE * SPARE_AT) return;
    if (!this.spare) this.spare = this.openPage(this.pages.length);
  }

  private openSpareSoon(): void {
    if (this.spare || this.spareTimer !== null) return;
    this.spareTimer = setTimeout(() => {
      this.spareTimer = null;
      if (!this.spare) this.spare = this.openPage(this.pages.length);
    }, 0);
  }

  /** Send what was drawn since last time to the GPU: once per frame at most, before it is drawn. */
  upload(): void {
    const renderer = this.scene.game.renderer as unknown as Partial<GlRenderer>;
    for (const p of this.pages) {
      if (p.fresh.length === 0) continue;
      const rects = p.fresh.splice(0);
      const source = p.texture.source[0];
      const wrapper = source?.glTexture as unknown as GlTexture | null | undefined;
      // The Canvas renderer draws from the page canvas itself: nothing to send.
      if (!renderer.gl || !renderer.glTextureUnits || !renderer.glWrapper || !wrapper) continue;
      const gl = renderer.gl;
      renderer.glTextureUnits.bind(wrapper, 0);
      renderer.glWrapper.updateTexturing({ texturing: { flipY: wrapper.flipY, premultiplyAlpha: wrapper.pma } });
      for (const r of rects) {
        const pixels = p.ctx.getImageData(r.x, r.y, r.w, r.h);
        const y = wrapper.flipY ? PAGE - r.y - r.h : r.y;
        gl.texSubImage2D(gl.TEXTURE_2D, 0, r.x, y, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      }
    }
  }

  destroy(): void {
    this.scene.game.events.off(Phaser.Core.Events.PRE_RENDER, this.onPreRender);
    if (this.spareTimer !== null) clearTimeout(this.spareTimer);
    this.spareTimer = null;
    if (this.spare) this.pages.push(this.spare);
    this.spare = null;
    for (const p of this.pages) {
      if (this.scene.textures.exists(p.key)) this.scene.textures.remove(p.key);
      p.canvas.width = 0;
    }
    this.pages.length = 0;
    this.frames.clear();
  }

  private place(w: number, h: number): { page: Page; x: number; y: number } {
    if (w + 2 * GAP > PAGE || h + 2 * GAP > PAGE) throw new Error(`a ${w}x${h} picture does not fit an atlas page`);
    let page = this.pages[this.pages.length - 1];
    if (page && page.x + w + GAP > PAGE) {
      // Next shelf.
      page.shelfY += page.shelfH + GAP;
      page.shelfH = 0;
      page.x = GAP;
    }
    if (!page || page.shelfY + h + GAP > PAGE) page = this.newPage();
    const at = { page, x: page.x, y: page.shelfY };
    page.x += w + GAP;
    page.shelfH = Math.max(page.shelfH, h);
    return at;
  }

  private newPage(): Page {
    const page = this.spare ?? this.openPage(this.pages.length);
    this.spare = null;
    this.pages.push(page);
    return page;
  }

  /** A new, empty page with the texture key of page number `n`. */
  private openPage(n: number): Page {
    const canvas = document.createElement('canvas');
    canvas.width = PAGE;
    canvas.height = PAGE;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const key = `${this.prefix}:${n}`;
    if (this.scene.textures.exists(key)) this.scene.textures.remove(key);
    // A plain image source, not a CanvasTexture (see the note at the top).
    const texture = this.scene.textures.addImage(key, canvas as unknown as HTMLImageElement)!;
    // Uploaded whole (empty) now; what is drawn on it later goes up rectangle by rectangle.
    return { key, canvas, ctx, texture, shelfY: GAP, shelfH: 0, x: GAP, fresh: [] };
  }
}
