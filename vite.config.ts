/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { demoDataPlugin } from './mocks/demo-data-plugin';

export default defineConfig(({ mode }) => ({
  plugins: mode === 'test' ? [react()] : [react(), demoDataPlugin()],
  resolve: {
    // The demo's MSW bundle would otherwise carry the public-suffix list; see mocks/shims/tldts.ts.
    alias: mode === 'test' ? [] : [{ find: /^tldts$/, replacement: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    // Source maps would double what the bench reports as shipped; keep them off in the product build.
    sourcemap: false,
    // The bench script reads the manifest to add up what each route loads first.
    manifest: true,
  },
  server: { port: 5173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    pool: 'threads',
  },
}));
