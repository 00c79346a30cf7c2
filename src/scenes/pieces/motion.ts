/**
 * Short, skippable motion: formations gliding to where the day took them (the verdicts of the
 * threats that fired turn over as cards: eventFlips.ts). Nothing here blocks input; any key or
 * click finishes it at once, and with reduced motion there is no glide.
 */
import * as Phaser from 'phaser';

export const GLIDE_MS = 380;

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
