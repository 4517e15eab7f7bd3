import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The scanning worker is its own entry: the package starts it from dist/scanWorker.{js,cjs}.
    entry: { index: 'src/index.ts', scanWorker: 'src/worker/scanWorker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    target: 'node20',
    sourcemap: false,
    // import.meta.url in the CJS build (where the worker is looked for).
    shims: true,
  },
]);
