/**
 * Short, skippable motion: formations gliding to where the day took them, and the verdicts of the
 * threats that fired. Nothing here blocks input; any key or click finishes it at once, and with
 * reduced motion there is no glide and no flash (the DOM reports the outcomes in words anyway).
 */
import * as Phaser from 'phaser';
import { t } from '../../i18n';
import { COLORS, font } from '../raster/style';
import { atlasOf } from './chipTextures';
import type { AtlasFrame } from './spriteAtlas';

export const GLIDE_MS = 380;
const FLASH_MS = 1700;

interface Running { finish(): void }

export class Motion {
  private readonly scene: Phaser.Scene;
  private readonly running = new Set<Running>();

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
  }

  /** Move a ghost of a piece from one spot to another; `done` runs at the end or when skipped. */
  glide(picture: { key: string; frame: string }, from: readonly [number, number], to: readonly [number, number], zoom: number, done: () => void): void {
    const ghost = this.scene.add.image(from[0], from[1], picture.key, picture.frame).setScale(1 / zoom).setDepth(70);
    const tween = this.scene.tweens.add({
      targets: ghost, x: to[0], y: to[1], duration: GLIDE_MS, ease: 'Sine.easeInOut',
      onComplete: () => r.finish(),
    });
    const r = this.track(ghost, tween, done);
  }

  /** A verdict over a map point, held briefly, then faded. */
  flash(x: number, y: number, deterred: boolean, title: string, zoom: number): void {
    const f = flashPicture(this.scene, deterred, title);
    const img = this.scene.add.image(x, y, f.texture, f.frame).setScale(0.85 / zoom).setDepth(80).setAlpha(0);
    const tween = this.scene.tweens.chain({
      targets: img,
      tweens: [
        { alpha: 1, scale: 1 / zoom, duration: 160, ease: 'Back.easeOut' },
        { alpha: 1, duration: FLASH_MS },
        { alpha: 0, duration: 350 },
      ],
      onComplete: () => r.finish(),
    });
    const r = this.track(img, tween);
  }

  /** Keep an animation in flight so that a key or click can finish it; finishing twice does nothing. */
  private track(img: Phaser.GameObjects.Image, tween: { stop(): unknown }, done?: () => void): Running {
    let over = false;
    const r: Running = {
      finish: () => {
        if (over) return;
        over = true;
        tween.stop();
        img.destroy();
        this.running.delete(r);
        done?.();
      },
    };
    this.running.add(r);
    return r;
  }

  get busy(): boolean {
    return this.running.size > 0;
  }

  /** Skip everything in flight to its end state. */
  finishAll(): void {
    for (const r of [...this.running]) r.finish();
  }
}

/** The verdict card, drawn once per wording onto the map's atlas (no texture of its own: see spriteAtlas.ts). */
function flashPicture(scene: Phaser.Scene, deterred: boolean, title: string): AtlasFrame {
  const head = t(deterred ? 'mapText.deterred' : 'mapText.notDeterred');
  // The verdict's words are in the key: a change of language draws a new picture.
  const key = `flash|${head}|${title}`;
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.font = font(600, 15);
  const w1 = probe.measureText(head).width;
  probe.font = font(400, 11);
  const w2 = probe.measureText(title).width;
  const w = Math.ceil(Math.max(w1, w2) + 20);
  const h = 44;
  return atlasOf(scene).get(key, w, h, (ctx) => {
    ctx.fillStyle = deterred ? 'rgba(8, 40, 62, 0.95)' : 'rgba(62, 26, 6, 0.95)';
    ctx.strokeStyle = deterred ? COLORS.friendly : COLORS.hostileInk;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.roundRect(1, 1, w - 2, h - 2, 5);
    ctx.fill();
    ctx.stroke();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = font(600, 15);
    ctx.fillStyle = deterred ? '#d8eefb' : '#ffd2b0';
    ctx.fillText(head, w / 2, 15);
    ctx.font = font(400, 11);
    ctx.fillStyle = '#c7d1da';
    ctx.fillText(title, w / 2, 32);
  });
}
