import type { Plugin } from 'vite';

/**
 * A build plugin that rewrites one file of Phaser's source (node_modules/phaser/src/<file>) with
 * `rewrite`. Used to make parts of Phaser's boot that the map never needs happen on first use
 * (tools/phaserFeatures.ts, phaserCompression.ts, phaserStamps.ts). A rewrite that no longer finds
 * the lines it expects returns null, and the build fails with `whenMissing`: a Phaser update must
 * not silently bring the work back into the map's start.
 */
export function phaserSourcePatch(opts: { name: string; file: string; rewrite: (code: string) => string | null; whenMissing: string }): Plugin {
  return {
    name: opts.name,
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replace(/\\/g, '/');
      if (!path.endsWith(`/node_modules/phaser/src/${opts.file}`)) return null;
      const out = opts.rewrite(code);
      if (out === null) this.error(opts.whenMissing);
      return { code: out, map: null };
    },
  };
}
