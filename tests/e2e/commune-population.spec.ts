import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR } from './helpers';

/*
 * The demo build, 2026-Q3: the complaints map's default measure is petitions per 10,000 residents, whose
 * population for the 69 communes and wards comes from the unit catalogue. Every shape must be coloured by a class,
 * none hatched as "no data", and the classes must differ across the province.
 */
test('colours all 69 communes and wards by petitions per 10,000 residents in 2026-Q3', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('/khieu-nai-to-cao?period=2026-Q3');
  const map = page.getByTestId('complaints-map');
  const shapes = map.locator('path[data-code]');
  await expect(shapes).toHaveCount(69, { timeout: 60_000 });
  await expect.poll(async () => (await shapes.evaluateAll((ps) => ps.filter((p) => (p.getAttribute('fill') ?? '').startsWith('url(')).length)), { timeout: 30_000 }).toBe(0);
  const fills = await shapes.evaluateAll((ps) => ps.map((p) => p.getAttribute('fill') ?? ''));
  expect(fills.every((f) => /^#[0-9a-f]{6}$/i.test(f))).toBe(true);
  expect(new Set(fills).size).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('complaints-figure-per10k')).toHaveText(/\d/);
  await map.scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await map.screenshot({ path: `${SCREENSHOT_DIR}/complaints-map-per10k-2026-Q3.png` });
});

test('ranks the 69 on per-10,000 indicators too: no unit is named for lacking a population', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/xep-hang?period=2026-Q3');
  await expect(page.getByTestId('league-table').locator('tbody tr')).toHaveCount(69, { timeout: 60_000 });
  await expect(page.getByTestId('population-note')).toHaveCount(0);
});
