import type { Plugin } from 'vite';

/**
 * Parts of Phaser 4's WebGL renderer the map never uses, left out of the production build (issue
 * 16: about a sixth of Phaser's gzipped bytes). The renderer's modules require every render node,
 * shader and filter up front (renderNodes/index.js, RenderNodeManager.js, webgl/index.js and a
 * game object's FilterList), though a node is only constructed when something asks for it by name.
 * The map draws images and graphics through its cameras, with no filters, masks, lights,
 * tilemaps, GPU layers, meshes or ropes: those requires become a constructor that throws a
 * message naming what is missing, so a future use fails loudly instead of drawing nothing.
 *
 * Kept: every node the map asks for (recorded in headless Chromium with WebGL, playing and zooming
 * Forty Thousand: the quad and flat-triangle batches, the camera and its fills, paths and lines,
 * the image and tile-sprite submitters, texturers and transformers, the list compositor), and the
 * small ones a later change may well need (dynamic textures, the stamp, plain triangles, the
 * context yield and rebind).
 */
const FILTER_NODES = [
  'BaseFilter', 'BaseFilterShader', 'FilterBarrel', 'FilterBlend', 'FilterBlocky', 'FilterBlur', 'FilterBlurHigh', 'FilterBlurLow',
  'FilterBlurMed', 'FilterBokeh', 'FilterColorMatrix', 'FilterCombineColorMatrix', 'FilterDisplacement', 'FilterGlow',
  'FilterGradientMap', 'FilterImageLight', 'FilterKey', 'FilterMask', 'FilterNormalTools', 'FilterPanoramaBlur',
  'FilterParallelFilters', 'FilterPixelate', 'FilterQuantize', 'FilterSampler', 'FilterShadow', 'FilterThreshold',
  'FilterVignette', 'FilterWipe',
];
const OTHER_NODES = [
  'BatchHandlerPointLight', 'BatchHandlerStrip', 'SubmitterMeshToQuad', 'SubmitterSpriteGPULayer', 'SubmitterTile',
  'SubmitterTilemapGPULayer', 'TransformerTile', 'TransformerVertex',
];
/** The filter controllers a camera's or game object's FilterList makes (`addBlur()`…). */
const FILTER_CONTROLLERS = [
  'Barrel', 'Blend', 'Blocky', 'Blur', 'Bokeh', 'ColorMatrix', 'CombineColorMatrix', 'Displacement', 'Glow', 'GradientMap',
  'ImageLight', 'Key', 'Mask', 'NormalTools', 'PanoramaBlur', 'Pixelate', 'Quantize', 'Sampler', 'Shadow', 'Threshold',
  'Vignette', 'Wipe',
];

/** Per Phaser source file (path under phaser/src), the module names whose requires are left out. */
export const PHASER_LEFT_OUT: Record<string, readonly string[]> = {
  // (the namespace's index has no FilterBlocky; the manager makes no SubmitterSpriteGPULayer)
  'renderer/webgl/renderNodes/index.js': [...FILTER_NODES, ...OTHER_NODES].filter((n) => n !== 'FilterBlocky'),
  'renderer/webgl/renderNodes/RenderNodeManager.js': [...FILTER_NODES, ...OTHER_NODES].filter((n) => n !== 'SubmitterSpriteGPULayer'),
  // The namespace's table of every shader source (each kept node requires its own shaders).
  'renderer/webgl/index.js': ['shaders'],
  'gameobjects/components/FilterList.js': FILTER_CONTROLLERS,
};

const HELPER = "var __phaserLeftOut = function (name) { return function () { throw new Error('Phaser\\'s ' + name + ' is left out of the map\\'s build (tools/phaserLeaveOut.ts)'); }; };\n";

/** One file's source with the listed requires replaced (exported for the test). */
export function leaveOut(code: string, names: readonly string[]): { code: string; replaced: string[] } {
  const wanted = new Set(names);
  const replaced: string[] = [];
  const out = code.replace(/require\('([^']+)'\)/g, (whole, path: string) => {
    const name = path.split('/').pop()!.replace(/\.js$/, '');
    if (!wanted.has(name)) return whole;
    replaced.push(name);
    return `__phaserLeftOut(${JSON.stringify(name)})`;
  });
  return { code: replaced.length ? HELPER + out : code, replaced };
}

export function phaserLeaveOut(): Plugin {
  return {
    name: 'guarantor-phaser-leave-out',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const m = /[\\/]node_modules[\\/]phaser[\\/]src[\\/](.+)$/.exec(id.split('?')[0]!);
      const names = m ? PHASER_LEFT_OUT[m[1]!.replace(/\\/g, '/')] : undefined;
      if (!names) return null;
      const r = leaveOut(code, names);
      // A Phaser update that renames or moves a module must not silently keep it all in.
      const missing = names.filter((n) => !r.replaced.includes(n));
      if (missing.length) this.error(`phaserLeaveOut: ${m![1]} no longer requires ${missing.join(', ')}; update tools/phaserLeaveOut.ts`);
      return { code: r.code, map: null };
    },
  };
}
