import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, collectConsoleErrors, horizontalOverflow, kpiValue, seriousA11yViolations } from './helpers';

test.describe('Overview in a real browser, on the demo upstream systems', () => {
  test('opens in Vietnamese with figures for all four themes', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
    // Without a period in the link: the latest full period (data reach November 2026).
    await expect(page.getByTestId('overview-subtitle')).toHaveText('Toàn tỉnh · Quý III/2026');
    for (const id of ['kpi-disclosure-ontime', 'kpi-complaints-received', 'kpi-complaints-resolution', 'kpi-services-online', 'kpi-services-ontime', 'kpi-emulation-models']) {
      expect(await kpiValue(page, id)).toMatch(/^[\d.,]+%?$/);
    }
    // Sparklines actually drew.
    await expect(page.locator('svg.sparkline polyline').first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/overview-2024.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  test('shows the published 2017 figures when 2017 is chosen', async ({ page }) => {
    await page.goto('/?period=2017');
    expect(await kpiValue(page, 'kpi-emulation-models')).toBe('1.700');
    expect(await kpiValue(page, 'kpi-emulation-exemplary')).toBe('350');
    await expect(page.getByTestId('services-levels')).toContainText('1.190');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/overview-2017.png`, fullPage: true });
  });

  test('changes period, follows back/forward, and a copied link restores the view', async ({ page, context }) => {
    await page.goto('/?period=2024');
    const year2024 = await kpiValue(page, 'kpi-complaints-received');
    await page.getByRole('combobox', { name: 'Loại kỳ' }).selectOption('quarter');
    await expect(page).toHaveURL(/period=2024-Q4/);
    await page.getByRole('combobox', { name: 'Quý' }).selectOption('2');
    await expect(page).toHaveURL(/period=2024-Q2/);
    await page.getByRole('combobox', { name: 'Đơn vị' }).selectOption('449');
    await expect(page.getByTestId('overview-subtitle')).toHaveText('Thị xã Kỳ Anh · Quý II/2024');
    const q2Unit = await kpiValue(page, 'kpi-complaints-received');
    expect(q2Unit).not.toBe(year2024);

    await page.goBack();
    await expect(page.getByTestId('overview-subtitle')).toHaveText('Toàn tỉnh · Quý II/2024');
    await page.goForward();
    await expect(page.getByTestId('overview-subtitle')).toHaveText('Thị xã Kỳ Anh · Quý II/2024');

    const permalink = page.url();
    const other = await context.newPage();
    await other.goto(permalink);
    await expect(other.getByTestId('overview-subtitle')).toHaveText('Thị xã Kỳ Anh · Quý II/2024');
    expect(await kpiValue(other, 'kpi-complaints-received')).toBe(q2Unit);
  });

  test('switches to English and keeps the language in the link', async ({ page }) => {
    await page.goto('/?period=2024-Q3');
    await page.getByRole('button', { name: /Ngôn ngữ/ }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByTestId('overview-subtitle')).toHaveText('Whole province · Q3 2024');
    expect(await kpiValue(page, 'kpi-services-online')).toMatch(/^\d+\.\d%$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a failing or malformed upstream shows only in its own panel', async ({ page }) => {
    await page.goto('/?period=2024&demo-fault=complaints:500,emulation:malformed');
    await expect(page.getByTestId('panel-complaints').getByRole('alert')).toContainText('HTTP 500');
    await expect(page.getByTestId('panel-emulation').getByRole('alert')).toContainText('sai cấu trúc');
    expect(await kpiValue(page, 'kpi-services-online')).toMatch(/%$/);
    expect(await kpiValue(page, 'kpi-disclosure-ontime')).toMatch(/%$/);
    await expect(page.locator('body')).not.toContainText('NaN');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/overview-faults.png`, fullPage: true });
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await page.goto('/?period=2024');
    await kpiValue(page, 'kpi-emulation-models');
    await kpiValue(page, 'kpi-disclosure-ontime');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('fits a phone screen', async ({ browser }) => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await phone.goto('/?period=2024');
    await kpiValue(phone, 'kpi-emulation-models');
    const overflow = await horizontalOverflow(phone);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/overview-phone.png`, fullPage: true });
    await phone.close();
  });
});
