import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * `virtual:phaser-stages`: Phaser's modules in the order the map's build evaluates them, a few
 * at a time (src/scenes/loadMap.ts awaits each stage, then yields a task). Phaser's sources are
 * CommonJS: a module runs when first required, and everything the map's entry
 * (src/phaser/phaserForMap.cjs) requires used to run at once, in the one task that evaluated the
 * map's code (hundreds of milliseconds on a slow phone). Each stage here runs only the modules it
 * reaches that have not run yet; the map's entry then finds most of Phaser already evaluated.
 *
 * The dev server pre-bundles Phaser whole (vite.config.ts): there the list is empty.
 */
export const PHASER_STAGES_ID = 'virtual:phaser-stages';

/** Entry points under phaser/src, in order: each stage is what they reach beyond the stages before. */
export const PHASER_STAGES: readonly string[] = [
  // The small shared modules (classes, maths, events) most others require.
  'utils/Class.js', 'math/index.js',
  // The renderers: the biggest part (WebGL render nodes and their shaders, the Canvas renderer).
  'renderer/webgl/index.js',
  'renderer/canvas/index.js',
  // The game's core: its systems (textures, scale, input, the loop), then the scenes and their plugins.
  'core/Game.js',
  'gameobjects/GameObjectFactory.js',
  'scene/index.js',
];

export function phaserStages(build: boolean): Plugin {
  const src = fileURLToPath(new URL('../node_modules/phaser/src/', import.meta.url));
  return {
    name: 'guarantor-phaser-stages',
    resolveId: (id) => (id === PHASER_STAGES_ID ? `\0${PHASER_STAGES_ID}` : null),
    load(id) {
      if (id !== `\0${PHASER_STAGES_ID}`) return null;
      if (!build) return 'export const stages = [];';
      const loaders = PHASER_STAGES.map((p) => `() => import(${JSON.stringify(src + p)})`);
      return `export const stages = [\n${loaders.join(',\n')}\n];`;
    },
  };
}
