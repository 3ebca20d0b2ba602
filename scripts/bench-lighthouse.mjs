#!/usr/bin/env node
/**
 * Lighthouse on the production build, demo data, every page: median of N runs (default 3) per page and preset,
 * because scores wobble on a shared machine. Prints performance, accessibility, best practices, LCP, TBT and the
 * JavaScript transferred.
 *   npm run bench:lighthouse                       all pages, mobile and desktop, 3 runs
 *   npm run bench:lighthouse -- --runs 1 --pages /,/dich-vu-cong --presets mobile
 *   npm run bench:lighthouse -- --no-build         reuse dist/
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', '3'));
const pages = arg('pages', '/,/cong-khai,/khieu-nai-to-cao,/dich-vu-cong,/dan-van-kheo,/xep-hang,/don-vi/443,/trinh-chieu').split(',');
const presets = arg('presets', 'mobile,desktop').split(',');
const port = Number(arg('port', '4190'));
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 60; i++) {
  try {
    const r = await fetch(`${base}/config.json`);
    if (r.ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 500));
}

const outDir = mkdtempSync(join(tmpdir(), 'lh-'));
const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)];
const flags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const rows = [];
try {
  for (const preset of presets) {
    for (const page of pages) {
      const samples = [];
      for (let r = 0; r < runs; r++) {
        const out = join(outDir, `lh-${preset}-${r}.json`);
        const args = ['lighthouse', `${base}${page}`, `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices', '--output=json', `--output-path=${out}`, '--quiet'];
        if (preset === 'desktop') args.push('--preset=desktop');
        execFileSync('npx', args, { env: { ...process.env, CHROME_PATH: chrome }, stdio: 'ignore' });
        const lhr = JSON.parse(readFileSync(out, 'utf8'));
        const scripts = (lhr.audits['network-requests']?.details?.items ?? []).filter((it) => it.resourceType === 'Script');
        samples.push({
          perf: Math.round(lhr.categories.performance.score * 100),
          a11y: Math.round(lhr.categories.accessibility.score * 100),
          bp: Math.round(lhr.categories['best-practices'].score * 100),
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
          js: scripts.reduce((s, it) => s + (it.transferSize ?? 0), 0),
        });
      }
      const pick = (k) => median(samples.map((s) => s[k]));
      rows.push({ preset, page, perf: pick('perf'), a11y: pick('a11y'), bp: pick('bp'), lcp: pick('lcp'), tbt: pick('tbt'), js: pick('js') });
      const last = rows.at(-1);
      console.log(
        `${preset.padEnd(8)} ${page.padEnd(20)} perf ${String(last.perf).padStart(3)}  a11y ${String(last.a11y).padStart(3)}  bp ${String(last.bp).padStart(3)}  LCP ${(last.lcp / 1000).toFixed(2)} s  TBT ${Math.round(last.tbt)} ms  JS ${(last.js / 1024).toFixed(1)} KiB`,
      );
    }
  }
} finally {
  server.kill();
}
console.log(`\nmedian of ${runs} run(s) per row`);
