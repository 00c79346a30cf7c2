import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leaveOut, PHASER_LEFT_OUT } from '../../tools/phaserLeaveOut';

const source = (rel: string) => readFileSync(new URL(`../../node_modules/phaser/src/${rel}`, import.meta.url), 'utf8');

/** The render nodes the map asked for, playing and zooming Forty Thousand on WebGL in headless Chromium. */
const USED_BY_THE_MAP = [
  'BatchHandlerQuad', 'BatchHandlerQuadSingle', 'BatchHandlerTileSprite', 'BatchHandlerTriFlat', 'Camera', 'DrawLine', 'FillCamera',
  'FillPath', 'FillRect', 'FillTri', 'ListCompositor', 'StrokePath', 'SubmitterQuad', 'SubmitterTileSprite', 'TexturerImage',
  'TexturerTileSprite', 'TransformerImage', 'TransformerTileSprite',
];

describe('the parts of Phaser left out of the map build (tools/phaserLeaveOut.ts)', () => {
  it('finds every listed require in the installed Phaser, so the build leaves them out (and fails if Phaser moves one)', () => {
    for (const [file, names] of Object.entries(PHASER_LEFT_OUT)) {
      const r = leaveOut(source(file), names);
      expect([...new Set(r.replaced)].sort(), file).toEqual([...names].sort());
      for (const name of names) expect(r.code, file).not.toMatch(new RegExp(`require\\('[^']*/${name}(\\.js)?'\\)`));
    }
  });

  it('keeps every render node the map uses', () => {
    for (const names of Object.values(PHASER_LEFT_OUT)) for (const used of USED_BY_THE_MAP) expect(names).not.toContain(used);
    const manager = leaveOut(source('renderer/webgl/renderNodes/RenderNodeManager.js'), PHASER_LEFT_OUT['renderer/webgl/renderNodes/RenderNodeManager.js']!).code;
    for (const used of USED_BY_THE_MAP) expect(manager).toMatch(new RegExp(`var ${used} = require\\(`));
  });

  it('turns a left-out module into a constructor that says what is missing', () => {
    const r = leaveOut("var A = require('./a/Keep');\nvar B = require('./b/Drop.js');\nmodule.exports = { A: A, B: B };", ['Drop']);
    expect(r.replaced).toEqual(['Drop']);
    const mod = { exports: {} as { A: unknown; B: () => unknown } };
    new Function('module', 'require', r.code)(mod, (p: string) => `required ${p}`);
    expect(mod.exports.A).toBe('required ./a/Keep');
    expect(() => new (mod.exports.B as unknown as new () => unknown)()).toThrow("Phaser's Drop is left out of the map's build");
    expect(leaveOut('var A = 1;', ['Drop']).code).toBe('var A = 1;');
  });
});
