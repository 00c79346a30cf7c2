import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lazyStamps } from '../../tools/phaserStamps';

const MANAGER = readFileSync(new URL('../../node_modules/phaser/src/textures/TextureManager.js', import.meta.url), 'utf8');

/** The shipped file's boot and destroy, cut out and run with counting stand-ins for the game objects. */
function sample(code: string) {
  const made: string[] = [];
  const destroyed: string[] = [];
  const object = (kind: string) => function (this: { setOrigin(): unknown; destroy(): void }) {
    made.push(kind);
    this.setOrigin = () => this;
    this.destroy = () => void destroyed.push(kind);
  };
  const systemReady = code.slice(code.indexOf('        this.game.events.once(GameEvents.SYSTEM_READY, function (scene)'), code.indexOf('    /**', code.indexOf('SYSTEM_READY, function (scene)')));
  const destroy = code.slice(code.indexOf('    destroy: function ()'));
  const destroyBody = destroy.slice(destroy.indexOf('{') + 1, destroy.indexOf('CanvasPool.remove'));
  const manager = new Function('ImageGameObject', 'TileSpriteGameObject', 'GameEvents', `
    var ready;
    var m = { game: { events: { once: function (name, fn, ctx) { if (name === 'ready') ready = fn.bind(ctx); } } }, list: {} };
    m.boot = function () { ${systemReady.replace(/\}, this\);\s*\},\s*$/, '}, this);')} };
    m.destroy = function () { ${destroyBody} };
    m.boot();
    m.systemReady = function (scene) { ready(scene); };
    return m;`)(object('image'), object('tileSprite'), { SYSTEM_READY: 'ready' });
  return { manager, made, destroyed };
}

describe("Phaser's texture stamps, made on first read in the map's build (tools/phaserStamps.ts)", () => {
  it('as shipped, both stamps are made when the first scene comes up', () => {
    const { manager, made } = sample(MANAGER);
    manager.systemReady({});
    expect(made).toEqual(['image', 'tileSprite']);
  });

  it('rewritten, none is made until read, each once; destroy ends only what was made', () => {
    const code = lazyStamps(MANAGER);
    expect(code).not.toBeNull();
    const { manager, made, destroyed } = sample(code!);
    manager.systemReady({});
    expect(made).toEqual([]);
    manager.destroy();
    expect(destroyed).toEqual([]);

    const again = sample(code!);
    again.manager.systemReady({});
    expect(again.manager.tileSprite).toBe(again.manager.tileSprite);
    expect(again.made).toEqual(['tileSprite']);
    expect(again.manager.stamp).toBe(again.manager.stamp);
    expect(again.made).toEqual(['tileSprite', 'image']);
    again.manager.destroy();
    expect(again.destroyed).toEqual(['image']);
    expect(again.manager.stamp).toBeNull();
  });

  it('refuses a TextureManager.js whose stamps it does not recognise', () => {
    expect(lazyStamps('this.stamp = somethingElse();')).toBeNull();
  });
});
