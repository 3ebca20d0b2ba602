import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { SCREENSHOT_DIR, collectConsoleErrors, horizontalOverflow, kpiValue, seriousA11yViolations } from './helpers';

const CODE = '443';
const UNIT_URL = `/don-vi/${CODE}?period=2024&unit=${CODE}`;

/** The league table's figures for the unit, and the Overview's KPIs for it: what the unit page must repeat. */
async function referenceFigures(page: Page) {
  await page.goto('/xep-hang?period=2024');
  await expect(page.getByTestId(`league-score-${CODE}`)).toHaveText(/\d/);
  const league = { score: (await page.getByTestId(`league-score-${CODE}`).textContent()) ?? '', rank: (await page.getByTestId(`league-rank-${CODE}`).textContent()) ?? '' };
  await page.goto(`/?period=2024&unit=${CODE}`);
  const overview = {
    disclosureOnTime: await kpiValue(page, 'kpi-disclosure-ontime'),
    complaintsResolution: await kpiValue(page, 'kpi-complaints-resolution'),
    servicesOnline: await kpiValue(page, 'kpi-services-online'),
    servicesOnTime: await kpiValue(page, 'kpi-services-ontime'),
  };
  return { league, overview };
}

async function checkUnitPage(page: Page, ref: Awaited<ReturnType<typeof referenceFigures>>) {
  await page.goto(UNIT_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Huyện Can Lộc' })).toBeVisible();
  await expect(page.getByTestId('unit-rank')).toHaveText(`Hạng ${ref.league.rank}/13 · ${ref.league.score} điểm`);
  // The Overview's KPI (theme computation) for the unit prints like the scorecard, apart from the space before %.
  const same = (text: string) => new RegExp(`^${text.replace(/\s/g, '\\s?').replace(/[.,]/g, (c) => `\\${c}`)}$`);
  await expect(page.getByTestId('unit-value-disclosure.onTime')).toHaveText(same(ref.overview.disclosureOnTime));
  await expect(page.getByTestId('unit-value-complaints.resolution')).toHaveText(same(ref.overview.complaintsResolution));
  await expect(page.getByTestId('unit-value-services.online')).toHaveText(same(ref.overview.servicesOnline));
  await expect(page.getByTestId('unit-value-services.onTime')).toHaveText(same(ref.overview.servicesOnTime));
  // The waterfall drew its bars (two stacked bars per step: an invisible base and the step).
  await page.getByTestId('panel-why').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('[data-testid=panel-why-chart] svg path').count()).toBeGreaterThan(12);
  await expect(page.getByTestId('takes-soonest')).toBeVisible();
  await expect(page.getByTestId('communes-best').locator('li')).toHaveCount(3);
  const overflow = await horizontalOverflow(page);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.waitForTimeout(1200);
}

test.describe('Unit page in a real browser, on the demo upstream systems', () => {
  test('at phone size shows the same figures as the league table and the theme computations', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const errors = collectConsoleErrors(page);
    const ref = await referenceFigures(page);
    await checkUnitPage(page, ref);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/unit-443-phone.png`, fullPage: true });
    // Printed from the phone, the chart drawn for a narrow screen still fits the one page.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('at desktop size too, and prints as one A4 page with period, cut-off and sources', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const ref = await referenceFigures(page);
    await checkUnitPage(page, ref);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/unit-443-desktop.png`, fullPage: true });

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-meta')).toBeVisible();
    await expect(page.getByTestId('print-meta')).toContainText('Năm 2024');
    await expect(page.getByTestId('print-meta')).toContainText(/Số liệu đến: .*\d{2}\/\d{2}\/\d{4}/);
    await expect(page.getByTestId('print-meta')).toContainText('Nguồn:');
    await expect(page.getByRole('button', { name: 'In / Print' })).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const pdfPath = `${SCREENSHOT_DIR}/unit-443.pdf`;
    writeFileSync(pdfPath, pdf);
    const pageObjects = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pageObjects).toHaveLength(1);
    if (existsSync('/usr/bin/pdfinfo')) expect(execFileSync('pdfinfo', [pdfPath]).toString()).toMatch(/Pages:\s+1\n/);
    if (existsSync('/usr/bin/pdftoppm')) execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdfPath, `${SCREENSHOT_DIR}/unit-443-print`]);
    expect(errors).toEqual([]);
  });

  test('is reachable from the league table and from the Overview', async ({ page }) => {
    await page.goto('/xep-hang?period=2024');
    await page.getByRole('link', { name: 'Mở trang đơn vị Huyện Can Lộc' }).click();
    await expect(page).toHaveURL(new RegExp(`/don-vi/${CODE}\\?period=2024&unit=${CODE}`));
    await expect(page.getByTestId('unit-rank')).toBeVisible();
    await page.goto('/?period=2024');
    const first = page.getByTestId('ranking-top').locator('li a').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByTestId('unit-rank')).toContainText('Hạng 1/13');
  });

  test('fits a projector and has no serious accessibility violations', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(UNIT_URL);
    await expect(page.getByTestId('unit-rank')).toBeVisible();
    await page.getByTestId('panel-why').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-testid=panel-why-chart] svg path').count()).toBeGreaterThan(12);
    await expect(page.getByTestId('communes-best').locator('li')).toHaveCount(3);
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/unit-443-projector.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
