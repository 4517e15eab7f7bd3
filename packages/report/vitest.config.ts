import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['../../vitest.setup.ts'],
    // No test asserts speed (speed is `pnpm bench`'s): the suite must pass on a busy 2-core
    // machine, where vitest's default of 5 s is no limit at all for a test that renders or reads
    // a whole example. A hang still fails.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
