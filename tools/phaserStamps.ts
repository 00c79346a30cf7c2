import type { Plugin } from 'vite';
import { phaserSourcePatch } from './phaserPatch.ts';

/**
 * Phaser's texture manager makes, as the first scene's systems come up, an Image and a
 * TileSprite it keeps as stamps for drawing into dynamic textures (TextureManager#resetStamp,
 * #resetTileSprite). Making them builds their WebGL render nodes: the TileSprite's batch handler
 * (its own vertex buffers and shader) is used by nothing else in the map, which draws no dynamic
 * texture. On a slow phone both cost some 17 ms inside the task that boots the game's systems.
 * The build makes each stamp the first time it is read; the manager's destroy ends only a stamp
 * that was made (and leaves it null, as Phaser does).
 */
const FILE = 'textures/TextureManager.js';
// Matched statement by statement: Phaser's sources have CRLF line ends.
const EAGER_STAMP = 'this.stamp = new ImageGameObject(scene).setOrigin(0);';
const EAGER_TILE = "this.tileSprite = new TileSpriteGameObject(scene, 0, 0, 256, 256, '__WHITE').setOrigin(0);";
const LAZY_STAMPS = 'var manager = this; manager._stampMade = undefined; manager._tileSpriteMade = undefined;'
  + " Object.defineProperty(manager, 'stamp', { enumerable: true, configurable: true,"
  + ' get: function () { if (manager._stampMade === undefined) { manager._stampMade = new ImageGameObject(scene).setOrigin(0); } return manager._stampMade; },'
  + ' set: function (value) { manager._stampMade = value; } });'
  + " Object.defineProperty(manager, 'tileSprite', { enumerable: true, configurable: true,"
  + " get: function () { if (manager._tileSpriteMade === undefined) { manager._tileSpriteMade = new TileSpriteGameObject(scene, 0, 0, 256, 256, '__WHITE').setOrigin(0); } return manager._tileSpriteMade; },"
  + ' set: function (value) { manager._tileSpriteMade = value; } });';
const EAGER_DESTROY = 'this.stamp.destroy();';
const LAZY_DESTROY = 'if (this._stampMade) { this._stampMade.destroy(); }';

const once = (code: string, s: string) => code.split(s).length === 2;

/** TextureManager.js with its stamps made on first read (exported for the test). */
export function lazyStamps(code: string): string | null {
  if (!once(code, EAGER_STAMP) || !once(code, EAGER_TILE) || !once(code, EAGER_DESTROY)) return null;
  return code.replace(EAGER_STAMP, LAZY_STAMPS).replace(EAGER_TILE, '').replace(EAGER_DESTROY, LAZY_DESTROY);
}

export function phaserLazyStamps(): Plugin {
  return phaserSourcePatch({ name: 'guarantor-phaser-lazy-stamps', file: FILE, rewrite: lazyStamps, whenMissing: `phaserLazyStamps: ${FILE} no longer makes its stamps as expected; update tools/phaserStamps.ts` });
}
