import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A flow step (screen, merge, submit) takes 10 s on a quiet machine and several times that on a busy one.
    testTimeout: 150_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    // A busy 2-core CI machine can take more than expect.poll's default second to answer a step.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
