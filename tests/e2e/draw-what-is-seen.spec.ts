import { expect, test } from '@playwright/test';
import { collectConsoleErrors, kpiValue } from './helpers';

// A mid-range phone: what it does not show, it must not draw while the page loads.
test.use({ viewport: { width: 390, height: 844 } });

const CHARTS = ['services-ranking-district', 'services-ranking-department', 'services-scopes', 'services-trend-online', 'services-trend-ontime', 'services-levels', 'services-payment', 'services-anomalies'];

/** Charts of the page with an ECharts drawing in them (an SVG with shapes). */
const drawn = (page: import('@playwright/test').Page) =>
  page.evaluate(
    (ids) => ids.filter((id) => (document.querySelector(`[data-testid="${id}-chart"] svg`)?.querySelectorAll('path').length ?? 0) > 0),
    CHARTS,
  );

test('on a phone, charts below the fold are drawn only as they scroll near, each drawn when it arrives', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/dich-vu-cong?period=2024');
  await kpiValue(page, 'services-kpi-online');
  await expect(page.locator('[data-testid=services-map] path.leaflet-interactive').first()).toBeVisible();
  await page.waitForTimeout(2000);
  // The trend, levels, payment and anomaly charts are several screens down: not drawn, their space kept.
  const atLoad = await drawn(page);
  for (const far of ['services-trend-online', 'services-trend-ontime', 'services-levels', 'services-payment', 'services-anomalies']) expect(atLoad).not.toContain(far);

  const before = await page.evaluate(() => document.documentElement.scrollHeight);
  for (const id of CHARTS) {
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await drawn(page)).includes(id), { message: `${id} drawn once in view`, timeout: 20_000 }).toBe(true);
  }
  // Reserved heights: drawing every chart moved nothing below it by more than a little.
  const after = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(Math.abs(after - before)).toBeLessThan(before * 0.05);
  expect(errors).toEqual([]);
});
