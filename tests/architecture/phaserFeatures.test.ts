import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lazyWebGLTest } from '../../tools/phaserFeatures';

const FEATURES = readFileSync(new URL('../../node_modules/phaser/src/device/Features.js', import.meta.url), 'utf8');

/** Evaluates Phaser's Features.js (as given) in a fake page that counts the WebGL contexts asked for. */
function evaluate(code: string) {
  const asked: string[] = [];
  const canvas = () => ({ getContext: (kind: string) => (asked.push(kind), kind === '2d' ? { createImageData: () => ({ data: new Uint8ClampedArray(4) }) } : {}) });
  const window = { CanvasRenderingContext2D: class {}, WebGLRenderingContext: class {}, URL: {} };
  const fakeRequire = (path: string) => (path.endsWith('CanvasPool') ? { createWebGL: canvas, create2D: canvas, remove: () => undefined } : {});
  const mod = { exports: {} as { webGL: boolean } };
  const storage = { getItem: () => null };
  new Function('module', 'require', 'window', 'document', 'navigator', 'localStorage', code)(mod, fakeRequire, window, {}, {}, storage);
  return { features: mod.exports, asked };
}

describe("Phaser's WebGL test, made on first read in the map's build (tools/phaserFeatures.ts)", () => {
  it('as shipped, Phaser makes a WebGL context while its code is evaluated', () => {
    const { features, asked } = evaluate(FEATURES);
    expect(asked).toContain('webgl');
    expect(features.webGL).toBe(true);
  });

  it('rewritten, it makes none until something reads Features.webGL, then tests once', () => {
    const code = lazyWebGLTest(FEATURES);
    expect(code).not.toBeNull();
    const { features, asked } = evaluate(code!);
    expect(asked).not.toContain('webgl');
    expect(features.webGL).toBe(true);
    expect(features.webGL).toBe(true);
    expect(asked.filter((k) => k === 'webgl')).toHaveLength(1);
  });

  it('refuses a Features.js whose test it does not recognise', () => {
    expect(lazyWebGLTest('var Features = {}; Features.webGL = somethingElse();')).toBeNull();
  });
});
