import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOT_DIR, collectConsoleErrors, horizontalOverflow, kpiValue, seriousA11yViolations } from './helpers';

/** Waits until a chart panel's SVG holds more than `min` drawn shapes: a blank chart fails here. */
async function chartDrew(page: Page, testId: string, min: number) {
  // Charts mount as they come near the viewport: scroll to it, as a reader would.
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  const shapes = page.locator(`[data-testid=${testId}-chart] svg path`);
  await expect.poll(() => shapes.count(), { timeout: 20_000 }).toBeGreaterThan(min);
}

/** ECharts animates bars and lines in: let it finish before a screenshot a person will judge. */
const settle = (page: Page) => page.waitForTimeout(1500);

async function waitForPage(page: Page) {
  await kpiValue(page, 'kpi-onTime');
  await chartDrew(page, 'panel-ranking', 13);
  await chartDrew(page, 'panel-trend', 30);
  await chartDrew(page, 'panel-heatmap', 13 * 14);
  await chartDrew(page, 'panel-posting', 2 * 13);
  await expect(page.locator('[data-testid=panel-map] path.leaflet-interactive')).toHaveCount(13);
}

test.describe('Disclosure page in a real browser, on the demo reporting app', () => {
  test('draws the map, ranking, trend, heatmap and posting charts, and follows period and unit', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/cong-khai?period=2024');
    await expect(page.getByRole('heading', { level: 1, name: 'Công khai theo QCDCCS' })).toBeVisible();
    await waitForPage(page);
    const year = await kpiValue(page, 'kpi-onTime');
    expect(year).toMatch(/^\d+,\d%$/);
    await expect(page.getByTestId('attention-list')).toContainText('Hương Liên');
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/disclosure-2024.png`, fullPage: true });

    // Period from the shell: the headline and the charts follow.
    await page.getByRole('combobox', { name: 'Loại kỳ' }).selectOption('quarter');
    await expect(page).toHaveURL(/period=2024-Q4/);
    await page.getByRole('combobox', { name: 'Quý', exact: true }).selectOption('2');
    await expect(page).toHaveURL(/period=2024-Q2/);
    await expect(page.getByTestId('disclosure-subtitle')).toHaveText('Toàn tỉnh · Quý II/2024');
    await expect(page.getByTestId('kpi-onTime-value')).not.toHaveText(year);
    await chartDrew(page, 'panel-heatmap', 13 * 14);

    // A bar of the ranking chart selects its unit page-wide.
    const firstBar = page.locator('[data-testid=panel-ranking-chart] svg path[fill="#0072B2"]').first();
    await firstBar.click();
    await expect(page).toHaveURL(/unit=\d{3}/);
    const code = new URL(page.url()).searchParams.get('unit');
    const name = await page.getByRole('combobox', { name: 'Đơn vị' }).locator('option:checked').textContent();
    await expect(page.getByTestId('disclosure-subtitle')).toHaveText(`${name} · Quý II/2024`);
    await expect(page.getByRole('heading', { name: `Từng xã, từng nội dung: ${name}` })).toBeVisible();
    await expect(page.getByTestId('commune-matrix').locator('tbody tr').first()).toBeVisible();
    // The map shows the selection too (its link to the unit page).
    await expect(page.getByTestId('panel-map').getByRole('link', { name: `Mở trang đơn vị: ${name}` })).toHaveAttribute('href', new RegExp(`/don-vi/${code}`));

    // A shape on the map selects another unit, and the drill-down follows.
    await page.getByTestId('panel-map').getByRole('button', { name: /^Huyện Vũ Quang:/ }).click();
    await expect(page).toHaveURL(/unit=441/);
    await expect(page.getByRole('heading', { name: 'Từng xã, từng nội dung: Huyện Vũ Quang' })).toBeVisible();
    await expect(page.getByTestId('commune-matrix-total')).toContainText('Cộng Huyện Vũ Quang');
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/disclosure-2024-Q2-vu-quang.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  test('shows both content lists for 2023 and lets the user keep one', async ({ page }) => {
    await page.goto('/cong-khai?period=2023&unit=444');
    await waitForPage(page);
    await expect(page.getByTestId('heatmap-span-note')).toContainText('1/7/2023');
    const heatmap = page.getByTestId('panel-heatmap');
    await chartDrew(page, 'panel-heatmap', 10);
    const cells = page.locator('[data-testid=panel-heatmap-chart] svg path');
    const both = await cells.count();
    await heatmap.getByRole('radio', { name: 'Luật 10/2022 (14 nội dung)' }).check();
    await expect.poll(() => cells.count()).toBeLessThan(both);
    await settle(page);
    await heatmap.screenshot({ path: `${SCREENSHOT_DIR}/disclosure-2023-heatmap.png` });
    await page.getByTestId('panel-trend').screenshot({ path: `${SCREENSHOT_DIR}/disclosure-2023-trend.png` });
  });

  test('a failing reporting app shows in this page’s panels, not as a blank page', async ({ page }) => {
    await page.goto('/cong-khai?period=2024&demo-fault=disclosure:500');
    await expect(page.getByTestId('panel-headline').getByRole('alert')).toContainText('HTTP 500');
    await expect(page.getByTestId('panel-heatmap').getByRole('alert')).toContainText('HTTP 500');
    await expect(page.getByRole('heading', { level: 1, name: 'Công khai theo QCDCCS' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await page.goto('/cong-khai?period=2024&unit=443');
    await waitForPage(page);
    await expect(page.getByTestId('commune-matrix')).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  for (const [label, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['projector', { width: 1920, height: 1080 }],
  ] as const) {
    test(`fits a ${label} screen`, async ({ browser }) => {
      const view = await browser.newPage({ viewport, deviceScaleFactor: label === 'phone' ? 2 : 1 });
      const errors = collectConsoleErrors(view);
      await view.goto('/cong-khai?period=2024&unit=447');
      await waitForPage(view);
      await expect(view.getByTestId('commune-matrix')).toBeVisible();
      const overflow = await horizontalOverflow(view);
      expect(overflow).toBeLessThanOrEqual(0);
      await settle(view);
      await view.screenshot({ path: `${SCREENSHOT_DIR}/disclosure-${label}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await view.close();
    });
  }
});
