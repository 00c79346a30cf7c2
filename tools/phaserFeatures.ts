import type { Plugin } from 'vite';
import { phaserSourcePatch } from './phaserPatch.ts';

/**
 * Phaser tests for WebGL while its code is evaluated (device/Features.js makes a canvas and a
 * WebGL context just to see whether it can): on a slow phone, a blocking call to the GPU process
 * of a hundred milliseconds or more, inside the task that evaluates Phaser, and a context thrown
 * away. The map makes its renderer's context itself and hands it to Phaser (src/scenes/
 * mapContext.ts), so Phaser never needs the answer; the build turns the test into one made the
 * first time `Features.webGL` is read (only the renderer's choice reads it, and only when no
 * context was handed over).
 *
 * (The test also notes whether ImageData holds a Uint8ClampedArray, for `Features.support32bit`,
 * which nothing in Phaser reads: that flag is now decided without it, as false until the test runs.)
 */
const FILE = 'device/Features.js';
const EAGER = 'Features.webGL = testWebGL();';
const LAZY = "var webGLKnown = null;\n    Object.defineProperty(Features, 'webGL', {\n        enumerable: true,\n        configurable: true,\n"
  + '        get: function () { if (webGLKnown === null) { webGLKnown = testWebGL(); } return webGLKnown; },\n'
  + '        set: function (value) { webGLKnown = value; }\n    });';

/** Features.js with its WebGL test made on first read (exported for the test). */
export function lazyWebGLTest(code: string): string | null {
  return code.includes(EAGER) ? code.replace(EAGER, LAZY) : null;
}

export function phaserLazyWebGLTest(): Plugin {
  return phaserSourcePatch({ name: 'guarantor-phaser-lazy-webgl-test', file: FILE, rewrite: lazyWebGLTest, whenMissing: `phaserLazyWebGLTest: ${FILE} no longer has "${EAGER}"; update tools/phaserFeatures.ts` });
}
