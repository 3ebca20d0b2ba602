/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { META_CSP, SECURITY_HEADERS } from './scripts/deploy/security-headers';

/**
 * The Content-Security-Policy goes into the built index.html only: the dev server's hot reload injects an inline
 * script that a strict policy would block. The policy itself is defined in scripts/deploy/security-headers.ts.
 */
const cspMeta = () => ({
  name: 'csp-meta',
  apply: 'build' as const,
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP }, injectTo: 'head-prepend' as const }],
});

export default defineConfig(({ mode }) => ({
  plugins: [react(), cspMeta()],
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
  // The preview server sends the deployment's headers, so the browser tests run under the policy production uses.
  preview: { headers: { ...SECURITY_HEADERS } },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    pool: 'threads',
  },
}));
