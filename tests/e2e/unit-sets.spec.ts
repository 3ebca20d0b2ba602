import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './helpers';

/**
 * The unit set in force, in a real browser: the shipped config, with its last month moved to 2026-11 (as after the
 * 2025–2026 data are loaded), so that periods on both sides of the 2025 changes can be chosen.
 */
async function withDataTo202611(page: Page) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as { periods: { firstMonth: string; lastMonth: string } };
    await route.fulfill({ response, json: { ...config, periods: { ...config.periods, lastMonth: '2026-11' } } });
  });
}

const unitOptions = (page: Page) => page.locator('.unit-filter option:not([value=""])');

test.describe('Every page on the unit set in force', () => {
  test('2024 on 13 districts; 2025-Q1 on 12, saying its comparison crosses 1 Jan 2025', async ({ page }) => {
    await withDataTo202611(page);
    await page.goto('/khieu-nai-to-cao?period=2024');
    await expect(unitOptions(page)).toHaveCount(13);
    await expect(page.getByTestId('unit-set-notice')).toHaveCount(0);
    await page.goto('/khieu-nai-to-cao?period=2025-Q1');
    await expect(unitOptions(page)).toHaveCount(12);
    await expect(page.getByTestId('unit-set-comparison')).toContainText('01/01/2025');
  });

  test('the year 2025 on the 69 communes and wards, with the re-aggregation note and the units not comparable', async ({ page }) => {
    await withDataTo202611(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/?period=2025');
    await expect(unitOptions(page)).toHaveCount(69);
    const note = page.getByTestId('unit-set-notice');
    await expect(note).toBeVisible();
    await expect(page.getByTestId('unit-set-reaggregated')).toContainText('01/07/2025');
    await expect(page.getByTestId('unit-set-not-comparable')).toContainText('Phường Thành Sen');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/unit-sets-2025-overview.png` });
  });

  test('opens on the latest full period, 2026-Q3, on the 69 units, readable on a phone', async ({ page }) => {
    await withDataTo202611(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/khieu-nai-to-cao?period=2025&lang=en');
    await expect(page.getByTestId('unit-set-reaggregated')).toContainText('12 districts → 69 communes and wards');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/unit-sets-2025-phone-en.png` });
    await page.goto('/dich-vu-cong');
    await expect(page.locator('.period-control select').first()).toHaveValue('quarter');
    await expect(unitOptions(page)).toHaveCount(69);
  });
});
