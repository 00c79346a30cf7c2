import { defineConfig } from 'vitest/config';

// One config for the dev server, the production build and the unit tests.
export default defineConfig({
  publicDir: 'assets',
  optimizeDeps: { entries: ['index.html'] },
  build: {
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
});
