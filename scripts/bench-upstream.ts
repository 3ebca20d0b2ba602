/**
 * The production build in "real mode", for benchmarks: serves dist/ with `demo: false` in config.json, and next to
 * it the five upstream systems at the config's base URLs, answering the same wire-format JSON as the demo (the
 * mocks' handlers over the pre-generated dataset, each answer computed once and then served as a static file).
 * The page then pays only what a real deployment pays: no MSW, no service worker, no demo chunk.
 *
 *   node scripts/run-ts.mjs scripts/bench-upstream.ts --port 4211 [--dist dist]
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import { parseConfig } from '../src/config/load-config';
import { generatedDemoStore } from '../mocks/demo-tables';
import { createHandlers } from '../mocks/handlers';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { port: { type: 'string', default: '4211' }, dist: { type: 'string', default: 'dist' } } });
  const dist = path.resolve(values.dist);
  const shipped = parseConfig(JSON.parse(await readFile(path.join(dist, 'config.json'), 'utf8')));
  // A real deployment keeps credentials out of the browser: config.json names none, and this server adds them to the
  // upstream requests as the deployment's reverse proxy would (start-up refuses a literal secret outside demo mode).
  const config = {
    ...shipped,
    demo: false,
    sources: Object.fromEntries(Object.entries(shipped.sources).map(([id, s]) => [id, { ...s, auth: null }])) as typeof shipped.sources,
  };
  const credentials = Object.values(shipped.sources).flatMap((s) => (s.auth ? [{ prefix: s.baseUrl, header: s.auth.header, value: s.auth.value }] : []));
  // In node, MSW matches absolute URLs only: the handlers get the same paths on this server's origin.
  const origin = `http://127.0.0.1:${values.port}`;
  const absolute = Object.fromEntries(Object.entries(config.sources).map(([id, s]) => [id, { ...s, baseUrl: new URL(s.baseUrl, origin).href }]));
  const handlers = createHandlers({ ...config, sources: absolute as typeof config.sources }, generatedDemoStore());
  const upstreamPrefixes = Object.values(config.sources).map((s) => s.baseUrl);
  const answers = new Map<string, { status: number; type: string; body: Buffer; gzipped?: Buffer }>();

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${values.port}`);
      let answer: { status: number; type: string; body: Buffer; gzipped?: Buffer } | undefined = answers.get(url.pathname + url.search);
      if (!answer) {
        if (url.pathname === '/config.json') {
          answer = { status: 200, type: TYPES['.json'] ?? '', body: Buffer.from(JSON.stringify(config)) };
        } else if (upstreamPrefixes.some((p) => url.pathname.startsWith(p))) {
          const headers = new Headers();
          for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
          for (const c of credentials) if (url.pathname.startsWith(c.prefix)) headers.set(c.header, c.value);
          const response = await getResponse(handlers, new Request(url, { headers }));
          answer = response
            ? { status: response.status, type: response.headers.get('Content-Type') ?? 'application/json', body: Buffer.from(await response.arrayBuffer()) }
            : { status: 404, type: 'text/plain', body: Buffer.from('not found') };
        } else {
          const file = path.join(dist, path.normalize(decodeURIComponent(url.pathname)));
          const inside = file.startsWith(dist + path.sep);
          const body = inside ? await readFile(file).catch(() => null) : null;
          // Unknown paths are the single-page app's routes.
          answer = body
            ? { status: 200, type: TYPES[path.extname(file)] ?? 'application/octet-stream', body }
            : { status: 200, type: TYPES['.html'] ?? '', body: await readFile(path.join(dist, 'index.html')) };
        }
        answers.set(url.pathname + url.search, answer);
      }
      // Compressed as any web server or gateway in front of the app and the systems would send it.
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      answer.gzipped ??= gzipSync(answer.body);
      res.writeHead(answer.status, { 'Content-Type': answer.type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      res.end(gzip ? answer.gzipped : answer.body);
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve));
  console.info(`real mode: http://127.0.0.1:${values.port}/ (upstream systems on the same origin)`);
  // Runs until the benchmark stops it.
  await new Promise<void>((resolve) => process.once('SIGTERM', resolve));
  server.close();
  return 0;
}
