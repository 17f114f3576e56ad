import { defineConfig } from 'vitest/config';

// Browser tests share one machine with 2 cores: files run one at a time, never retried,
// and wait on conditions rather than sleeps (see test/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    retry: 0,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
