#!/usr/bin/env node
/**
 * Main-thread JavaScript per page, from a CPU profile of the page loading in Chromium at 4× CPU slowdown (Lighthouse's
 * mobile setting), attributed to source files through the build's source maps. Lighthouse's TBT on a shared machine
 * moves by a factor of two between runs; the profile says where the time goes, so a change can be judged by the
 * part it targets (e.g. validation moving off the main thread shows as zod and the adapters leaving the list).
 *   npm run bench:main-thread -- --port 4326                       demo mode, every page, 3 runs each
 *   npm run bench:main-thread -- --pages /,/cong-khai --modes demo,real --runs 1 --top 20
 *   npm run bench:main-thread -- --dist /tmp/other-build            compare another build (built with --sourcemap)
 * Without --dist it builds with source maps into a temporary directory (dist/ is left alone).
 */
import { chromium } from '@playwright/test';
import { ALL_PAGES, arg, frameOrigins, sourceMappedBuild } from './bench-profile.mjs';
import { serve, stop } from './bench-server.mjs';

const pages = arg('pages', ALL_PAGES).split(',');
const modes = arg('modes', 'demo').split(',');
const runs = Number(arg('runs', '3'));
const top = Number(arg('top', '12'));
const port = Number(arg('port', '4190'));
const settleMs = Number(arg('settle', '12000'));
const dist = sourceMappedBuild('bench-main-thread');
const base = `http://127.0.0.1:${port}`;
const originOf = frameOrigins(dist);
/** Source file (or package) of a profiled frame. */
const sourceOf = (frame) => originOf(frame).source;

const NOT_SCRIPT = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** One load of the page: self time per source (ms), after the page's data and charts have settled. */
async function profileLoad(browser, url) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // First visit installs the demo's service worker; the measured load is the second, as a returning phone would see.
  await page.goto(url);
  await page.waitForTimeout(4000);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await page.reload();
  await page.waitForTimeout(settleMs);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const bySource = new Map();
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id);
    const key = NOT_SCRIPT.has(frame.functionName) ? frame.functionName : sourceOf(frame);
    bySource.set(key, (bySource.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return bySource;
}

const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
try {
  for (const mode of modes) {
    const server = await serve(mode, port, dist);
    try {
      for (const page of pages) {
        const samples = [];
        for (let r = 0; r < runs; r++) samples.push(await profileLoad(browser, `${base}${page}`));
        const script = median(samples.map((s) => [...s].filter(([k]) => !NOT_SCRIPT.has(k)).reduce((a, [, t]) => a + t, 0)));
        const keys = new Set(samples.flatMap((s) => [...s.keys()]));
        const perSource = [...keys].map((k) => [k, median(samples.map((s) => s.get(k) ?? 0))]).filter(([k]) => !NOT_SCRIPT.has(k));
        console.log(`\n${mode} ${page}: main-thread JavaScript ${Math.round(script)} ms (median of ${runs}, 4× CPU slowdown)`);
        for (const [k, t] of perSource.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${String(Math.round(t)).padStart(6)} ms  ${k}`);
      }
    } finally {
      stop(server);
    }
  }
} finally {
  await browser.close();
}
