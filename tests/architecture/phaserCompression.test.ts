import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lazyCompressionProbe } from '../../tools/phaserCompression';

const RENDERER = readFileSync(new URL('../../node_modules/phaser/src/renderer/webgl/WebGLRenderer.js', import.meta.url), 'utf8');
const EAGER = 'this.compression = this.getCompressedTextures();';

/** A renderer with Phaser's two places that probe (start, context restored), its probe counted. */
const SAMPLE = `function R() { this.probes = 0; }
R.prototype.init = function () { ${EAGER} };
R.prototype.restore = function () { ${EAGER} };
R.prototype.getCompressedTextures = function () { this.probes++; return { ETC: undefined, IMG: true }; };
return R;`;

describe("Phaser's compressed-texture probe, made on first read in the map's build (tools/phaserCompression.ts)", () => {
  it('rewrites every eager probe in the shipped WebGLRenderer.js', () => {
    expect(RENDERER.split(EAGER).length).toBeGreaterThan(1);
    const code = lazyCompressionProbe(RENDERER);
    expect(code).not.toBeNull();
    expect(code).not.toContain(EAGER);
  });

  it('probes nothing at start, once on the first read, and again after a restored context', () => {
    const eager = new Function(SAMPLE)();
    const e = new eager();
    e.init();
    expect(e.probes).toBe(1);

    const Lazy = new Function(lazyCompressionProbe(SAMPLE)!)();
    const r = new Lazy();
    r.init();
    expect(r.probes).toBe(0);
    expect(r.compression.IMG).toBe(true);
    expect(r.compression.IMG).toBe(true);
    expect(r.probes).toBe(1);
    r.restore();
    expect(r.probes).toBe(1);
    expect(r.compression.IMG).toBe(true);
    expect(r.probes).toBe(2);
  });

  it('refuses a WebGLRenderer.js whose probe it does not recognise', () => {
    expect(lazyCompressionProbe('this.compression = somethingElse();')).toBeNull();
  });
});
