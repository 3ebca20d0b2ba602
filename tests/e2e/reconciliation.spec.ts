import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * One definition per figure: for a year, a quarter, a month and periods on both sides of the 1 Jul 2023 switch,
 * every figure that appears in more than one place is the same string everywhere (Overview headline, theme page,
 * league table's unit page, slide KPI and highlight, CSV and PDF text), and "Toàn tỉnh" means the whole province.
 */

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function textOf(page: Page, testId: string): Promise<string> {
  const el = page.getByTestId(testId);
  await expect(el).toHaveText(/\d/, { timeout: 30_000 });
  return squash((await el.textContent()) ?? '');
}

interface Headlines {
  readonly online: string;
  readonly resolution: string;
  readonly received: string;
  readonly models: string;
  readonly exemplary: string;
}

async function overviewHeadlines(page: Page, period: string): Promise<Headlines> {
  await page.goto(`/?period=${period}`);
  return {
    online: await textOf(page, 'kpi-services-online-value'),
    resolution: await textOf(page, 'kpi-complaints-resolution-value'),
    received: await textOf(page, 'kpi-complaints-received-value'),
    models: await textOf(page, 'kpi-emulation-models-value'),
    exemplary: await textOf(page, 'kpi-emulation-exemplary-value'),
  };
}

for (const period of ['2017', '2024-Q3', '2024-08', '2023-Q2', '2023-Q3']) {
  test(`${period}: the same figures on the Overview, theme pages, unit page and slides`, async ({ page }) => {
    test.setTimeout(180_000);
    const overview = await overviewHeadlines(page, period);

    // Theme pages.
    await page.goto(`/dich-vu-cong?period=${period}`);
    expect(await textOf(page, 'services-kpi-online-value')).toBe(overview.online);
    await page.goto(`/khieu-nai-to-cao?period=${period}`);
    expect(await textOf(page, 'complaints-figure-resolution')).toContain(overview.resolution);
    expect(await textOf(page, 'complaints-figure-received')).toContain(overview.received);
    const belowPage = squash((await page.getByTestId('reception-below').textContent()) ?? '');
    await page.goto(`/dan-van-kheo?period=${period}`);
    expect(await textOf(page, 'emu-kpi-models-value')).toBe(overview.models);
    expect(await textOf(page, 'emu-kpi-exemplary-value')).toBe(overview.exemplary);

    // The unit page's "Toàn tỉnh" is the whole province, as on the Overview.
    await page.goto(`/don-vi/443?period=${period}`);
    expect(await textOf(page, 'province-value-services.online')).toBe(overview.online);
    expect(await textOf(page, 'province-value-complaints.resolution')).toBe(overview.resolution);

    // Slides: the Overview slide's KPIs, the services highlight, the reception shortfalls.
    await page.goto(`/trinh-chieu?period=${period}&slides=overview,services,complaints`);
    expect(await textOf(page, 'slide-kpi-onlineShare-value')).toBe(overview.online);
    expect(await textOf(page, 'slide-kpi-complaintResolution-value')).toBe(overview.resolution);
    expect(await textOf(page, 'slide-kpi-received-value')).toBe(overview.received);
    expect(await textOf(page, 'slide-kpi-models-value')).toBe(overview.models);
    // A stock is compared year end with the year end before the one shown, named, never with itself.
    const stockYear = period.length === 4 ? Number(period) : Number(period.slice(0, 4)) - 1;
    await expect(page.getByTestId('slide-kpi-models')).toContainText(`so với cuối năm ${stockYear - 1}`);
    await page.getByRole('button', { name: /Trang sau/ }).click();
    await expect(page.getByTestId('slide-highlights')).toContainText(`Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt ${overview.online}`, { timeout: 30_000 });
    if (period === '2017') await expect(page.getByTestId('slide')).toContainText('1.190 dịch vụ mức độ 3');
    await page.getByRole('button', { name: /Trang sau/ }).click();
    await expect(page.getByTestId('slide-highlights')).toContainText('Luật Tiếp công dân', { timeout: 30_000 });
    // The districts the complaints page lists below the monthly minimum are those the slide's table finds short
    // (sessions meeting the monthly minimum < the minimum): one rule, judged month by month.
    const slide = page.getByTestId('slide');
    await slide.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const rows = await slide.locator('table.data tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
    const number = (text: string | undefined) => Number((text ?? '').replace(/\./g, ''));
    const slideNames = rows.filter((r) => !r[0]?.startsWith('Toàn tỉnh') && number(r.at(-2)) < number(r.at(-1))).map((r) => squash(r[0] ?? ''));
    const pageNames = /Dưới mức tối thiểu: (.*)\.$/.exec(belowPage)?.[1]?.split(', ') ?? [];
    expect(new Set(pageNames)).toEqual(new Set(slideNames));
  });
}

test('2017: the published figures (1.700 models, 350 exemplary, 1.190 level-3 services) in the PDF pack, and exports carry units', async ({ page }, info) => {
  test.setTimeout(180_000);
  const overview = await overviewHeadlines(page, '2017');
  expect(overview.models).toBe('1.700');
  expect(overview.exemplary).toBe('350');

  await page.goto('/trinh-chieu?period=2017');
  await expect(page.getByTestId('slide-highlights')).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Tải bộ tài liệu PDF' }).click()]);
  const file = info.outputPath('pack-2017.pdf');
  await download.saveAs(file);
  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  expect(text).toContain('1.190 dịch vụ mức độ 3');
  expect(text).toContain('1.700');
  expect(text).toContain('350');
  expect(text).toContain(overview.online);

  // The comparison by petition type, per 10,000 residents: its CSV header says so.
  await page.goto('/khieu-nai-to-cao?period=2017');
  const panel = page.getByTestId('complaints-comparison');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /CSV/ }).click()]);
  const csvFile = info.outputPath('comparison.csv');
  await csv.saveAs(csvFile);
  const header = readFileSync(csvFile, 'utf8').split('\n').find((line) => line.includes('Khiếu nại')) ?? '';
  // Per 10,000 residents is the panel's default scale.
  expect(header).toMatch(/Khiếu nại \(đơn trên 10\.000 dân\)/);
});
