import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Bundles the benchmark page (the app's graph code plus plain Cytoscape) into one script. */
// Vite reads its config from the default export.
export default defineConfig({
  resolve: {
    alias: {
      '@schutznetz/domain': fileURLToPath(new URL('../../domain/src/index.ts', import.meta.url)),
    },
  },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: fileURLToPath(new URL('./bench-page.ts', import.meta.url)),
      formats: ['iife'],
      name: 'schutznetzBenchPage',
      fileName: () => 'bench-page.js',
    },
  },
});
