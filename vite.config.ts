/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { offlineWorkerSource } from './scripts/deploy/offline-worker';
import { META_CSP, SECURITY_HEADERS } from './scripts/deploy/security-headers';
import { demoDataPlugin } from './mocks/demo-data-plugin';

/**
 * The Content-Security-Policy goes into the built index.html only: the dev server's hot reload injects an inline
 * script that a strict policy would block. The policy itself is defined in scripts/deploy/security-headers.ts.
 */
const cspMeta = () => ({
  name: 'csp-meta',
  apply: 'build' as const,
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP }, injectTo: 'head-prepend' as const }],
});

/** Writes dist/sw.js listing every file of this build (and the boundary files under public/geo) to keep offline. */
const offlineWorker = () => ({
  name: 'offline-worker',
  apply: 'build' as const,
  generateBundle(this: { emitFile: (file: { type: 'asset'; fileName: string; source: string }) => void }, _options: unknown, bundle: Record<string, unknown>) {
    const built = Object.keys(bundle).filter((name) => /\.(js|css|ttf|woff2?)$/.test(name) && name.startsWith('assets/'));
    const geo = readdirSync(fileURLToPath(new URL('./public/geo', import.meta.url))).map((name) => `geo/${name}`);
    const files = ['index.html', 'config.json', ...geo, ...built.sort()];
    const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
    this.emitFile({ type: 'asset', fileName: 'sw.js', source: offlineWorkerSource(version, files) });
  },
});

export default defineConfig(({ mode }) => ({
  plugins: mode === 'test' ? [react()] : [react(), cspMeta(), offlineWorker(), demoDataPlugin()],
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
  // The upstream worker (src/queries/upstream.worker.ts) is an ES module worker, split like the page's code.
  worker: { format: 'es' as const },
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
