/**
 * The benchmark's reference: a Phaser game in a box of the map's size, with its renderer and
 * settings, drawing nothing, and drawing it every frame as a plain Phaser game does (its canvas is
 * the box's size; the map's overhangs its box and is drawn only when it changed:
 * redraw/drawOnChange.ts). Frame times of the map are read against this one (?bench=empty).
 */
import * as Phaser from 'phaser';

export class EmptyScene extends Phaser.Scene {
  private readonly onReady: () => void;

  constructor(onReady: () => void) {
    super('Empty');
    this.onReady = onReady;
  }

  create(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.onReady());
  }
}
