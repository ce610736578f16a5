import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

/** The API server that `vite dev` and `vite preview` forward to; the built client shares its origin. */
const API_ORIGIN = 'http://localhost:4000';

const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: API_ORIGIN, changeOrigin: true },
  '/health': { target: API_ORIGIN, changeOrigin: true },
};

/** Libraries that change rarely get chunks of their own, so browsers keep them cached. */
const vendorChunk = (name: string, packages: readonly string[]) => ({
  name,
  test: new RegExp(`[\\\\/]node_modules[\\\\/](${packages.join('|')})[\\\\/]`),
});

// Vite reads its config from the default export, the one exception to named exports.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // Same mapping as "paths" in tsconfig.json: the client compiles domain from its sources.
    alias: {
      '@schutznetz/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)),
    },
  },
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape with its layouts is ~580 kB on its own; only the lazily loaded graph views fetch it.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            vendorChunk('react', ['react', 'react-dom', 'scheduler', 'react-router', 'cookie']),
            vendorChunk('apollo', [
              '@apollo',
              '@wry',
              'graphql',
              'graphql-tag',
              'optimism',
              'rxjs',
            ]),
            vendorChunk('i18n', ['i18next', 'i18next-browser-languagedetector', 'react-i18next']),
            // Only the graph views load it (they are lazy in App.tsx), never the home page.
            vendorChunk('cytoscape', [
              'cytoscape',
              'cytoscape-fcose',
              'cytoscape-svg',
              'cose-base',
              'layout-base',
            ]),
          ],
        },
      },
    },
  },
});
