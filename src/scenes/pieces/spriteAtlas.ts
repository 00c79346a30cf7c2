/**
 * Every picture the map draws for itself (formation chips, stacks, threat markers, verdict flashes)
 * lives on a few large atlas pages, each one Phaser texture with a frame per picture. Why:
 * - no read-back: a page is a CPU canvas (willReadFrequently) given to Phaser as a plain image
 *   source, never a CanvasTexture, whose getImageData makes the browser finish drawing everything
 *   queued first, the large baked map included (measured: 0.6-1.3 s of a map's start and about
 *   170 ms of every End day);
 * - one texture for all pieces: the WebGL renderer compiles a shader per number of textures in a
 *   batch, so a new small texture per look compiled a new shader when a day brought a new look
 *   (150 ms in software WebGL), and drew the pieces in more batches.
 * Pictures are packed on shelves with a gap, drawn once, and uploaded once per frame in which some
 * were added (a page holds a level's looks many times over; a full page opens the next one).
 */
import * as Phaser from 'phaser';

const PAGE = 1024;
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
  dirty: boolean;
}

export class SpriteAtlas {
  private readonly scene: Phaser.Scene;
  private readonly pages: Page[] = [];
  private readonly frames = new Map<string, AtlasFrame>();
  private readonly prefix: string;
  private readonly onPreRender = () => this.upload();

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
    page.dirty = true;
    const f = { texture: page.key, frame, w: cw, h: ch };
    this.frames.set(key, f);
    return f;
  }

  /** Send the pages that changed to the GPU: once per frame at most, before it is drawn. */
  upload(): void {
    for (const p of this.pages) {
      if (!p.dirty) continue;
      p.dirty = false;
      p.texture.source[0]?.update();
    }
  }

  destroy(): void {
    this.scene.game.events.off(Phaser.Core.Events.PRE_RENDER, this.onPreRender);
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
    const canvas = document.createElement('canvas');
    canvas.width = PAGE;
    canvas.height = PAGE;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const key = `${this.prefix}:${this.pages.length}`;
    if (this.scene.textures.exists(key)) this.scene.textures.remove(key);
    // A plain image source: uploaded as it is, never read back (see the note at the top).
    const texture = this.scene.textures.addImage(key, canvas as unknown as HTMLImageElement)!;
    const page: Page = { key, canvas, ctx, texture, shelfY: GAP, shelfH: 0, x: GAP, dirty: true };
    this.pages.push(page);
    return page;
  }
}
