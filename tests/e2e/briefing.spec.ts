import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { extractFigures } from '../../src/domain/highlights/figures';
import { sequentialColours } from '../../src/domain/scale/palettes';
import { SCREENSHOT_DIR, collectConsoleErrors, horizontalOverflow, seriousA11yViolations } from './helpers';
import { readFirstSheet } from './read-files';

const DEFAULT_TITLES = ['Tổng quan', 'Công khai theo QCDCCS', 'Khiếu nại, tố cáo', 'Dịch vụ công trực tuyến', 'Phong trào “Dân vận khéo”', 'Bảng xếp hạng đơn vị'];

const figuresOf = (texts: readonly string[]) => new Set(texts.flatMap((t) => extractFigures(t, 'vi')));
/** A table cell as a number: "79,9%" → 79.9, "-0,5" → -0.5, "1.234" → 1234; null for text. */
const cellNumber = (text: string): number | null => {
  const t = text.replace(/[%\s]/g, '').replace('−', '-');
  return /^-?[\d.]+(,\d+)?$/.test(t) ? Number(t.replace(/\./g, '').replace(',', '.')) : null;
};
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The map title each theme slide's page prints beside its chart (indicator, period, unit of measure). */
const MAP_TITLES: Record<string, string> = {
  'Công khai theo QCDCCS': 'Bản đồ: Tỷ lệ nội dung công khai đúng hạn, Năm 2024 (%)',
  'Khiếu nại, tố cáo': 'Bản đồ: Tỷ lệ giải quyết đơn thư thuộc thẩm quyền, Năm 2024 (%)',
  'Dịch vụ công trực tuyến': 'Bản đồ: Tỷ lệ hồ sơ nộp trực tuyến, Năm 2024 (%)',
  'Phong trào “Dân vận khéo”': 'Bản đồ: Mô hình “Dân vận khéo” lũy kế, cuối năm 2024 (mô hình)',
};

/**
 * How many pixels of a PDF page show each colour of the theme maps' palette (five sequential classes), rendered at
 * 40 dpi as a PPM, which needs no image library to read. The map's shapes are the only large areas in these colours.
 */
function paletteCoverage(file: string, page: number, colours: readonly string[] = sequentialColours('YlGnBu', 5)): number[] {
  const palette = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  // Without an output root, pdftoppm writes the one page as PPM to stdout.
  const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), file]);
  // P6 header: "P6\n<w> <h>\n255\n", then RGB triples.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  const pixels = ppm.subarray(header[0].length);
  const counts = palette.map(() => 0);
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    palette.forEach(([r = 0, g = 0, b = 0], k) => {
      if (Math.abs((pixels[i] ?? 0) - r) + Math.abs((pixels[i + 1] ?? 0) - g) + Math.abs((pixels[i + 2] ?? 0) - b) <= 24) counts[k] = (counts[k] ?? 0) + 1;
    });
  }
  return counts;
}

async function currentSlideId(page: Page): Promise<string> {
  return (await page.getByTestId('slide').getAttribute('data-slide-id')) ?? '';
}

async function highlightsOf(page: Page): Promise<string[]> {
  const items = page.getByTestId('slide-highlights').getByRole('listitem');
  await expect(items.first()).toBeVisible();
  return items.allTextContents();
}

/** Waits for the slide's chart to draw (bars, lines and labels in its SVG) and returns its texts. */
async function chartTexts(page: Page): Promise<string[]> {
  const chart = page.getByTestId(`slide-${await currentSlideId(page)}-chart`);
  await expect.poll(() => chart.locator('svg path').count(), { timeout: 20_000 }).toBeGreaterThan(10);
  await expect.poll(() => chart.locator('svg text').count()).toBeGreaterThan(5);
  return chart.locator('svg text').allTextContents();
}

/** The slide's chart as a table (the "view as table" toggle): header texts and rows of cell texts. */
async function tableOf(page: Page): Promise<{ headers: string[]; rows: string[][] }> {
  const slide = page.getByTestId('slide');
  await slide.getByRole('button', { name: 'Xem dạng bảng' }).click();
  const table = slide.locator('table.data');
  await expect(table).toBeVisible();
  const headers = await table.locator('thead th').allTextContents();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  await slide.getByRole('button', { name: 'Xem biểu đồ' }).click();
  return { headers: headers.map((h) => h.replace(/[▲▼]/g, '').trim()), rows };
}

test.describe('Briefing mode in a real browser, on the demo upstream systems', () => {
  test('presents every slide on a projector with keys; each highlight quotes its chart', async ({ browser }) => {
    test.setTimeout(180_000);
    // A context of its own (not browser.newPage): axe runs in it below.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto('/trinh-chieu?period=2024');
    await highlightsOf(page);
    await page.getByTestId('start-presenting').click();
    const deck = page.getByTestId('deck');
    await expect(deck).toHaveClass(/presenting/);
    // Full-viewport layout, whether or not the Fullscreen API is used.
    expect(await deck.boundingBox()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });

    const keys = ['ArrowRight', 'PageDown', 'ArrowRight', 'PageDown', 'ArrowRight'];
    const titles: string[] = [];
    for (let i = 0; i < DEFAULT_TITLES.length; i++) {
      if (i > 0) await page.keyboard.press(keys[i - 1] ?? 'ArrowRight');
      await expect(page.getByTestId('slide-counter')).toHaveText(`Trang ${i + 1}/6`);
      titles.push((await page.getByTestId('slide-title').textContent()) ?? '');
      const id = await currentSlideId(page);
      const meta = (await page.getByTestId('slide-meta').textContent()) ?? '';
      expect(meta).toContain('Kỳ báo cáo: Năm 2024');
      expect(meta).toMatch(/Nguồn: .+số liệu đến \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);

      const highlights = await highlightsOf(page);
      const chart = figuresOf(await chartTexts(page));
      await page.waitForTimeout(1500); // let the bars and lines finish their entry before the picture
      await page.screenshot({ path: `${SCREENSHOT_DIR}/briefing-projector-${i + 1}-${id}.png` });
      const table = await tableOf(page);
      const kpis = figuresOf(await page.locator('[data-testid^="slide-kpi-"]').allTextContents());
      const shown = new Set([...table.rows.flat().flatMap((c) => extractFigures(c, 'vi')), ...kpis]);

      // Every number a highlight states is one the slide's table shows...
      for (const h of highlights) for (const f of extractFigures(h, 'vi')) expect(shown, `${f} in "${h}" (${id})`).toContain(f);
      // ...and that table is the chart's data: every row of it has a figure drawn in the chart.
      const rowsInChart = table.rows.filter((row) => row.some((c) => extractFigures(c, 'vi').some((f) => chart.has(f))));
      expect(rowsInChart.length, `${id}: rows of the table drawn in the chart`).toBeGreaterThanOrEqual(table.rows.length - 1);
    }
    expect(titles).toEqual(DEFAULT_TITLES);

    await page.keyboard.press('Home');
    await expect(page.getByTestId('slide-counter')).toHaveText('Trang 1/6');
    await page.keyboard.press('End');
    await expect(page.getByTestId('slide-counter')).toHaveText('Trang 6/6');
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('slide-counter')).toHaveText('Trang 5/6');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('slide-counter')).toHaveText('Trang 4/6');

    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(deck).not.toHaveClass(/presenting/);
    await expect(page.getByTestId('start-presenting')).toBeFocused();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('saves a chosen slide set that survives a reload and a browser restart, and shares it as a link', async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto('/trinh-chieu?period=2024');
    const list = page.getByTestId('slide-list');
    await expect(list.getByRole('listitem')).toHaveCount(6);
    await list.getByRole('button', { name: 'Bỏ Phong trào “Dân vận khéo”' }).click();
    await list.getByRole('button', { name: 'Đưa Dịch vụ công trực tuyến lên' }).click();
    await page.getByLabel('Thêm trang chiếu').selectOption('unit-443');
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    const expected = ['overview', 'disclosure', 'services', 'complaints', 'league', 'unit-443'];
    const order = () => list.getByRole('listitem').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.slideId));
    await expect.poll(order).toEqual(expected);
    await expect(page).toHaveURL(/slides=overview%2Cdisclosure%2Cservices%2Ccomplaints%2Cleague%2Cunit-443/);
    await page.getByRole('button', { name: 'Lưu bộ trang chiếu' }).click();
    await expect(page.getByText('Đã lưu bộ trang chiếu trên máy này.')).toBeVisible();
    await chartTexts(page);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/briefing-desktop.png`, fullPage: true });

    // Without the list in the link, the saved set is used: after a reload...
    await page.goto('/trinh-chieu?period=2024');
    await expect.poll(order).toEqual(expected);
    await page.reload();
    await expect.poll(order).toEqual(expected);
    // ...and after a browser restart (the same profile's storage in a fresh browser context).
    const restarted = await browser.newContext({ storageState: await context.storageState(), viewport: { width: 1440, height: 900 } });
    const again = await restarted.newPage();
    await again.goto('/trinh-chieu?period=2024');
    await expect.poll(() => again.getByTestId('slide-list').getByRole('listitem').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.slideId))).toEqual(expected);
    await expect(again.getByTestId('slide-counter')).toHaveText('Trang 1/6');

    // The link carries the set to a computer that never saved it, with the period and language.
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toContain('period=2024');
    const stranger = await browser.newContext();
    const other = await stranger.newPage();
    await other.goto(link);
    await expect.poll(() => other.getByTestId('slide-list').getByRole('listitem').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.slideId))).toEqual(expected);
    await other.getByRole('button', { name: 'Trang sau →' }).click();
    await expect(other.getByTestId('slide-title')).toHaveText('Công khai theo QCDCCS');
    expect(errors).toEqual([]);
    await Promise.all([context.close(), restarted.close(), stranger.close()]);
  });

  test('makes the briefing pack: an A4 PDF with a cover, page numbers and the highlights, diacritics intact', async ({ page }, info) => {
    test.setTimeout(180_000);
    const errors = collectConsoleErrors(page);
    await page.goto('/trinh-chieu?period=2024');
    const highlights: string[] = [];
    for (let i = 0; i < DEFAULT_TITLES.length; i++) {
      await expect(page.getByTestId('slide-counter')).toHaveText(`Trang ${i + 1}/6`);
      highlights.push(...(await highlightsOf(page)));
      if (i < DEFAULT_TITLES.length - 1) await page.getByRole('button', { name: 'Trang sau →' }).click();
    }
    const button = page.getByRole('button', { name: 'Tải bộ tài liệu PDF' });
    await expect(button).toBeEnabled();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-giao-ban-2024.pdf');
    const file = info.outputPath('briefing-pack.pdf');
    await download.saveAs(file);
    const status = (await page.getByTestId('pdf-status').textContent()) ?? '';
    const reported = Number(/gồm (\d+) trang/.exec(status)?.[1]);

    const pdfInfo = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo)?.[1]);
    expect(pdfInfo).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // A cover and at least a page per slide; the count the page reported is the file's.
    expect(pages).toBeGreaterThanOrEqual(1 + DEFAULT_TITLES.length);
    expect(pages).toBe(reported);

    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    for (const h of highlights) expect(text, h).toContain(squash(h));
    for (const title of DEFAULT_TITLES) expect(text).toContain(title);
    expect(text).toContain('Thời điểm chốt số liệu');
    expect(text).toContain('Hệ thống báo cáo công tác tiếp công dân, giải quyết KNTC: 16:45 02/12/2026');
    expect(text).toContain('Ngày phát hành');
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Trang ${p}/${pages}`);
    // Every slide page names its period, scope and sources at its foot.
    const perPage = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '2', '-l', String(pages), file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    for (const p of perPage) expect(squash(p)).toMatch(/Kỳ báo cáo: Năm 2024 Phạm vi: .+ Nguồn: .+số liệu đến/);

    // The contents on the cover give the page each slide starts on, and that page opens with the slide's title.
    const cover = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const starts = DEFAULT_TITLES.map((title, i) => Number(new RegExp(`${i + 1}\\. ${escapeRegExp(title)}\\s+(\\d+)`).exec(cover)?.[1]));
    const pageText = (from: number, to = from) => squash(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(from), '-l', String(to), file, '-'], { encoding: 'utf8' }));
    starts.forEach((start, i) => {
      expect(start, DEFAULT_TITLES[i]).toBeGreaterThan(i === 0 ? 1 : (starts[i - 1] ?? 0));
      expect(pageText(start)).toMatch(new RegExp(`^Báo cáo giao ban · Năm 2024 Tỉnh Hà Tĩnh ${escapeRegExp(DEFAULT_TITLES[i] ?? '')}`));
    });
    expect(starts.at(-1)).toBeLessThanOrEqual(pages);

    // Each theme slide carries its map beside the chart, on its own pages: titled with indicator, period and unit of
    // measure, with its legend (classes and how many units each holds) and the note on illustrative boundaries.
    const slidePages = (title: string) => {
      const i = DEFAULT_TITLES.indexOf(title);
      const from = starts[i] ?? 0;
      const to = (starts[i + 1] ?? pages + 1) - 1;
      // A slide takes one or two pages, never more.
      expect(to - from, title).toBeLessThanOrEqual(1);
      return pageText(from, to);
    };
    const legendEntries = (pageContent: string) => pageContent.match(/[\d.,]+ – [\d.,]+( %)? \(\d+\)/g) ?? [];
    for (const [title, mapTitle] of Object.entries(MAP_TITLES)) {
      const slideText = slidePages(title);
      expect(slideText, title).toContain(mapTitle);
      expect(legendEntries(slideText).length, title).toBeGreaterThanOrEqual(4);
      expect(slideText, title).toMatch(/Không có số liệu \(\d+\)/);
      expect(slideText, title).toContain('Ranh giới minh họa, không phải ranh giới chính thức');
      // The demo shapes are made inside OpenStreetMap's outline: the printed map carries its credit.
      expect(slideText, title).toContain('© OpenStreetMap contributors');
    }
    for (const title of ['Tổng quan', 'Bảng xếp hạng đơn vị']) expect(slidePages(title)).not.toContain('Bản đồ:');

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `${SCREENSHOT_DIR}/briefing-pack`]);
    // The districts are drawn in colour: every class of the palette covers more of the theme page than its legend
    // swatch alone (~25 px at 40 dpi); pages without a map show none of these colours.
    DEFAULT_TITLES.forEach((title, i) => {
      const coverage = paletteCoverage(file, starts[i] ?? 0);
      if (title in MAP_TITLES) expect(Math.min(...coverage), `${title}: ${coverage.join(' ')}`).toBeGreaterThan(60);
      else expect(Math.max(...coverage), `${title}: ${coverage.join(' ')}`).toBeLessThan(10);
    });

    // The printed legend is the theme page's own map legend: same classes, same counts.
    for (const [path, testId, title] of [
      ['/dich-vu-cong?period=2024', 'services-map', 'Dịch vụ công trực tuyến'],
      ['/cong-khai?period=2024', 'panel-map', 'Công khai theo QCDCCS'],
    ] as const) {
      await page.goto(path);
      const items = page.locator(`[data-testid=${testId}] .choropleth__legend li`);
      await expect.poll(() => items.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
      const onScreen = (await items.allTextContents()).map(squash).toSorted();
      const printed = [...legendEntries(slidePages(title)), /Không có số liệu \(\d+\)/.exec(slidePages(title))?.[0] ?? ''].toSorted();
      expect(printed, title).toEqual(onScreen);
    }
    expect(errors).toEqual([]);
  });

  test('prints a shape the unit catalogue does not know as no data, grey and hatched, counted in the legend', async ({ page }, info) => {
    test.setTimeout(120_000);
    // A boundary file with one shape more than the catalogue has units (an island off the coast, code 999).
    await page.context().route('**/geo/demo-districts.geojson', async (route) => {
      const original = (await (await route.fetch()).json()) as { features: unknown[] };
      const island = { type: 'Feature', properties: { ma_huyen: '999' }, geometry: { type: 'Polygon', coordinates: [[[106.55, 18.3], [106.75, 18.3], [106.75, 18.5], [106.55, 18.5], [106.55, 18.3]]] } };
      await route.fulfill({ json: { ...original, features: [...original.features, island] } });
    });
    await page.goto('/trinh-chieu?period=2024&slides=services');
    await highlightsOf(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bộ tài liệu PDF' }).click()]);
    const file = info.outputPath('briefing-pack-no-data.pdf');
    await download.saveAs(file);
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Không có số liệu (1)');
    // The 13 districts keep their classes; the extra shape is the no-data grey (with its hatch), not the lowest class.
    expect(Math.min(...paletteCoverage(file, 2))).toBeGreaterThan(60);
    expect(paletteCoverage(file, 2, ['#d9d9d9'])[0]).toBeGreaterThan(25);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', file, `${SCREENSHOT_DIR}/briefing-pack-no-data`]);
  });

  test('still makes the pack when the boundaries cannot be loaded, with a line instead of each map', async ({ page }, info) => {
    test.setTimeout(120_000);
    // On the context, not the page: the demo's service worker (MSW) makes the request the page asked for.
    await page.context().route('**/geo/**', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto('/trinh-chieu?period=2024&slides=services,league');
    await highlightsOf(page);
    const button = page.getByRole('button', { name: 'Tải bộ tài liệu PDF' });
    await expect(button).toBeEnabled();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = info.outputPath('briefing-pack-no-map.pdf');
    await download.saveAs(file);
    await expect(page.getByTestId('pdf-status')).toContainText('Đã tạo tệp PDF');
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    expect(text.match(/Không in được bản đồ do không tải được tệp ranh giới hành chính/g)).toHaveLength(1);
    expect(text).not.toContain('Bản đồ:');
    expect(text).toContain('Tỷ lệ hồ sơ nộp trực tuyến theo đơn vị cấp huyện');
    expect(Math.max(...paletteCoverage(file, 2))).toBeLessThan(10);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', file, `${SCREENSHOT_DIR}/briefing-pack-no-map`]);
  });

  test('downloads a chart’s CSV and XLSX holding exactly the figures on screen, with units and period', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/trinh-chieu?period=2024&slides=overview,complaints');
    const titles = ['Tổng quan', 'Khiếu nại, tố cáo'];
    for (const [index, title] of titles.entries()) {
      await expect(page.getByTestId('slide-title')).toHaveText(title);
      await highlightsOf(page);
      const screen = await tableOf(page);
      const slide = page.getByTestId('slide');

      const [csvDownload] = await Promise.all([page.waitForEvent('download'), slide.getByRole('button', { name: 'Tải CSV' }).click()]);
      expect(csvDownload.suggestedFilename()).toMatch(/^trinh-chieu-[\w-]+-2024\.csv$/);
      const csvText = readFileSync(await csvDownload.path(), 'utf8');
      expect(csvText.charCodeAt(0)).toBe(0xfeff);
      const csv = Papa.parse<string[]>(csvText.slice(1).trim(), { skipEmptyLines: false }).data;
      expect(csv[1]?.[0]).toBe('Kỳ báo cáo: Năm 2024');
      expect(csv[3]?.[0]).toMatch(/^Nguồn: .+số liệu đến/);
      const headerAt = csv.findIndex((r) => r[0] === screen.headers[0]);
      const header = csv[headerAt] ?? [];
      expect(header.length).toBe(screen.headers.length);
      // Units of measure in the headers: "(%)" on rates, "(điểm %)" on changes, counts with their unit.
      expect(header.some((h) => h.endsWith('(%)'))).toBe(true);
      expect(header.some((h) => h.endsWith('(điểm %)'))).toBe(true);
      const csvRows = csv.slice(headerAt + 1).filter((r) => r.some((c) => c !== ''));
      expect(csvRows).toHaveLength(screen.rows.length);

      const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), slide.getByRole('button', { name: 'Tải Excel' }).click()]);
      const sheet = readFirstSheet(readFileSync(await xlsxDownload.path()));
      expect(sheet.get(2)?.get('A')).toBe('Kỳ báo cáo: Năm 2024');
      const xlsxHeaderRow = [...sheet.entries()].find(([, cells]) => cells.get('A') === screen.headers[0])?.[0] ?? 0;
      expect([...(sheet.get(xlsxHeaderRow)?.values() ?? [])]).toEqual(header);

      screen.rows.forEach((cells, r) => {
        const csvRow = csvRows[r] ?? [];
        const xlsxRow = sheet.get(xlsxHeaderRow + 1 + r);
        cells.forEach((cell, c) => {
          const column = String.fromCharCode(65 + c);
          const n = cellNumber(cell);
          if (n === null) {
            expect(csvRow[c], `row ${r} col ${c}`).toBe(cell === '–' ? '' : cell);
            if (cell !== '–') expect(xlsxRow?.get(column)).toBe(cell);
          } else {
            expect(Number(csvRow[c]), `CSV row ${r} col ${c}: ${cell}`).toBe(n);
            expect(xlsxRow?.get(column), `XLSX row ${r} col ${c}: ${cell}`).toBe(n);
          }
        });
      });
      if (index < titles.length - 1) await page.getByRole('button', { name: 'Trang sau →' }).click();
    }
  });

  test('follows the period and the unit chosen anywhere on the page', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = collectConsoleErrors(page);
    await page.goto('/trinh-chieu?period=2024&slides=services,complaints');
    await highlightsOf(page);
    await page.getByRole('combobox', { name: 'Loại kỳ' }).selectOption('quarter');
    await expect(page).toHaveURL(/period=2024-Q4/);
    await expect(page.locator('.slide-period')).toHaveText('Quý IV/2024');
    await expect(page.getByTestId('slide-meta')).toContainText('Kỳ báo cáo: Quý IV/2024');
    await chartTexts(page);

    // Choose a unit in the services table: the charts of every slide highlight it.
    const slide = page.getByTestId('slide');
    await slide.getByRole('button', { name: 'Xem dạng bảng' }).click();
    await slide.locator('table.data tbody tr', { hasText: 'Huyện Can Lộc' }).click();
    await expect(page).toHaveURL(/unit=443/);
    await expect(slide.locator('table.data tbody tr.selected')).toContainText('Huyện Can Lộc');
    await slide.getByRole('button', { name: 'Xem biểu đồ' }).click();
    await chartTexts(page);
    await expect.poll(() => page.locator('[data-testid=slide-services-chart] svg path[fill="#E69F00"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Trang sau →' }).click();
    await expect(page.getByTestId('slide-title')).toHaveText('Khiếu nại, tố cáo');
    await chartTexts(page);
    await expect.poll(() => page.locator('[data-testid=slide-complaints-chart] svg path[fill="#E69F00"]').count()).toBe(1);
    await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('443');
    expect(errors).toEqual([]);
  });

  test('uses the Fullscreen API when asked, and Esc leaves the presentation and the full screen', async ({ page }) => {
    await page.goto('/trinh-chieu?period=2024&slides=services');
    await highlightsOf(page);
    await page.getByRole('button', { name: 'Toàn màn hình' }).click();
    await expect(page.getByTestId('deck')).toHaveClass(/presenting/);
    const supported = await page.evaluate(() => document.fullscreenEnabled);
    if (supported) await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null)).toBe('deck');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('deck')).not.toHaveClass(/presenting/);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  });

  test('has no serious accessibility violations and fits a phone', async ({ page, browser }) => {
    test.setTimeout(120_000);
    await page.goto('/trinh-chieu?period=2024');
    await highlightsOf(page);
    await chartTexts(page);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await phone.goto('/trinh-chieu?period=2024&slides=complaints,overview');
    await highlightsOf(phone);
    await chartTexts(phone);
    await phone.waitForTimeout(1500);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/briefing-phone.png`, fullPage: true });
    await phone.getByTestId('start-presenting').click();
    await expect(phone.getByTestId('deck')).toHaveClass(/presenting/);
    await chartTexts(phone);
    await phone.waitForTimeout(1500);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/briefing-phone-presenting.png` });
    await phone.close();
  });
});
