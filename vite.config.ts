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

/**
 * The page's head start (src/boot.ts) is an entry of its own, loaded by a script placed before the app's entry:
 * it starts the page's chunk, config.json and the upstream worker while the app's code is still downloading.
 * Module scripts run in document order, so it runs first, and it is small enough not to hold the app back.
 */
const headStart = () => ({
  name: 'head-start',
  apply: 'build' as const,
  transformIndexHtml: {
    order: 'post' as const,
    handler(html: string, ctx: { bundle?: Record<string, { type: string; isEntry?: boolean; facadeModuleId?: string | null; fileName: string }> }) {
      const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith('/src/boot.ts'));
      const appEntry = html.indexOf('<script type="module"');
      if (!boot || appEntry < 0) return html;
      return `${html.slice(0, appEntry)}<script type="module" crossorigin src="/${boot.fileName}"></script>\n    ${html.slice(appEntry)}`;
    },
  },
});

export default defineConfig(({ mode }) => ({
  plugins: mode === 'test' ? [react()] : [react(), cspMeta(), offlineWorker(), demoDataPlugin(), headStart()],
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
    rollupOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), boot: fileURLToPath(new URL('./src/boot.ts', import.meta.url)) },
    },
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
