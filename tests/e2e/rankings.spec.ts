import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOT_DIR, collectConsoleErrors, horizontalOverflow, seriousA11yViolations } from './helpers';

const rows = (page: Page) => page.getByTestId('league-table').locator('tbody tr');
const rankOf = async (page: Page, code: string) => Number(await page.getByTestId(`league-rank-${code}`).textContent());

/** The bump chart drew one line per unit (ECharts' SVG renderer: a path per line, plus symbols). */
async function bumpDrawn(page: Page) {
  // Charts mount as they come near the viewport.
  await page.getByTestId('panel-bump').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('[data-testid=panel-bump-chart] svg path').count()).toBeGreaterThan(13 * 2);
}

/** ECharts animates some parts of its first draw: screenshots wait for the finished picture. */
const settled = (page: Page) => page.waitForTimeout(1200);

test.describe('League table in a real browser, on the demo upstream systems', () => {
  test('ranks all 13 units with method, weights and a bump chart', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/xep-hang?period=2024');
    await expect(page.getByRole('heading', { level: 1, name: 'Xếp hạng đơn vị' })).toBeVisible();
    await expect(rows(page)).toHaveCount(13);
    await expect(page.getByTestId('rankings-subtitle')).toHaveText('Năm 2024 · 13 đơn vị cấp huyện được xếp hạng');
    const ranks = await Promise.all(['436', '437', '439', '440', '441', '442', '443', '444', '445', '446', '447', '448', '449'].map((c) => rankOf(page, c)));
    expect(ranks.toSorted((a, b) => a - b)[0]).toBe(1);
    expect(Math.max(...ranks)).toBeLessThanOrEqual(13);
    await bumpDrawn(page);
    // Each row draws its rank line.
    await expect(page.locator('svg.rank-sparkline polyline')).toHaveCount(13);
    const method = page.getByTestId('method-panel');
    await expect(method.getByTestId('method-weight-disclosure')).toHaveText('25%');
    await expect(method.getByTestId('method-disclosure.onTime')).toContainText('100 điểm tại 100,0%');
    await expect(method.getByTestId('tier-legend')).toContainText('từ 80 điểm');
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/rankings-2024.png`, fullPage: true });
    await page.getByTestId('panel-bump').screenshot({ path: `${SCREENSHOT_DIR}/rankings-bump-2024.png` });
    expect(errors).toEqual([]);
  });

  test('changes period: 2019 shows Kỳ Anh town falling with its complaint wave', async ({ page }) => {
    await page.goto('/xep-hang?period=2018');
    await expect(rows(page)).toHaveCount(13);
    const in2018 = await rankOf(page, '449');
    await page.getByRole('combobox', { name: 'Năm' }).selectOption('2019');
    await expect(page).toHaveURL(/period=2019/);
    await expect(page.getByTestId('rankings-subtitle')).toContainText('Năm 2019');
    await expect.poll(() => rankOf(page, '449')).toBeGreaterThan(in2018);
    await expect(page.getByTestId('league-change-449')).toContainText('↓');
    await page.getByRole('combobox', { name: 'Loại kỳ' }).selectOption('quarter');
    await expect(page).toHaveURL(/period=2019-Q4/);
    await expect(rows(page)).toHaveCount(13);
    await bumpDrawn(page);
  });

  test('a unit clicked in the table is selected in the chart and the shell, and its page opens', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/xep-hang?period=2024');
    await bumpDrawn(page);
    await page.getByTestId('league-score-441').click();
    await expect(page).toHaveURL(/unit=441/);
    await expect(page.locator('tr[data-code="441"]')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('441');
    // The bump chart redraws with the selected unit's line in the selection colour, drawn thick.
    await expect.poll(() => page.locator('[data-testid=panel-bump-chart] svg path[stroke="#E69F00"]').count()).toBeGreaterThan(0);
    await settled(page);
    await page.getByTestId('panel-bump').screenshot({ path: `${SCREENSHOT_DIR}/rankings-bump-selected.png` });
    // Sorting by a theme column, with aria-sort.
    await page.getByRole('button', { name: /^Dịch vụ công/ }).click();
    await expect(page.locator('th', { has: page.getByRole('button', { name: /^Dịch vụ công/ }) })).toHaveAttribute('aria-sort', 'descending');
    await page.getByRole('link', { name: 'Mở trang đơn vị Huyện Vũ Quang' }).click();
    await expect(page).toHaveURL(/\/don-vi\/441\?period=2024&unit=441/);
    await expect(page.getByRole('heading', { level: 1, name: 'Huyện Vũ Quang' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await page.goto('/xep-hang?period=2024&unit=443');
    await expect(rows(page)).toHaveCount(13);
    await bumpDrawn(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  for (const [name, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['projector', { width: 1920, height: 1080 }],
  ] as const) {
    test(`fits a ${name} screen`, async ({ browser }) => {
      const page = await browser.newPage({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1 });
      await page.goto('/xep-hang?period=2024&unit=449');
      await expect(rows(page)).toHaveCount(13);
      await bumpDrawn(page);
      const overflow = await horizontalOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
      await settled(page);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/rankings-${name}.png`, fullPage: true });
      await page.close();
    });
  }
});
