/**
 * Phaser boots, once its default textures have loaded, in one task: the WebGL renderer's boot
 * (render nodes, drawing context), then the game's systems (the texture manager's stamp objects,
 * each scene's plugins and the first scene's start), then its loop. On a slow phone that task was
 * the longest of the map's start. Called from the game config's preBoot callback, before Phaser
 * listens for its textures, this puts the systems' part in a task after the renderer's.
 */
import type * as Phaser from 'phaser';

interface Booting { texturesReady(): void }

export function bootSystemsInTaskOfTheirOwn(game: Phaser.Game): void {
  const own = Object.getPrototypeOf(game) as Booting;
  // (texturesReady is private in Phaser's types; Game.boot subscribes `this.texturesReady`.)
  (game as unknown as Booting).texturesReady = () => {
    setTimeout(() => own.texturesReady.call(game), 0);
  };
}
