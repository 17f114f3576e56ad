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
    // expect.poll gives up after 1 s by default: on a loaded 2-core machine the first underline
    // or a chip can take longer than that. Polls still return as soon as the condition holds.
    expect: { poll: { timeout: 10_000 } },
  },
});
