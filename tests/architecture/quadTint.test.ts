import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropQuadTint } from '../../src/scenes/quadTint';
import { listTs, stripComments } from './importGraph';

const SCENES = new URL('../../src/scenes/', import.meta.url).pathname;
const PHASER = new URL('../../node_modules/phaser/src/renderer/webgl/', import.meta.url).pathname;

/** Ways code can give a Phaser object a tint or an alpha: setters, fields and tween targets. */
const TINT_OR_ALPHA = /\.set(?:Tint|TintFill|Alpha)\s*\(|\.(?:tint\w*|alpha)\s*=[^=]|\btint\w*\s*:|(?<![.\w])alpha\s*:\s*[\d.]/;
/** The canvas 2D context's own alpha and the WebGL context's attribute are not a sprite's. */
const NOT_A_SPRITE = /globalAlpha|alpha:\s*(?:true|false)\b|GL\.alpha/;

function tintedLines(code: string): string[] {
  return stripComments(code).split('\n').filter((l) => TINT_OR_ALPHA.test(l) && !NOT_A_SPRITE.test(l));
}

describe('the quad shader without its tint step (src/scenes/quadTint.ts)', () => {
  it('nothing on the map tints or fades a Phaser object, so leaving the step out changes no picture', () => {
    const found = listTs(SCENES).flatMap((f) => tintedLines(readFileSync(f, 'utf8')).map((l) => `${f}: ${l.trim()}`));
    expect(found).toEqual([]);
  });

  it('the check sees the ways a tint or an alpha is given, and not the canvas context\'s alpha', () => {
    for (const l of ['img.setTint(0xff0000);', 'img.setAlpha(0.5)', 'sprite.alpha = 0.4;', 'g.tintFill = true', "scene.tweens.add({ targets: img, alpha: 0 })", 'new Image({ tint: 0xffffff })']) {
      expect(tintedLines(l), l).toHaveLength(1);
    }
    for (const l of ['ctx.globalAlpha = 0.55;', "canvas.getContext('2d', { alpha: false });", 'transparent: GL.alpha,', 'if (img.alpha === 1) return;']) {
      expect(tintedLines(l), l).toHaveLength(0);
    }
  });

  it("Phaser's quad batcher still names its tint step 'Tint' (else nothing would be left out)", () => {
    expect(readFileSync(join(PHASER, 'renderNodes/BatchHandlerQuad.js'), 'utf8')).toContain('MakeApplyTint()');
    expect(readFileSync(join(PHASER, 'shaders/additionMakers/MakeApplyTint.js'), 'utf8')).toMatch(/name:\s*'Tint'/);
  });

  it('leaves out the step once, from the quad batcher only, and does nothing on the Canvas renderer', () => {
    const additions = new Map<string, string[]>([['BatchHandlerQuad', ['GetTexture1', 'Tint']], ['BatchHandlerQuadSingle', ['GetTexture1', 'Tint']]]);
    const renderNodes = {
      getNode: (name: string) => {
        const list = additions.get(name);
        return list ? { programManager: { getAddition: (n: string) => (list.includes(n) ? { name: n } : null), removeAddition: (n: string) => additions.set(name, list.filter((a) => a !== n)) } } : null;
      },
    };
    const webgl = { renderNodes } as unknown as Parameters<typeof dropQuadTint>[0];
    expect(dropQuadTint(webgl)).toBe(true);
    expect(additions.get('BatchHandlerQuad')).toEqual(['GetTexture1']);
    expect(additions.get('BatchHandlerQuadSingle')).toEqual(['GetTexture1', 'Tint']);
    expect(dropQuadTint(webgl)).toBe(false);
    expect(dropQuadTint({} as unknown as Parameters<typeof dropQuadTint>[0])).toBe(false);
    expect(dropQuadTint(null)).toBe(false);
  });
});
