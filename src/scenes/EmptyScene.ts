/**
 * The benchmark's reference: a Phaser game with the same size, renderer and settings as the map,
 * drawing nothing. Frame times of the map are read against this one (?bench=empty).
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
