#!/usr/bin/env node
/**
 * The long tasks of each page (main-thread tasks over 50 ms, the ones Total Blocking Time counts) and what each one
 * does, from a Chromium trace and CPU profile of the page loading at 4× CPU slowdown (Lighthouse's mobile setting),
 * on a 412 px wide phone viewport. For every task: when it started, how long it ran, what started it (a timer, a
 * message, an animation frame, a script), the time in style and layout, and the code it ran: the nearest source
 * file of the app on the stack (which component or chart) and the packages it spent its own time in.
 *   npm run bench:long-tasks -- --port 4351                           demo mode, every page
 *   npm run bench:long-tasks -- --pages /trinh-chieu --modes demo,real --dist /tmp/build-with-sourcemaps
 *   npm run bench:long-tasks -- --cpu 1 --threshold 12.5 --first-visit   as Lighthouse's mobile run sees the page:
 *       a fresh profile, loaded unslowed, then simulated 4× slower, so every task over 12.5 ms counts, four times over
 * Without --dist it builds with source maps into a temporary directory (dist/ is left alone).
 */
import { chromium } from '@playwright/test';
import { ALL_PAGES, arg, frameOrigins, sourceMappedBuild } from './bench-profile.mjs';
import { serve, stop } from './bench-server.mjs';

const pages = arg('pages', ALL_PAGES).split(',');
const modes = arg('modes', 'demo').split(',');
const port = Number(arg('port', '4190'));
const settleMs = Number(arg('settle', '12000'));
const threshold = Number(arg('threshold', '50'));
/** CPU slowdown applied while tracing; with 1, blocking time is reckoned as Lighthouse simulates it (4× each task). */
const cpu = Number(arg('cpu', '4'));
const simulated = (ms) => (cpu === 1 ? 4 * ms : ms);
/** Trace the first visit of a fresh profile (as Lighthouse loads a page) rather than a returning visit. */
const firstVisit = process.argv.includes('--first-visit');
/** A source (e.g. `npm:leaflet`) whose time is also broken down by function, for a closer look. */
const detail = arg('detail', null);
const dist = sourceMappedBuild('bench-long-tasks');
const base = `http://127.0.0.1:${port}`;
const origin = frameOrigins(dist);

const NOT_SCRIPT = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'];

/** What started a task: the first timeline event inside it. */
const KINDS = { TimerFire: 'timer', FireAnimationFrame: 'animation frame', EventDispatch: 'event', ParseHTML: 'parse HTML', EvaluateScript: 'script', 'v8.compile': 'compile', FunctionCall: 'callback', ResourceReceivedData: 'network', XHRReadyStateChange: 'network', RunMicrotasks: 'microtasks', 'v8.evaluateModule': 'module' };

async function trace(browser, url) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  // The first visit installs the demo's service worker; the measured load is the second, as a returning phone sees it.
  if (!firstVisit) {
    await page.goto(url);
    await page.waitForTimeout(4000);
  } else await page.goto('about:blank');
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  if (firstVisit) await page.goto(url);
  else await page.reload();
  await page.waitForTimeout(settleMs);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { events, profile };
}

function longTasks({ events, profile }) {
  // The page's main thread: the renderer main thread with the most task time.
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasksByThread = new Map();
  for (const e of events) {
    if (e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && mains.has(`${e.pid}:${e.tid}`)) {
      const key = `${e.pid}:${e.tid}`;
      if (!tasksByThread.has(key)) tasksByThread.set(key, []);
      tasksByThread.get(key).push(e);
    }
  }
  const [thread, all] = [...tasksByThread].sort((a, b) => b[1].reduce((s, e) => s + e.dur, 0) - a[1].reduce((s, e) => s + e.dur, 0))[0] ?? [null, []];
  const inThread = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X');
  // Nested RunTask events: keep the outermost.
  const top = all.filter((t) => !all.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur && o.dur > t.dur));
  const navStart = events.find((e) => e.name === 'navigationStart' && mains.has(`${e.pid}:${e.tid}`))?.ts ?? top[0]?.ts ?? 0;

  // CPU samples with their times (µs, the trace's clock).
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const originOf = new Map();
  const originCached = (id) => {
    if (!originOf.has(id)) originOf.set(id, origin(nodes.get(id).callFrame));
    return originOf.get(id);
  };
  const samples = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    samples.push({ t, id });
  });

  return top
    .filter((task) => task.dur / 1000 > threshold && task.ts >= navStart)
    .map((task) => {
      const end = task.ts + task.dur;
      const inside = inThread.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end && e !== task);
      const first = inside.filter((e) => KINDS[e.name]).sort((a, b) => a.ts - b.ts)[0];
      const longest = inside.filter((e) => e.dur > 0).sort((a, b) => b.dur - a.dur)[0];
      const kind = first ? `${KINDS[first.name]}${first.args?.data?.url ? ` ${first.args.data.url.replace(/^.*\//, '')}` : ''}` : (longest?.name ?? '?');
      const sum = (names) => inside.filter((e) => names.includes(e.name)).reduce((s, e) => s + e.dur, 0) / 1000;
      const selfBy = new Map();
      const detailBy = new Map();
      const appBy = new Map();
      for (let i = 0; i < samples.length; i++) {
        const s = samples[i];
        if (s.t < task.ts || s.t > end) continue;
        const dt = ((samples[i + 1]?.t ?? s.t) - s.t) / 1000;
        const frame = nodes.get(s.id).callFrame;
        if (NOT_SCRIPT.has(frame.functionName)) continue;
        const own = originCached(s.id);
        selfBy.set(own.source, (selfBy.get(own.source) ?? 0) + dt);
        if (own.source === detail) {
          // Attribute to the outermost frame of that source on the stack: the entry point the app called.
          let outer = s.id;
          for (let id = s.id; id !== undefined; id = parent.get(id)) if (originCached(id).source === detail) outer = id;
          const key = `${originCached(outer).name} > ${own.name}`;
          detailBy.set(key, (detailBy.get(key) ?? 0) + dt);
        }
        // The nearest frame of the app's own code on the stack says which component or chart the time is for.
        let id = s.id;
        while (id !== undefined && !originCached(id).app) id = parent.get(id);
        const app = id === undefined ? '(no app frame)' : `${originCached(id).source}${originCached(id).name ? ` ${originCached(id).name}` : ''}`;
        appBy.set(app, (appBy.get(app) ?? 0) + dt);
      }
      const topOf = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).filter(([, ms]) => ms >= 3).map(([k, ms]) => `${k} ${Math.round(ms)}`).join(', ');
      // Without samples (the sampler starved on a busy machine, or no JavaScript ran): the longest events inside.
      const biggest = selfBy.size ? '' : inside.filter((e) => e !== task && e.dur >= 3000).sort((a, b) => b.dur - a.dur).slice(0, 3).map((e) => `${e.name} ${Math.round(e.dur / 1000)}`).join(', ');
      return {
        biggest,
        start: (task.ts - navStart) / 1000,
        ms: task.dur / 1000,
        kind,
        style: sum(['UpdateLayoutTree', 'RecalculateStyles']),
        layout: sum(['Layout']),
        self: topOf(selfBy, 4),
        app: topOf(appBy, 4),
        detail: topOf(detailBy, 8),
      };
    });
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
try {
  for (const mode of modes) {
    const server = await serve(mode, port, dist);
    try {
      for (const page of pages) {
        const tasks = longTasks(await trace(browser, `${base}${page}`));
        const blocking = tasks.reduce((s, x) => s + Math.max(0, simulated(x.ms) - 50), 0);
        const how = cpu === 1 ? 'no CPU slowdown; blocking reckoned on 4× each task, as Lighthouse simulates' : `${cpu}× CPU slowdown`;
        console.log(`\n${mode} ${page}: ${tasks.length} tasks over ${threshold} ms, ${Math.round(blocking)} ms blocking in all (${how}, from navigation to the end of the load)`);
        for (const x of tasks) {
          console.log(`  at ${String(Math.round(x.start)).padStart(6)} ms  ${String(Math.round(x.ms)).padStart(4)} ms  ${x.kind}  style ${Math.round(x.style)} layout ${Math.round(x.layout)}`);
          if (x.app) console.log(`      app: ${x.app}`);
          if (x.self) console.log(`      self: ${x.self}`);
          if (x.detail) console.log(`      ${detail}: ${x.detail}`);
          if (x.biggest) console.log(`      events: ${x.biggest}`);
        }
      }
    } finally {
      stop(server);
    }
  }
} finally {
  await browser.close();
}
