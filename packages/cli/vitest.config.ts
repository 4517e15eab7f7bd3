import { defineConfig } from 'vitest/config';

export default defineConfig({
  // A generous timeout: the suite must pass on a busy 2-core machine shared with other work.
  test: { include: ['test/**/*.test.ts'], setupFiles: ['../../vitest.setup.ts'], testTimeout: 120_000 },
});
