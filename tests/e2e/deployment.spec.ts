import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HEADER_CSP } from '../../scripts/deploy/security-headers';
import { NGINX, startDeployment, type Deployment } from './deployment';
import { SCREENSHOT_DIR, watchCsp } from './helpers';

/**
 * The production build as a province deploys it: `demo: false`, served by nginx from the repository's sample config,
 * which proxies the upstream systems on the same origin and adds their credentials. Ports: E2E_PORT + 10 … + 13.
 */
const BASE = Number(process.env.E2E_PORT ?? 4173) + 10;

test.skip(!existsSync(NGINX), `nginx is needed at ${NGINX} (Debian: apt-get install nginx-light; npm test installs it)`);
test.describe.configure({ mode: 'serial' });

let deployment: Deployment;
test.beforeAll(async () => {
  deployment = await startDeployment({ port: BASE, upstreamPort: BASE + 1 });
});
test.afterAll(async () => {
  await deployment?.stop();
});

test('the proxy adds the credential: figures from the procedure system arrive, and the browser never holds the token', async ({ page, request }) => {
  const violations = await watchCsp(page);
  const sent: string[] = [];
  // A request still in flight when the test closes the page (the head start's early calls) has no headers left to
  // read: its rejection must not surface in the next test. Every request read while the page was open is checked.
  page.on('request', (r) => void r.allHeaders().then((h) => sent.push(JSON.stringify(h)), () => undefined));
  const bodies: string[] = [];
  page.on('response', (r) => void r.text().then((t) => bodies.push(t), () => undefined));

  const response = await page.goto(`${deployment.url}/?period=2024`);
  expect(response?.headers()['content-security-policy']).toBe(HEADER_CSP);
  await expect(page.getByTestId('kpi-services-online-value')).toHaveText(/\d/);
  await expect(page.getByTestId('kpi-complaints-received-value')).toHaveText(/\d/);
  await expect(page.getByText('Dữ liệu minh họa')).toHaveCount(0);

  expect(sent.length).toBeGreaterThan(5);
  expect(sent.join('\n')).not.toContain(deployment.token);
  expect(bodies.join('\n')).not.toContain(deployment.token);
  // Without the proxy's header the system refuses: the figures above came through the proxy's credential.
  const direct = await request.get(`${deployment.upstreamUrl}/upstream/motcua/api/dvc/danh-muc-dich-vu?nam=2024`);
  expect(direct.status()).toBe(401);
  // Under the deployment's narrower policy (connect-src 'self') nothing is blocked.
  expect(await violations()).toEqual([]);
});

test('one service worker per scope: the offline worker outside demo mode, the demo worker only in demo mode', async ({ page }) => {
  await page.goto(`${deployment.url}/?period=2024`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const here = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => (r.active ?? r.installing ?? r.waiting)?.scriptURL ?? ''));
  expect(here).toEqual([`${deployment.url}/sw.js`]);

  // The demo build on the preview server: only the Mock Service Worker, which must answer the fake systems.
  await page.goto('/?period=2024');
  await expect(page.getByTestId('kpi-services-online-value')).toHaveText(/\d/);
  const demo = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.active?.scriptURL ?? ''));
  expect(demo).toHaveLength(1);
  expect(demo[0]).toMatch(/\/mockServiceWorker\.js$/);
});

test('offline: the shell, every page and the last data loaded, labelled with the time it was saved', async ({ page, context }) => {
  await page.goto(`${deployment.url}/?period=2024`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const online = await page.getByTestId('kpi-complaints-received-value').textContent();
  expect(online).toMatch(/\d/);
  // The data are saved a moment after they arrive.
  await page.waitForTimeout(3000);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline-banner')).toContainText('Đang mất kết nối mạng');
  await expect(page.getByTestId('offline-saved-at')).toContainText(/Số liệu đã lưu lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  await expect(page.getByTestId('kpi-complaints-received-value')).toHaveText(online ?? '');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/offline-overview.png` });

  // A page never opened before: its code comes from the offline copy; figures it never loaded say "offline". (The
  // Overview already loaded what the disclosure page's headline needs, but not the year's commune reports.)
  await page.getByRole('navigation').getByRole('link', { name: 'Công khai QCDCCS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Công khai theo QCDCCS' })).toBeVisible();
  await expect(page.getByTestId('page-load-failed')).toHaveCount(0);
  // Either still paused ("will load when the connection returns") or failed as offline: never "loading" or a blank.
  await expect(page.locator('.panel').filter({ hasText: /(Đang mất|Mất) kết nối mạng/ }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/offline-unvisited-page.png` });
  await context.setOffline(false);
});

test.describe('a system that hangs', () => {
  let hanging: Deployment;
  test.beforeAll(async () => {
    hanging = await startDeployment({
      port: BASE + 2,
      upstreamPort: BASE + 3,
      hang: ['complaints'],
      config: (c) => ({ ...c, retries: 0, sources: { ...(c.sources as object), complaints: { baseUrl: '/upstream/ttcp/api', auth: null, timeoutSeconds: 15 } } }),
    });
  });
  test.afterAll(async () => {
    await hanging?.stop();
  });

  test('is named while the panel waits, then timed out with the reason; the other systems\' panels fill in', async ({ page }) => {
    await page.goto(`${hanging.url}/?period=2024`);
    const panel = page.getByTestId('panel-complaints');
    await expect(panel).toContainText(/Vẫn đang chờ Hệ thống báo cáo công tác tiếp công dân[^:]*: \d+ giây/, { timeout: 12_000 });
    await expect(page.getByTestId('kpi-services-online-value')).toHaveText(/\d/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hanging-system-slow.png` });
    await expect(panel).toContainText('không trả lời sau 15 giây', { timeout: 20_000 });
    await expect(panel.getByRole('button', { name: 'Thử lại' })).toBeVisible();
  });
});
