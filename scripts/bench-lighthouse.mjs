#!/usr/bin/env node
/**
 * Lighthouse on the production build, every page: median of N runs (default 3) per page, preset and mode, because
 * scores wobble on a shared machine. Prints performance, accessibility, best practices, LCP, TBT, CLS and the
 * JavaScript transferred.
 *   demo mode   `vite preview` of dist/ as shipped (MSW answers from the pre-generated demo dataset);
 *   real mode   dist/ with `demo: false`, next to a local upstream serving the same wire-format JSON
 *               (scripts/bench-upstream.ts): what a deployment against the province's systems costs the page.
 *   npm run bench:lighthouse                       all pages, mobile and desktop, demo and real, 3 runs
 *   npm run bench:lighthouse -- --runs 1 --pages /,/dich-vu-cong --presets mobile --modes demo --port 4211
 *   npm run bench:lighthouse -- --no-build         reuse dist/
 *   npm run bench:lighthouse -- --dist /tmp/other  measure another build (implies --no-build), e.g. before/after a change
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PAGES, arg } from './bench-profile.mjs';
import { serve, stop } from './bench-server.mjs';

const runs = Number(arg('runs', '3'));
const pages = arg('pages', ALL_PAGES).split(',');
const presets = arg('presets', 'mobile,desktop').split(',');
const modes = arg('modes', 'demo,real').split(',');
const port = Number(arg('port', '4190'));
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const dist = arg('dist', 'dist');

if (!process.argv.includes('--no-build') && !process.argv.includes('--dist')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });

const base = `http://127.0.0.1:${port}`;


const outDir = mkdtempSync(join(tmpdir(), 'lh-'));
/** Milliseconds of main-thread work of one group in Lighthouse's breakdown (throttled CPU). */
const mainThread = (lhr, group) => (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).find((it) => it.group === group)?.duration ?? 0;
const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)];
const flags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const rows = [];
for (const mode of modes) {
  const server = await serve(mode, port, dist);
  try {
    for (const preset of presets) {
      for (const page of pages) {
        const samples = [];
        for (let r = 0; r < runs; r++) {
          const out = join(outDir, `lh-${mode}-${preset}-${page.replace(/\W+/g, '_') || 'root'}-${r}.json`);
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
            cls: lhr.audits['cumulative-layout-shift'].numericValue,
            js: scripts.reduce((s, it) => s + (it.transferSize ?? 0), 0),
            // Main-thread time by kind (script evaluation, style and layout, ...), the part of TBT a change can move.
            script: mainThread(lhr, 'scriptEvaluation'),
            layout: mainThread(lhr, 'styleLayout'),
            tasks: (lhr.audits['long-tasks']?.details?.items ?? []).length,
          });
        }
        const pick = (k) => median(samples.map((s) => s[k]));
        rows.push({ mode, preset, page, perf: pick('perf'), a11y: pick('a11y'), bp: pick('bp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), js: pick('js'), script: pick('script'), layout: pick('layout'), tasks: pick('tasks') });
        const last = rows.at(-1);
        console.log(
          `${mode.padEnd(5)} ${preset.padEnd(8)} ${page.padEnd(20)} perf ${String(last.perf).padStart(3)}  a11y ${String(last.a11y).padStart(3)}  bp ${String(last.bp).padStart(3)}  LCP ${(last.lcp / 1000).toFixed(2)} s  TBT ${Math.round(last.tbt)} ms  CLS ${last.cls.toFixed(3)}  JS ${(last.js / 1024).toFixed(1)} KiB  script ${Math.round(last.script)} ms  layout ${Math.round(last.layout)} ms  long tasks ${last.tasks}`,
        );
      }
    }
  } finally {
    stop(server);
  }
}
console.log(`\nmedian of ${runs} run(s) per row; Lighthouse reports in ${outDir}`);
