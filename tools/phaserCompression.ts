import type { Plugin } from 'vite';
import { phaserSourcePatch } from './phaserPatch.ts';

/**
 * Phaser's WebGL renderer, while it starts, asks the context for nine compressed-texture
 * extensions (WebGLRenderer#getCompressedTextures), each a blocking call to the GPU process: some
 * 45 ms on a slow phone, inside the task that boots the map. The map loads no compressed texture,
 * so nothing reads the answer. The build turns `renderer.compression` into a property worked out
 * the first time it is read (by a compressed-texture file, were one ever loaded), and again on the
 * first read after a lost context is restored, as Phaser does eagerly.
 */
const FILE = 'renderer/webgl/WebGLRenderer.js';
const EAGER = 'this.compression = this.getCompressedTextures();';
const LAZY = "var compressionKnown = null, compressionOf = this;\n        Object.defineProperty(this, 'compression', {\n"
  + '            enumerable: true,\n            configurable: true,\n'
  + '            get: function () { if (compressionKnown === null) { compressionKnown = compressionOf.getCompressedTextures(); } return compressionKnown; },\n'
  + '            set: function (value) { compressionKnown = value; }\n        });';

/** WebGLRenderer.js with its compressed-texture probe made on first read (exported for the test). */
export function lazyCompressionProbe(code: string): string | null {
  if (!code.includes(EAGER)) return null;
  return code.split(EAGER).join(LAZY);
}

export function phaserLazyCompressionProbe(): Plugin {
  return phaserSourcePatch({ name: 'guarantor-phaser-lazy-compression-probe', file: FILE, rewrite: lazyCompressionProbe, whenMissing: `phaserLazyCompressionProbe: ${FILE} no longer has "${EAGER}"; update tools/phaserCompression.ts` });
}
