import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts so unit tests never load the extension build plugin.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 20_000,
  },
});
