#!/usr/bin/env node
/**
 * Runs a TypeScript script's exported `main(argv)` on Node 20, which cannot strip types itself
 * (`--experimental-strip-types` arrived in Node 22.6). Vite's module runner compiles the script with the
 * same transform the app and the tests use, so scripts may import app modules (and their JSON) as they are;
 * packages from node_modules load natively. The runner stays open until main() settles, so dynamic imports work.
 * Usage: node scripts/run-ts.mjs scripts/<name>.ts [args…]; the exit code is what main() returns.
 */
import path from 'node:path';
import { createServer, createServerModuleRunner } from 'vite';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try {
  const module = await runner.import(path.resolve(script));
  if (typeof module.main !== 'function') {
    console.error(`${script} exports no main(argv)`);
    process.exitCode = 2;
  } else {
    process.exitCode = await module.main(args);
  }
} finally {
  await runner.close();
  await server.close();
}
