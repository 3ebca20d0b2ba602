/**
 * The demo's fake upstream systems (the same MSW handlers as the demo and the unit tests) behind a real HTTP port, so
 * a browser test can run the production build with `demo: false` behind a reverse proxy, as a deployment does.
 *
 *   node scripts/run-ts.mjs tests/e2e/upstream-server.ts --port 4213 --require-auth "Bearer s3cret"
 *
 * --require-auth: the procedure system answers 401 unless it receives exactly this Authorization header (the
 * credential only the proxy knows). --hang SYSTEM: that system never answers (for timeout tests).
 * Prints "listening on <url>" once ready; runs until killed.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import shipped from '../../public/config.json';
import { createHandlers } from '../../mocks/handlers';
import { generatedDemoStore } from '../../mocks/demo-tables';
import { parseConfig } from '../../src/config/load-config';
import { SOURCE_IDS, type AppConfig } from '../../src/config/schema';

function absoluteConfig(origin: string): AppConfig {
  const config = parseConfig(shipped);
  const sources = Object.fromEntries(
    SOURCE_IDS.map((id) => [id, { ...config.sources[id], baseUrl: new URL(config.sources[id].baseUrl, origin).toString() }]),
  ) as AppConfig['sources'];
  return { ...config, sources };
}

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers });
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, 'require-auth': { type: 'string' }, hang: { type: 'string', multiple: true } },
  });
  const port = Number(values.port ?? 4213);
  const origin = `http://127.0.0.1:${port}`;
  const config = absoluteConfig(origin);
  const handlers = createHandlers(config, generatedDemoStore());
  const required = values['require-auth'];
  const hanging = new Set(values.hang ?? []);
  const procedures = new URL(config.sources.procedures.baseUrl).pathname;

  const server = createServer((req, res) => {
    void (async () => {
      const request = toRequest(req, origin);
      const path = new URL(request.url).pathname;
      const system = SOURCE_IDS.find((id) => path.startsWith(new URL(config.sources[id].baseUrl).pathname));
      if (system && hanging.has(system)) return; // never answers
      if (required !== undefined && path.startsWith(procedures) && request.headers.get('authorization') !== required) {
        res.writeHead(401, { 'Content-Type': 'application/json' }).end(JSON.stringify({ success: false, message: 'Chưa xác thực', result: null }));
        return;
      }
      const response = await getResponse(handlers, request);
      if (!response) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  console.info(`listening on ${origin}`);
  // Runs until the test kills it.
  await new Promise<void>((resolve) => process.once('SIGTERM', () => server.close(() => resolve())));
  return 0;
}
