import { defineConfig } from 'vitest/config';

// End-to-end tests: a production build served in-process and played in headless Chromium.
// Kept apart from the unit tests (vite.config.ts) because they are slow and need a browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
