/**
 * What the profiling benchmarks share (bench:main-thread, bench:long-tasks): their command-line options, a build with
 * source maps to attribute time to, and the source file or package a profiled frame belongs to.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

/** The value after `--name` on the command line, or the fallback. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

export const ALL_PAGES = '/,/cong-khai,/khieu-nai-to-cao,/dich-vu-cong,/dan-van-kheo,/xep-hang,/don-vi/443,/trinh-chieu';

/** The build to profile: `--dist` (built with --sourcemap), or a fresh one in a temporary directory (dist/ left alone). */
export function sourceMappedBuild(prefix) {
  const given = arg('dist', null);
  if (given) return given;
  const dist = mkdtempSync(join(tmpdir(), `${prefix}-`));
  execFileSync('npx', ['vite', 'build', '--sourcemap', '--outDir', dist, '--emptyOutDir'], { stdio: 'ignore' });
  return dist;
}

/**
 * Where a profiled frame's code comes from, through the source maps of `dist`: `source` is the app's file
 * (`src/…`, `mocks/…`) or `npm:<package>`; `app` says it is the app's own code; `name` is the original function name
 * (with the package file and line for a package).
 */
export function frameOrigins(dist) {
  const consumers = new Map();
  return (frame) => {
    const file = frame.url.includes('/assets/') ? join(dist, 'assets', frame.url.replace(/^.*\/assets\//, '')) : null;
    if (!file || frame.lineNumber < 0 || !existsSync(`${file}.map`)) return { source: frame.url ? frame.url.replace(/^.*\//, '') || '(page)' : frame.functionName || '(native)', app: false };
    if (!consumers.has(file)) consumers.set(file, new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
    const pos = consumers.get(file).originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!pos.source) return { source: frame.url.replace(/^.*\//, ''), app: false };
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(pos.source);
    if (pkg) return { source: `npm:${pkg[1]}`, app: false, name: `${pos.source.replace(/^.*node_modules\//, '')}:${pos.line} ${pos.name ?? frame.functionName}` };
    const source = pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*?\b(src|mocks)\//, '$1/');
    return { source, app: source.startsWith('src/'), name: pos.name ?? frame.functionName };
  };
}
