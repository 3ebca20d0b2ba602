/**
 * Vite plugin: the demo dataset, generated ahead of time. At build time every partition of every table of
 * mocks/demo-tables.ts is written to `dist/demo-data/<table>/<partition>.txt` (records already in the systems'
 * wire formats and serialised), which the browser demo's fakes read (mocks/demo-store.ts). The dev server makes
 * the same files on request. Either way the page's own thread never generates the data.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { createServer, createServerModuleRunner } from 'vite';
import type { DemoTableId } from './demo-store';

type TablesModule = typeof import('./demo-tables');
type StoreModule = typeof import('./demo-store');

const DEMO_TABLES_MODULE = new URL('./demo-tables.ts', import.meta.url).pathname;
const DEMO_STORE_MODULE = new URL('./demo-store.ts', import.meta.url).pathname;
const PREFIX = 'demo-data/';

/** The generators are TypeScript that imports JSON: load them through Vite's own module runner, in node. */
async function withTables<T>(use: (tables: TablesModule, store: StoreModule) => Promise<T>): Promise<T> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  try {
    return await use((await runner.import(DEMO_TABLES_MODULE)) as TablesModule, (await runner.import(DEMO_STORE_MODULE)) as StoreModule);
  } finally {
    await runner.close();
    await server.close();
  }
}

export function demoDataPlugin(): Plugin {
  return {
    name: 'demo-data',
    async generateBundle() {
      // Only the app's own build: the map bench's harness build has no demo.
      const inputs = this.getModuleIds ? [...this.getModuleIds()] : [];
      if (!inputs.some((id) => id.endsWith('/mocks/browser.ts'))) return;
      await withTables(async ({ DEMO_TABLES }, { partitionPath, partitionText }) => {
        for (const [table, def] of Object.entries(DEMO_TABLES) as [DemoTableId, TablesModule['DEMO_TABLES'][DemoTableId]][]) {
          for (const partition of def.partitions()) {
            const records = await def.records(partition);
            if (records) this.emitFile({ type: 'asset', fileName: `${PREFIX}${partitionPath(table, partition)}`, source: partitionText(records) });
          }
        }
      });
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use(async (req, res, next) => {
        const match = /\/demo-data\/([a-z-]+)\/([\w-]+)\.txt$/.exec(req.url?.split('?')[0] ?? '');
        if (!match) return next();
        try {
          const tables = (await server.ssrLoadModule(DEMO_TABLES_MODULE)) as TablesModule;
          const store = (await server.ssrLoadModule(DEMO_STORE_MODULE)) as StoreModule;
          const def = tables.DEMO_TABLES[match[1] as DemoTableId] as TablesModule['DEMO_TABLES'][DemoTableId] | undefined;
          const records = def ? await def.records(match[2] ?? '') : null;
          if (!records) {
            res.statusCode = 404;
            res.end();
            return;
          }
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(store.partitionText(records));
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
