import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['../../vitest.setup.ts'],
    // No test asserts speed (speed is `pnpm bench`'s), and none waits for a delay: each waits for
    // what it tests to happen. The timeout only fails a test that would hang, so it is generous: on
    // the shared 2-core machine, loaded (four busy processes beside `pnpm test`, which runs the
    // packages at once), tests took up to 20 times as long as on an idle one (96 s for one here).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
