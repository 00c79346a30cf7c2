import { defineConfig } from 'vitest/config';

// One config for the dev server, the production build and the unit tests.
export default defineConfig({
  publicDir: 'assets',
  optimizeDeps: { entries: ['index.html'] },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
