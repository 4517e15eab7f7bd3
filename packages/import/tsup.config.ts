import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const common = { format: ['esm', 'cjs'] as ('esm' | 'cjs')[], target: 'node20', sourcemap: false, shims: true };

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts' },
    dts: { entry: { index: 'src/index.ts' } },
    // The worker's files are left to its own build below, which runs at the same time.
    clean: ['!scanWorker.*'],
    // import.meta.url in the CJS build (where the worker is looked for): shims.
  },
  {
    ...common,
    // The scanning worker is its own entry: the package starts it from dist/scanWorker.{js,cjs}.
    // The little of @tthc/core it uses (its error classes) is bundled in, so that a worker does
    // not load the whole core and zod (~140 ms of start-up) to scan a sheet.
    entry: { scanWorker: 'src/worker/scanWorker.ts' },
    noExternal: ['@tthc/core'],
    // From the core's sources, whose modules are each side-effect free: only those used are kept.
    esbuildOptions(options) {
      options.alias = { '@tthc/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) };
    },
  },
]);
