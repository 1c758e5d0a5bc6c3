import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { frozenPrototypeSafe } from './frozen-prototype';

// The desktop shell loads ui/dist; no dev server is used in tests or builds.
export default defineConfig(({ mode }) => ({
  plugins: [svelte(), frozenPrototypeSafe()],
  // The catalogues live in ../locales, shared with the Rust core (SPEC §11).
  server: { fs: { allow: ['..'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'safari15',
    // One small bundle: nothing is fetched at run time.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
  // Component tests run Svelte's browser build in jsdom.
  resolve: mode === 'test' ? { conditions: ['browser'] } : undefined,
}));
