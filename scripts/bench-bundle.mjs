#!/usr/bin/env node
/**
 * Builds the app and prints the JavaScript (and CSS) each route loads before it is usable: the entry chunk, the
 * route's page chunk and everything they import statically. Demo-only code (MSW and the demo dataset) is printed
 * apart, since a real deployment never loads it. Sizes are raw and gzip (level 9, as a CDN would send them).
 *   npm run bench            build, then measure
 *   npm run bench -- --no-build   measure the existing dist/
 */
import { execSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const size = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** Static import closure of a manifest entry: what the browser must fetch before the chunk runs. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const pageKeys = Object.keys(manifest).filter((k) => /src\/features\/.+Page\.tsx$/.test(k));
const demoKey = Object.keys(manifest).find((k) => k.endsWith('mocks/browser.ts'));

function measure(keys) {
  const files = new Set();
  const css = new Set();
  for (const k of keys) for (const c of closure(k)) {
    files.add(manifest[c].file);
    for (const f of manifest[c].css ?? []) css.add(f);
  }
  const sum = (set) => [...set].map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  return { js: sum(files), css: sum(css), chunks: files.size };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = [];
const entry = measure([entryKey]);
rows.push(['(shell: entry only)', entry]);
for (const page of pageKeys.sort()) rows.push([page.replace(/^src\/features\//, ''), measure([entryKey, page])]);

console.log('\nFirst-load assets per route (entry + page chunk + static imports)');
console.log('route'.padEnd(44), 'chunks', 'JS raw'.padStart(11), 'JS gzip'.padStart(11), 'CSS gzip'.padStart(10));
for (const [name, m] of rows) {
  console.log(name.padEnd(44), String(m.chunks).padStart(6), kib(m.js.raw).padStart(11), kib(m.js.gzip).padStart(11), kib(m.css.gzip).padStart(10));
}
if (demoKey) {
  const demo = measure([demoKey]);
  const entryFiles = closure(entryKey);
  const demoOnly = [...closure(demoKey)].filter((k) => !entryFiles.has(k)).map((k) => size(manifest[k].file));
  const total = demoOnly.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  console.log(`\nDemo mode only (MSW + demo dataset, ${demo.chunks} chunks): ${kib(total.raw)} raw, ${kib(total.gzip)} gzip`);
}
const all = Object.values(manifest).map((m) => m.file).filter((f) => f.endsWith('.js'));
const totalJs = [...new Set(all)].reduce((s, f) => s + statSync(join(dist, f)).size, 0);
console.log(`All JavaScript in dist/: ${kib(totalJs)} raw in ${new Set(all).size} files\n`);
