import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/**
 * One definition per figure: for a year, a quarter, a month and periods on both sides of the 1 Jul 2023 switch,
 * every figure that appears in more than one place is the same string everywhere (Overview headline, theme page,
 * league table and unit page, theme tables and their CSV/XLSX, slide KPI and highlight, PDF text), every export
 * column says its unit, and "Toàn tỉnh" means the whole province.
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

// ---------------------------------------------------------------------------------------------------------------
// Tables, CSV/XLSX, league table and unit page: one unit's figures in every place that prints them.

type Grid = string[][];

/** Every row of a CSV export (UTF-8 with BOM, quoted by papaparse). */
function readCsv(file: string): Grid {
  const rows: Grid = [];
  for (const line of readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

const xmlText = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const columnIndex = (ref: string) => [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** Every row of the first sheet of an XLSX export, cells placed by their reference (empty cells stay empty). */
function readXlsx(file: string): Grid {
  const zip = unzipSync(readFileSync(file));
  const part = (name: string) => (zip[name] ? strFromU8(zip[name]) : '');
  const shared = [...part('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => xmlText(t[1] ?? '')).join(''),
  );
  return [...part('xl/worksheets/sheet1.xml').matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: string[] = [];
    for (const c of (row[1] ?? '').matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const body = c[2] ?? '';
      const ref = /r="([A-Z]+\d+)"/.exec(attrs)?.[1] ?? 'A1';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
      cells[columnIndex(ref)] = /t="s"/.test(attrs) ? (shared[Number(v)] ?? '') : xmlText(inline ?? v ?? '');
    }
    return Array.from(cells, (x) => x ?? '');
  });
}

async function panelExport(page: Page, panelId: string, kind: 'CSV' | 'Excel', file: string): Promise<Grid> {
  const panel = page.getByTestId(panelId);
  await panel.scrollIntoViewIfNeeded();
  const button = panel.getByRole('button', { name: new RegExp(`Tải ${kind}`) });
  await expect(button).toBeEnabled({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  await download.saveAs(file);
  return kind === 'CSV' ? readCsv(file) : readXlsx(file);
}

/** The header row (the one naming the unit code) and the row of one unit, by its code. */
function unitRow(grid: Grid, code: string): { header: string[]; row: string[] } {
  const headerAt = grid.findIndex((r) => r.some((c) => c.startsWith('Mã')));
  const header = grid[headerAt] ?? [];
  const row = grid.slice(headerAt + 1).find((r) => r.includes(code)) ?? [];
  return { header, row };
}

/** A percent export cell (one decimal, dot) as the screen prints it. */
const asScreenPercent = (cell: string | undefined) => `${Number(cell).toFixed(1).replace('.', ',')}%`;
const bare = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '');

/** Every numeric column of an export says its unit: "(%)", "(hồ sơ)", "(đơn trên 10.000 dân)"… */
function expectUnits(grid: Grid, code: string, what: string) {
  const { header, row } = unitRow(grid, code);
  expect(row.length, `${what}: a row for ${code}`).toBeGreaterThan(0);
  header.forEach((h, i) => {
    if (/^-?\d+(\.\d+)?$/.test(row[i] ?? '') && !/^(Hạng|Mã)/.test(h)) expect(h, `${what}: unit of "${h}"`).toMatch(/\(.+\)$/);
  });
}

const UNIT = '443';

for (const period of ['2017', '2024-Q3', '2024-08', '2023-Q2', '2023-Q3']) {
  test(`${period}: league table, unit page, theme tables and their CSV/XLSX give Can Lộc the same figures`, async ({ page }, info) => {
    test.setTimeout(300_000);
    await page.goto(`/don-vi/${UNIT}?period=${period}`);
    const unit = {
      online: bare(await textOf(page, 'unit-value-services.online')),
      onTime: bare(await textOf(page, 'unit-value-disclosure.onTime')),
      resolution: bare(await textOf(page, 'unit-value-complaints.resolution')),
      exemplaryShare: bare(await textOf(page, 'unit-value-emulation.exemplaryShare')),
      summary: await textOf(page, 'unit-rank'),
    };

    // League table: the unit's rank and score are the unit page's.
    await page.goto(`/xep-hang?period=${period}`);
    const rank = await textOf(page, `league-rank-${UNIT}`);
    const score = await textOf(page, `league-score-${UNIT}`);
    expect(unit.summary).toContain(`Hạng ${rank}/`);
    expect(unit.summary).toContain(`${score} điểm`);

    const places: ReadonlyArray<{ path: string; panel: string; header: RegExp; value: string }> = [
      { path: '/dich-vu-cong', panel: 'services-ranking-district', header: /^Tỷ lệ hồ sơ nộp trực tuyến \(%\)$/, value: unit.online },
      { path: '/cong-khai', panel: 'panel-ranking', header: /đúng hạn \(%\)$/, value: unit.onTime },
      { path: '/khieu-nai-to-cao', panel: 'complaints-ranking', header: /giải quyết.*\(%\)$/i, value: unit.resolution },
      { path: '/dan-van-kheo', panel: 'emulation-ranking', header: /^Tỷ lệ tiêu biểu \(%\)$/, value: unit.exemplaryShare },
    ];
    for (const place of places) {
      await page.goto(`${place.path}?period=${period}`);
      for (const kind of ['CSV', 'Excel'] as const) {
        const grid = await panelExport(page, place.panel, kind, info.outputPath(`${place.panel}-${period}.${kind === 'CSV' ? 'csv' : 'xlsx'}`));
        const { header, row } = unitRow(grid, UNIT);
        const at = header.findIndex((h) => place.header.test(h));
        expect(at, `${place.panel} ${kind}: a column ${place.header} in ${header.join(' | ')}`).toBeGreaterThanOrEqual(0);
        expect(asScreenPercent(row[at]), `${place.panel} ${kind}`).toBe(place.value);
        expectUnits(grid, UNIT, `${place.panel} ${kind}`);
      }
    }
  });
}
