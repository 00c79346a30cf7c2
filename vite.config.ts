import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { cspPolicy, offlinePolicy, withCsp } from './tools/csp';

const OFFLINE_ASSETS = fileURLToPath(new URL('./src/assets/assetUrls.offline.ts', import.meta.url));

/**
 * The offline build (`vite build --mode offline`, i.e. `npm run build:offline`): one HTML file,
 * dist-offline/guarantor.html, with the code, the styles, the fonts, the map, the symbols, the
 * sounds and the levels inside, so it opens from disk (file://) with no network. The only
 * difference in the code is the asset module: assetUrls.ts becomes assetUrls.offline.ts.
 */
function offlineBuild(): PluginOption[] {
  const assets: Plugin = {
      name: 'guarantor-offline-assets',
      enforce: 'pre',
      resolveId(source, importer) {
        if (importer && /(^|\/)assetUrls$/.test(source) && !importer.endsWith('assetUrls.offline.ts')) return OFFLINE_ASSETS;
        return null;
      },
    };
  return [
    assets,
    viteSingleFile({ removeViteModuleLoader: true }),
    {
      name: 'guarantor-offline-name',
      enforce: 'post',
      generateBundle(_options, bundle) {
        const page = bundle['index.html'];
        if (page) page.fileName = 'guarantor.html';
      },
      // Once the file is written its scripts and styles are inline (the single-file plugin inlines
      // them in its own generateBundle): the policy allows exactly those, by hash.
      writeBundle(options) {
        const file = join(options.dir ?? 'dist-offline', 'guarantor.html');
        const html = readFileSync(file, 'utf8');
        writeFileSync(file, withCsp(html, offlinePolicy(html)));
      },
    },
  ];
}

/** The production page carries the Content-Security-Policy (tools/csp.ts); the dev server does not. */
const shippedCsp: Plugin = {
  name: 'guarantor-csp',
  apply: 'build',
  transformIndexHtml: { order: 'post', handler: (html) => withCsp(html, cspPolicy()) },
};

/** Phaser's build-time feature switches (its sources test them with `typeof`). */
const PHASER_SWITCHES: Record<string, string> = {
  'typeof FEATURE_SOUND': 'false', 'typeof PLUGIN_CAMERA3D': 'false', 'typeof PLUGIN_FBINSTANT': 'false',
  'typeof EXPERIMENTAL': 'false', 'typeof WEBGL_DEBUG': 'false', global: 'globalThis',
};

// One config for the dev server, the production build, the offline build and the unit tests.
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    // The offline file is opened from disk: every path must be relative to it.
    base: offline ? './' : '/',
    // Files in assets/ are served next to the page; the offline build imports what it needs instead.
    publicDir: offline ? false : 'assets',
    // The dev server pre-bundles Phaser with Rolldown, which does not see `define`: it gets the
    // same switches, or Phaser's debug branch asks for a module that is not there.
    optimizeDeps: { entries: ['index.html'], rolldownOptions: { transform: { define: PHASER_SWITCHES } } },
    // Phaser built from its sources without physics or sound (the map needs neither; Howler owns
    // audio): about 60 KB gzip less than the full bundle. Its source is CommonJS written for
    // webpack, so its feature switches and its `global` are defined here.
    resolve: { alias: { phaser: fileURLToPath(new URL('./node_modules/phaser/src/phaser-no-physics.js', import.meta.url)) } },
    define: PHASER_SWITCHES,
    plugins: offline ? offlineBuild() : [shippedCsp],
    build: offline
      ? { outDir: 'dist-offline', emptyOutDir: true, chunkSizeWarningLimit: 100_000, assetsInlineLimit: 100_000_000 }
      : {
        // Phaser alone is about 1.2 MB minified; it loads behind the title screen, so its size is
        // watched by the browser benchmark (gzip bytes per chunk), not by this warning.
        chunkSizeWarningLimit: 1500,
        rolldownOptions: {
          output: {
            codeSplitting: {
              // Phaser (about 350 KB gzip) gets a chunk of its own: it is reached only through the
              // map's dynamic import, so the title screen never waits for it, and a change to the
              // game's own scenes does not invalidate the browser's cached copy of the library.
              groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
            },
          },
        },
      },
    test: {
      include: ['tests/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  };
});
