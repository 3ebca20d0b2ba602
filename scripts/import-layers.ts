/**
 * The layering rules of the code base, checked on its import graph. Pages (features) never import each other or
 * the app shell; the domain stays pure (no components, sources, app, state or pages); shared components know no page
 * and no shell; lib knows no component; nothing in src imports the fake upstream systems except the entry point,
 * which starts them in demo mode. There are no exceptions: where two features meet (the Overview shows the league
 * table's top three), the app shell composes them. `npm test` runs this through scripts/import-layers.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

export interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: string;
}

/** The layer of a repository path ("src/features/rankings/x.ts" → "features/rankings"); null outside the layers. */
export function layerOf(path: string): string | null {
  const parts = path.split('/');
  if (parts[0] === 'mocks') return 'mocks';
  if (parts[0] !== 'src' || parts.length < 3) return parts[0] === 'src' ? 'src' : null;
  if (parts[1] === 'features') return `features/${parts[2]}`;
  return parts[1] ?? null;
}

const isTest = (path: string) => /\.test\.tsx?$/.test(path) || /(^|\/)test-[\w-]+\.ts$/.test(path);

const ENTRIES = ['src/main.tsx', 'src/boot.ts'];

/** Why an arrow from one layer to another is forbidden, or null when it is allowed. */
export function forbidden(fromPath: string, toPath: string): string | null {
  const from = layerOf(fromPath);
  const to = layerOf(toPath);
  if (from === null || to === null || from === to) return null;
  // Tests use the one fake backend, and may read across pages to prove two of them agree.
  if (isTest(fromPath)) return null;
  // The entries (the app's, and its head start) decide whether the demo's fakes load; no other app code names them.
  if (to === 'mocks') return ENTRIES.includes(fromPath) || !fromPath.startsWith('src/') ? null : 'app code → mocks';
  const isFeature = (l: string) => l.startsWith('features/');
  if (isFeature(from) && isFeature(to)) return 'feature ↔ feature';
  if (isFeature(from) && to === 'app') return 'features → app';
  if (from === 'domain' && (['components', 'sources', 'app', 'state', 'queries'].includes(to) || isFeature(to))) return `domain → ${isFeature(to) ? 'features' : to}`;
  if (from === 'components' && (to === 'app' || isFeature(to))) return `components → ${to === 'app' ? 'app' : 'features'}`;
  if (from === 'lib' && to === 'components') return 'lib → components';
  if (from === 'state' && (to === 'app' || isFeature(to))) return `state → ${to === 'app' ? 'app' : 'features'}`;
  return null;
}

const IMPORT = /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** Relative specifiers of a source text. */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec?.startsWith('.')) out.push(spec);
  }
  return out;
}

export const arrow = (v: Pick<Violation, 'from' | 'to'>) => `${v.from} → ${v.to}`;

/** Every forbidden arrow among the files given (repository-relative POSIX paths → source text). */
export function checkImports(files: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = [];
  for (const [path, source] of files) {
    for (const spec of importsOf(source)) {
      const target = posix.normalize(posix.join(posix.dirname(path), spec)).replace(/\.(tsx?|js)$/, '');
      const rule = forbidden(path, target);
      if (rule) violations.push({ from: path, to: target, rule });
    }
  }
  return violations;
}

/** The repository's own sources: src and mocks, TypeScript files. */
export function readSources(root: string, dirs: readonly string[] = ['src', 'mocks']): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) files.set(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  for (const d of dirs) walk(join(root, d));
  return files;
}
