#!/usr/bin/env node
/**
 * Which element is each page's Largest Contentful Paint, and when it and the first paint happen, on a throttled
 * phone (Chromium's own network and CPU throttling: 150 ms round trip, 1.6 Mbit/s down, CPU 4× slower, 412 px wide).
 * Lighthouse 12.2.3 cannot name the element with this Chromium (its audit fails on the trace), and the element says
 * what the paint waits for: a heading waits for the page's code, a panel's figures for their upstream system.
 * Times are those of one load on this machine, not Lighthouse's simulation: compare pages and builds, not the bar.
 *   npm run bench:lcp                                   every page, demo and real mode
 *   npm run bench:lcp -- --pages /,/xep-hang --modes real --port 4211 --dist /tmp/other [--requests]
 *   npm run bench:lcp -- --unthrottled    the load as Lighthouse observes it before simulating a phone: the element
 *       it names is the one Lighthouse's LCP waits for, and every request started before it counts in its estimate
 */
import { chromium } from '@playwright/test';
import { ALL_PAGES, arg } from './bench-profile.mjs';
import { serve, stop } from './bench-server.mjs';

const pages = arg('pages', ALL_PAGES).split(',');
const modes = arg('modes', 'demo,real').split(',');
const port = Number(arg('port', '4190'));
const dist = arg('dist', 'dist');
const showRequests = process.argv.includes('--requests');
const unthrottled = process.argv.includes('--unthrottled');
const base = `http://127.0.0.1:${port}`;

/** Runs in the page before its scripts: records every LCP candidate with a short description of its element. */
function observeLcp() {
  const describe = (el) => {
    if (!el) return '(removed)';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const id = el.getAttribute?.('data-testid') ? `[${el.getAttribute('data-testid')}]` : '';
    return `${el.tagName.toLowerCase()}${cls}${id}`;
  };
  window.lcpCandidates = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const within = [];
      for (let p = e.element?.parentElement, i = 0; p && i < 3; p = p.parentElement, i++) within.push(describe(p));
      window.lcpCandidates.push({ at: Math.round(e.startTime), size: e.size, element: describe(e.element), within: within.join(' < '), text: (e.element?.textContent ?? '').trim().slice(0, 60) });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
try {
  for (const mode of modes) {
    const server = await serve(mode, port, dist);
    try {
      for (const path of pages) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        if (!unthrottled) {
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        }
        await page.addInitScript(observeLcp);
        await page.goto(base + path, { waitUntil: 'load' });
        // LCP candidates stop once the page is settled; the slowest upstream answers arrive within this on a phone.
        await page.waitForTimeout(10_000);
        const seen = await page.evaluate(() => ({
          lcp: window.lcpCandidates,
          fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
          requests: performance.getEntriesByType('resource').map((e) => ({ name: e.name.replace(location.origin, ''), start: Math.round(e.startTime), end: Math.round(e.responseEnd) })),
        }));
        const last = seen.lcp.at(-1);
        console.log(`${mode.padEnd(5)} ${path.padEnd(20)} FCP ${seen.fcp} ms  LCP ${last?.at ?? '–'} ms  ${last ? `${last.element} in ${last.within}: "${last.text}"` : ''}`);
        for (const c of seen.lcp.slice(0, -1)) console.log(`      earlier candidate at ${c.at} ms: ${c.element} "${c.text}"`);
        if (showRequests) for (const r of seen.requests.sort((a, b) => a.start - b.start)) console.log(`      ${String(r.start).padStart(6)} → ${String(r.end).padStart(6)} ms  ${r.name.slice(0, 110)}`);
        await context.close();
      }
    } finally {
      stop(server);
    }
  }
} finally {
  await browser.close();
}
