import { expect, test, type Locator, type Page } from '@playwright/test';
import { SCREENSHOT_DIR, collectConsoleErrors, horizontalOverflow, seriousA11yViolations } from './helpers';

const CHARTS = ['complaints-ranking', 'complaints-trend', 'complaints-handling', 'complaints-quality', 'complaints-reception', 'complaints-comparison'];

/** Waits until every chart has drawn marks (bars and lines are SVG paths) and the map has its 13 shapes. */
async function chartsDrawn(page: Page) {
  for (const id of CHARTS) {
    // Charts mount as they come near the viewport: scroll to each, as a reader would.
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`[data-testid=${id}-chart] svg path`).count(), { message: id }).toBeGreaterThan(12);
  }
  await expect.poll(() => page.locator('[data-testid=complaints-map] path.leaflet-interactive').count()).toBeGreaterThanOrEqual(13);
  // Let ECharts finish its entry animation, so screenshots show the bars at their length.
  await page.waitForTimeout(1200);
}

/** Centre of the top-most or bottom-most bar of a horizontal bar chart, in page coordinates. */
async function barCentre(chart: Locator, which: 'top' | 'bottom') {
  await chart.scrollIntoViewIfNeeded();
  const centre = await chart.evaluate((el, pick) => {
    const bars = [...el.querySelectorAll('svg path')]
      .map((p) => p.getBoundingClientRect())
      .filter((r) => r.height > 6 && r.height < 30 && r.width > 12);
    const sorted = bars.toSorted((a, b) => a.top - b.top);
    const bar = pick === 'top' ? sorted[0] : sorted.at(-1);
    return bar ? { x: bar.left + bar.width / 2, y: bar.top + bar.height / 2 } : null;
  }, which);
  if (!centre) throw new Error('no bar found');
  return centre;
}

const figure = (page: Page, id: string) => page.getByTestId(`complaints-figure-${id}`);

test.describe('Complaints and denunciations in a real browser, on the demo complaints system', () => {
  test('draws every chart and the map, and makes the 2019 surge in Kỳ Anh town obvious', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/khieu-nai-to-cao?period=2019');
    await expect(page.getByRole('heading', { level: 1, name: 'Khiếu nại, tố cáo' })).toBeVisible();
    await expect(figure(page, 'received')).toHaveText(/^\d{1,3}(\.\d{3})*$/);
    await chartsDrawn(page);
    await expect(page.getByTestId('surge-notice')).toContainText('Thị xã Kỳ Anh: từ Tháng 5/2019 đến Tháng 8/2019');
    // The trend shades the surge and names it; the ranking flags the unit.
    await expect(page.getByTestId('complaints-trend-chart')).toContainText('Đột biến: Thị xã Kỳ Anh');
    await expect(page.getByTestId('complaints-ranking-chart')).toContainText('Thị xã Kỳ Anh ⚠ đột biến');
    await expect(page.getByTestId('reception-below')).toContainText('Huyện Vũ Quang');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/complaints-2019-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  test('changes period, selects a unit on the map and in a chart, and the selection shows everywhere', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/khieu-nai-to-cao?period=2024');
    await expect(page.getByTestId('complaints-subtitle')).toHaveText('Toàn tỉnh · Năm 2024');
    await expect(figure(page, 'received')).toHaveText(/\d/);
    const year = await figure(page, 'received').textContent();

    await page.getByRole('combobox', { name: 'Loại kỳ' }).selectOption('quarter');
    await expect(page).toHaveURL(/period=2024-Q4/);
    await expect(page.getByTestId('complaints-subtitle')).toHaveText('Toàn tỉnh · Quý IV/2024');
    await expect(figure(page, 'received')).not.toHaveText(year ?? '');
    await page.getByRole('combobox', { name: 'Năm' }).selectOption('2019');
    await expect(page).toHaveURL(/period=2019-Q4/);
    await chartsDrawn(page);
    // The trend shades the quarter being viewed.
    await expect(page.getByTestId('complaints-trend-chart')).toContainText('Kỳ đang xem');

    // The map: click Kỳ Anh town.
    await page.locator('[data-testid=complaints-map] path[data-code="449"]').click();
    await expect(page).toHaveURL(/unit=449/);
    await expect(page.getByTestId('complaints-subtitle')).toHaveText('Thị xã Kỳ Anh · Quý IV/2019');
    await expect(page.getByTestId('complaints-summary').getByRole('heading', { level: 2 })).toHaveText('Tổng hợp kỳ báo cáo: Thị xã Kỳ Anh');
    await expect(page.getByTestId('complaints-trend').getByRole('heading', { level: 2 })).toContainText('Thị xã Kỳ Anh');
    await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('449');
    const handling = page.getByTestId('complaints-handling');
    await handling.getByRole('button', { name: 'Xem dạng bảng' }).click();
    await expect(handling.locator('tr[aria-selected=true]')).toContainText('Thị xã Kỳ Anh');
    await handling.getByRole('button', { name: 'Xem biểu đồ' }).click();

    // A chart: the bottom bar of the reception chart is the chair with the fewest sessions (Vũ Quang).
    const reception = page.getByTestId('complaints-reception-chart');
    await expect.poll(() => reception.locator('svg path').count()).toBeGreaterThan(12);
    const bottom = await barCentre(reception, 'bottom');
    await page.mouse.click(bottom.x, bottom.y);
    await expect(page).toHaveURL(/unit=441/);
    await expect(page.getByTestId('complaints-subtitle')).toHaveText('Huyện Vũ Quang · Quý IV/2019');
    await expect(page.locator('[data-testid=complaints-map] path[data-code="441"]')).toHaveAttribute('aria-pressed', 'true');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/complaints-selected-desktop.png`, fullPage: true });

    // Clicking the selected unit again clears the selection.
    await page.locator('[data-testid=complaints-map] path[data-code="441"]').click();
    await expect(page.getByTestId('complaints-subtitle')).toHaveText('Toàn tỉnh · Quý IV/2019');
    expect(errors).toEqual([]);
  });

  test('switches the headline and the comparison, and says where the population comes from', async ({ page }) => {
    await page.goto('/khieu-nai-to-cao?period=2023');
    await chartsDrawn(page);
    await expect(page.getByTestId('complaints-ranking').getByTestId('population-note')).toContainText('ước tính minh họa cho');
    await page.getByTestId('headline-switch').getByRole('button', { name: 'Tỷ lệ giải quyết thuộc thẩm quyền' }).click();
    await expect(page.getByTestId('complaints-ranking').getByRole('heading', { level: 2 })).toHaveText('Xếp hạng đơn vị: tỷ lệ giải quyết thuộc thẩm quyền');
    await expect(page.getByTestId('complaints-map').getByRole('heading', { level: 2 })).toHaveText('Bản đồ tỷ lệ giải quyết thuộc thẩm quyền');
    await expect(page.getByTestId('complaints-ranking-chart')).toContainText('%');
    const comparison = page.getByTestId('complaints-comparison');
    await comparison.getByRole('button', { name: 'Số đơn' }).click();
    await expect(comparison.getByTestId('population-note')).toHaveCount(0);
    await expect.poll(() => page.locator('[data-testid=complaints-comparison-chart] svg path').count()).toBeGreaterThan(12);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/complaints-resolution-desktop.png`, fullPage: true });
  });

  test('a failing complaints system shows in its panels, with the reason', async ({ page }) => {
    await page.goto('/khieu-nai-to-cao?period=2024&demo-fault=complaints:500');
    for (const id of ['complaints-summary', 'complaints-map', 'complaints-ranking', 'complaints-trend', 'complaints-comparison']) {
      await expect(page.getByTestId(id).getByRole('alert')).toContainText('HTTP 500');
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Khiếu nại, tố cáo' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await page.goto('/khieu-nai-to-cao?period=2019');
    await chartsDrawn(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('fits a phone and fills a projector', async ({ browser }) => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await phone.goto('/khieu-nai-to-cao?period=2019&unit=449');
    await chartsDrawn(phone);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/complaints-phone.png`, fullPage: true });
    await phone.close();

    const projector = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await projector.goto('/khieu-nai-to-cao?period=2019');
    await chartsDrawn(projector);
    expect(await horizontalOverflow(projector)).toBeLessThanOrEqual(0);
    await projector.screenshot({ path: `${SCREENSHOT_DIR}/complaints-projector.png`, fullPage: false });
    await projector.screenshot({ path: `${SCREENSHOT_DIR}/complaints-projector-full.png`, fullPage: true });
    await projector.close();
  });
});
