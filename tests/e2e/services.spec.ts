import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOT_DIR, collectConsoleErrors, horizontalOverflow, kpiValue, seriousA11yViolations } from './helpers';

const CHARTS = ['services-ranking-district', 'services-ranking-department', 'services-scopes', 'services-trend-online', 'services-trend-ontime', 'services-levels', 'services-payment', 'services-anomalies'];

/** Centre of the topmost bar of a horizontal bar chart (bars are SVG paths filled with a series colour). */
function topBarCentre(page: Page, chartTestId: string) {
  return page.getByTestId(chartTestId).evaluate((el) => {
    const bars = [...el.querySelectorAll('svg path')]
      .filter((p) => ['#0072B2', '#D55E00', '#E69F00'].includes((p.getAttribute('fill') ?? '').toUpperCase()))
      .map((p) => p.getBoundingClientRect())
      .filter((r) => r.width > 20 && r.height > 6);
    const top = bars.toSorted((a, b) => a.top - b.top)[0];
    return top ? { x: top.left + top.width / 2, y: top.top + top.height / 2 } : null;
  });
}

async function clickTopBar(page: Page, chartTestId: string) {
  // Mouse coordinates are the viewport's: bring the chart into view first.
  await page.getByTestId(chartTestId).scrollIntoViewIfNeeded();
  await expect.poll(() => topBarCentre(page, chartTestId), { message: `a bar in ${chartTestId}` }).not.toBeNull();
  // Bars grow during ECharts' entry animation, and a chart that fits its rows can grow once measured: click where
  // the bar ends up, once two readings 300 ms apart agree (a busy machine draws late).
  await page.waitForTimeout(1200);
  let previous: { x: number; y: number } | null = null;
  await expect
    .poll(
      async () => {
        const now = await topBarCentre(page, chartTestId);
        const steady = previous !== null && now !== null && Math.abs(now.x - previous.x) < 1 && Math.abs(now.y - previous.y) < 1;
        previous = now;
        return steady;
      },
      { intervals: [300], message: `${chartTestId} settled` },
    )
    .toBe(true);
  const centre = await topBarCentre(page, chartTestId);
  if (!centre) throw new Error(`no bar in ${chartTestId}`);
  await page.mouse.click(centre.x, centre.y);
}

/** Waits until every chart of the page has drawn marks (bars or lines are SVG paths) and the map has its shapes. */
async function chartsDrawn(page: Page) {
  for (const id of CHARTS) {
    // Charts mount as they come near the viewport: scroll to each, as a reader would.
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`[data-testid=${id}-chart] svg path`).count(), { message: id }).toBeGreaterThan(10);
  }
  await expect.poll(() => page.locator('[data-testid=services-map] path.leaflet-interactive').count()).toBeGreaterThanOrEqual(13);
  // Let ECharts finish its entry animation so screenshots show whole lines and bars.
  await page.waitForTimeout(1500);
}

test.describe('Online public services in a real browser, on the demo procedure system', () => {
  test('draws every chart and the map, and shows the 2020 anomalies', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/dich-vu-cong?period=2020');
    await expect(page.getByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' })).toBeVisible();
    expect(await kpiValue(page, 'services-kpi-online')).toMatch(/^[\d,]+%$/);
    await chartsDrawn(page);
    const anomalies = page.getByTestId('services-anomalies-list');
    await expect(anomalies).toContainText('Huyện Hương Khê, Tháng 10/2020');
    await expect(anomalies).toContainText('Mưa lũ lịch sử tháng 10–11/2020');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/services-2020-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  test('reads 1.190 level-3 services for the province when 2017 is chosen', async ({ page }) => {
    await page.goto('/dich-vu-cong?period=2017');
    await expect(page.getByTestId('services-levels-headline')).toContainText('mức độ 3 năm 2017: 1.190');
    await expect(page.getByTestId('services-levels-total-province')).toContainText('mức độ 3: 1.190');
    await expect(page.getByTestId('services-levels').getByRole('heading', { level: 2 })).toContainText('Nghị định 43/2011/NĐ-CP');
    await page.getByTestId('services-levels').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-testid=services-levels-chart] svg path').count()).toBeGreaterThan(10);
    await page.waitForTimeout(1500);
    await page.getByTestId('services-levels').screenshot({ path: `${SCREENSHOT_DIR}/services-levels-2017.png` });
  });

  test('changes period, selects a district on the map and in a chart, and the selection shows everywhere', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/dich-vu-cong?period=2024');
    await expect(page.getByTestId('services-subtitle')).toHaveText('Toàn tỉnh · Năm 2024');
    const province2024 = await kpiValue(page, 'services-kpi-online');

    await page.getByRole('combobox', { name: 'Loại kỳ' }).selectOption('quarter');
    await expect(page).toHaveURL(/period=2024-Q4/);
    await expect(page.getByTestId('services-subtitle')).toHaveText('Toàn tỉnh · Quý IV/2024');
    await expect.poll(() => kpiValue(page, 'services-kpi-online')).not.toBe(province2024);
    await page.getByRole('combobox', { name: 'Năm' }).selectOption('2022');
    await expect(page).toHaveURL(/period=2022-Q4/);
    await expect(page.getByTestId('services-levels').getByRole('heading', { level: 2 })).toContainText('Nghị định 42/2022/NĐ-CP');

    // The map: click Hương Khê.
    await chartsDrawn(page);
    await page.locator('[data-testid=services-map] path[data-code="444"]').click();
    await expect(page).toHaveURL(/unit=444/);
    await expect(page.getByTestId('services-subtitle')).toHaveText('Huyện Hương Khê · Quý IV/2022');
    await expect(page.getByTestId('services-headline').getByRole('heading', { level: 2 })).toContainText('Huyện Hương Khê');
    await expect(page.getByTestId('services-trend-online').getByRole('heading', { level: 2 })).toContainText('Huyện Hương Khê');
    await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('444');
    // The ranking table marks the same unit.
    const ranking = page.getByTestId('services-ranking-district');
    await ranking.getByRole('button', { name: 'Xem dạng bảng' }).click();
    await expect(ranking.locator('tr[aria-selected=true]')).toContainText('Huyện Hương Khê');
    await ranking.getByRole('button', { name: 'Xem biểu đồ' }).click();

    // A chart: click the top bar of the district ranking (the best unit) to select it instead.
    const urlBefore = page.url();
    await clickTopBar(page, 'services-ranking-district-chart');
    await expect.poll(() => page.url()).not.toBe(urlBefore);
    await expect(page).toHaveURL(/unit=\d{3}/);
    await expect(page).not.toHaveURL(/unit=444/);
    await expect(page.getByTestId('services-subtitle')).not.toHaveText(/Toàn tỉnh|Hương Khê/);
    // A department bar marks the department on this page, without touching the page-wide unit.
    const selectedUrl = page.url();
    await clickTopBar(page, 'services-ranking-department-chart');
    await expect(page.getByTestId('services-ranking-department')).toContainText('Đang đánh dấu:');
    expect(page.url()).toBe(selectedUrl);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/services-selected-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  test('a failing procedure system shows in its panels only', async ({ page }) => {
    await page.goto('/dich-vu-cong?period=2024&demo-fault=procedures:500');
    await expect(page.getByTestId('services-headline').getByRole('alert')).toContainText('HTTP 500');
    await expect(page.getByTestId('services-levels').getByRole('alert')).toContainText('HTTP 500');
    await expect(page.getByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await page.goto('/dich-vu-cong?period=2020');
    await chartsDrawn(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('fits a phone and fills a projector', async ({ browser }) => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await phone.goto('/dich-vu-cong?period=2020&unit=444');
    await chartsDrawn(phone);
    const overflow = await horizontalOverflow(phone);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/services-phone.png`, fullPage: true });
    await phone.close();

    const projector = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await projector.goto('/dich-vu-cong?period=2019');
    await chartsDrawn(projector);
    await expect(projector.getByTestId('services-anomalies-list')).toContainText('Sở Tài nguyên và Môi trường');
    expect(await horizontalOverflow(projector)).toBeLessThanOrEqual(0);
    await projector.screenshot({ path: `${SCREENSHOT_DIR}/services-projector.png`, fullPage: false });
    await projector.screenshot({ path: `${SCREENSHOT_DIR}/services-projector-full.png`, fullPage: true });
    await projector.close();
  });
});
