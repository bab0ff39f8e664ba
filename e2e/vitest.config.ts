import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    // A busy 2-core CI machine can take more than expect.poll's default second to answer a step.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
