import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { extractFigures } from '../../src/domain/highlights/figures';
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
    expect(text).toContain('Hệ thống báo cáo công tác tiếp công dân, giải quyết KNTC: 16:45 15/01/2025');
    expect(text).toContain('Ngày phát hành');
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Trang ${p}/${pages}`);
    // Every slide page names its period, scope and sources at its foot.
    const perPage = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '2', '-l', String(pages), file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    for (const p of perPage) expect(squash(p)).toMatch(/Kỳ báo cáo: Năm 2024 Phạm vi: .+ Nguồn: .+số liệu đến/);

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `${SCREENSHOT_DIR}/briefing-pack`]);
    expect(errors).toEqual([]);
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
      expect(csvDownload.suggestedFilename()).toMatch(/^trinh-chieu-2024-\w+\.csv$/);
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
