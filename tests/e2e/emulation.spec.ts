import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOT_DIR, collectConsoleErrors, horizontalOverflow, seriousA11yViolations } from './helpers';

const kpi = async (page: Page, id: string) => {
  const el = page.getByTestId(`emu-kpi-${id}-value`);
  await expect(el).toHaveText(/\d/);
  return (await el.textContent()) ?? '';
};

/** Waits until every chart of the page has drawn its marks (ECharts' SVG renderer: one path per bar or line). */
async function chartsDrawn(page: Page) {
  for (const [id, min] of [
    ['emulation-ranking-chart', 13],
    ['emulation-fields-chart', 13 * 3],
    ['emulation-shares-chart', 13 * 2],
    ['emulation-growth-chart', 16],
  ] as const) {
    // Charts mount as they come near the viewport: scroll to each, as a reader would.
    await page.getByTestId(id.replace(/-chart$/, '')).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`[data-testid=${id}] svg path`).count(), { message: id }).toBeGreaterThan(min);
  }
  await expect(page.locator('[data-testid=emulation-map] path.leaflet-interactive')).toHaveCount(13);
  // The registry's table, last on the page, mounts as it comes near too.
  await page.getByTestId('emulation-registry').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('registry-table').locator('tbody tr')).toHaveCount(20);
}

/** ECharts animates its first draw (about a second): screenshots wait for the finished picture. */
const settled = (page: Page) => page.waitForTimeout(1500);

const registryCount = async (page: Page) => Number(await page.getByTestId('registry-count').getAttribute('data-count'));

test.describe('"Dân vận khéo" page in a real browser, on the demo registry', () => {
  test('draws every chart, the map and the registry, without console errors', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/dan-van-kheo?period=2024');
    await expect(page.getByRole('heading', { level: 1, name: 'Phong trào "Dân vận khéo"' })).toBeVisible();
    expect(await kpi(page, 'models')).toBe('3.440');
    await chartsDrawn(page);
    await expect(page.getByTestId('registry-table').locator('tbody tr')).toHaveCount(20);
    await expect(page.getByTestId('emulation-insight')).toContainText('Cao nhất');
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/emulation-2024.png`, fullPage: true });
    for (const id of ['emulation-map', 'emulation-ranking', 'emulation-fields', 'emulation-shares', 'emulation-growth']) {
      await page.getByTestId(id).screenshot({ path: `${SCREENSHOT_DIR}/${id}-2024.png` });
    }
    expect(errors).toEqual([]);
  });

  test('shows the published 2017 figures when 2017 is chosen', async ({ page }) => {
    await page.goto('/dan-van-kheo?period=2017');
    expect(await kpi(page, 'models')).toBe('1.700');
    expect(await kpi(page, 'exemplary')).toBe('350');
    await expect(page.getByTestId('emulation-published')).toContainText('1.700 mô hình, trong đó 350 mô hình tiêu biểu');
    await expect(page.getByTestId('emulation-published')).toContainText('khớp');
    expect(await registryCount(page)).toBe(1700);
    await page.getByTestId('emulation-registry').getByRole('checkbox', { name: /Chỉ mô hình tiêu biểu/ }).check();
    await expect.poll(() => registryCount(page)).toBe(350);
  });

  test('changes period: a quarter shows the stock at the end of the year before', async ({ page }) => {
    await page.goto('/dan-van-kheo?period=2024');
    const year2024 = await kpi(page, 'models');
    await page.getByRole('combobox', { name: 'Loại kỳ' }).selectOption('quarter');
    await expect(page).toHaveURL(/period=2024-Q4/);
    await expect(page.getByTestId('emulation-stock-note')).toContainText('đến hết năm 2023');
    const stock2023 = await kpi(page, 'models');
    expect(stock2023).not.toBe(year2024);
    await expect(page.getByTestId('emulation-kpis').getByRole('heading')).toContainText('2023');
    await chartsDrawn(page);
  });

  test('clicking a unit on the map or a bar selects it everywhere', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/dan-van-kheo?period=2024');
    await chartsDrawn(page);
    // The map: Huyện Can Lộc.
    await page.locator('[data-testid=emulation-map] path.leaflet-interactive[data-code="443"]').click();
    await expect(page).toHaveURL(/unit=443/);
    await expect(page.getByTestId('emulation-subtitle')).toHaveText('Huyện Can Lộc · Năm 2024');
    await expect(page.getByTestId('emulation-registry').getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('443');
    const unitModels = Number((await kpi(page, 'models')).replace(/\./g, ''));
    expect(await registryCount(page)).toBe(unitModels);
    await expect(page.getByTestId('emulation-growth').getByRole('heading')).toContainText('Huyện Can Lộc');
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/emulation-unit-443.png`, fullPage: true });

    // A bar of the ranking chart: the top bar is the best unit; clicking it moves the selection there.
    // The chart redraws for the new selection in the background pass (its bars can move under the pointer while it
    // does): read the bars' places again and click until the selection moves, as a reader would click again.
    const bars = page.locator('[data-testid=emulation-ranking-chart] svg path[fill="#0072B2"], [data-testid=emulation-ranking-chart] svg path[fill="#E69F00"]');
    await expect(async () => {
      const boxes = await bars.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width })));
      const top = boxes.filter((b) => b.w > 4).sort((a, b) => a.y - b.y)[0];
      if (!top) throw new Error('no ranking bars');
      await page.mouse.click(top.x, top.y);
      await expect(page).not.toHaveURL(/unit=443/, { timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    await expect(page).toHaveURL(/unit=\d{3}/);
    await expect(page.getByTestId('emulation-subtitle')).not.toContainText('Toàn tỉnh');
    expect(errors).toEqual([]);
  });

  test('searches, pages and downloads the filtered registry', async ({ page }) => {
    await page.goto('/dan-van-kheo?period=2024');
    const panel = page.getByTestId('emulation-registry');
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.getByText('Trang 1/172')).toBeVisible();
    await panel.getByRole('button', { name: 'Trang sau' }).click();
    await expect(panel.getByText('Trang 2/172')).toBeVisible();
    await panel.getByRole('searchbox', { name: 'Tìm mô hình' }).fill('bưởi phúc trạch');
    await expect.poll(() => registryCount(page)).toBeLessThan(200);
    const matches = await registryCount(page);
    expect(matches).toBeGreaterThan(0);
    await expect(panel.locator('tbody tr').first()).toContainText('Hương Khê');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Tải sổ theo dõi đã lọc (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dan-van-kheo-so-theo-doi-2024\.csv$/);
    const text = await (await download.createReadStream()).toArray();
    const lines = Buffer.concat(text).toString('utf8').trim().split(/\r\n/);
    // Title, context lines, a blank line, the header, then one line per model.
    const header = lines.findIndex((l) => l.startsWith('Mã mô hình'));
    expect(lines.length - header - 1).toBe(matches);
  });

  test('offers models per 10,000 residents on the map and ranking', async ({ page }) => {
    await page.goto('/dan-van-kheo?period=2024');
    await page.getByTestId('metric-switch').getByText('Mô hình trên 10.000 dân').click();
    await expect(page.getByTestId('emulation-ranking').getByRole('heading')).toContainText('Mô hình trên 10.000 dân');
    await expect(page.getByTestId('emulation-population-note')).toContainText('ước tính');
    await chartsDrawn(page);
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await page.goto('/dan-van-kheo?period=2024&unit=446');
    await chartsDrawn(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('fits a phone and fills a projector', async ({ browser }) => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await phone.goto('/dan-van-kheo?period=2024&unit=441');
    await chartsDrawn(phone);
    const overflow = await horizontalOverflow(phone);
    expect(overflow).toBeLessThanOrEqual(0);
    await settled(phone);
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/emulation-phone.png`, fullPage: true });
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/emulation-phone-top.png` });
    for (const id of ['emulation-ranking', 'emulation-fields', 'emulation-growth', 'emulation-registry']) {
      await phone.getByTestId(id).screenshot({ path: `${SCREENSHOT_DIR}/${id}-phone.png` });
    }
    await phone.close();

    const projector = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await projector.goto('/dan-van-kheo?period=2017');
    await chartsDrawn(projector);
    expect(await horizontalOverflow(projector)).toBeLessThanOrEqual(0);
    await settled(projector);
    await projector.screenshot({ path: `${SCREENSHOT_DIR}/emulation-projector.png`, fullPage: false });
    await projector.screenshot({ path: `${SCREENSHOT_DIR}/emulation-projector-full.png`, fullPage: true });
    await projector.close();
  });

  test('a failing registry shows in its own panels only', async ({ page }) => {
    await page.goto('/dan-van-kheo?period=2024&demo-fault=emulation:500');
    await expect(page.getByTestId('emulation-kpis').getByRole('alert')).toContainText('HTTP 500');
    await expect(page.getByTestId('emulation-registry').getByRole('alert')).toContainText('HTTP 500');
    await expect(page.getByRole('combobox', { name: 'Đơn vị' }).first().locator('option')).toHaveCount(14);
    await expect(page.locator('body')).not.toContainText('NaN');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/emulation-fault.png`, fullPage: true });
  });
});
