import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Rendering a DOCX and an XLSX takes ~2 s alone and far longer on a busy 2-core machine: the
  // limit only catches a hang, it measures nothing.
  test: { include: ['test/**/*.test.ts'], setupFiles: ['../../vitest.setup.ts'], testTimeout: 120_000 },
});
