import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startDeployment, type Deployment } from './deployment';
import { SCREENSHOT_DIR, collectConsoleErrors, horizontalOverflow } from './helpers';

/*
 * The production build against the demo's upstream systems, which report by the 69 communes and wards from July
 * 2025, with a catalogue that lists them as the province's direct units, each with its population.
 * Ports: E2E_PORT + 20 and + 21.
 */
test.describe.configure({ mode: 'serial' });

const BASE = Number(process.env.E2E_PORT ?? 4173) + 20;
let deployment: Deployment;

test.beforeAll(async () => {
  deployment = await startDeployment({
    port: BASE,
    upstreamPort: BASE + 1,
    config: (c) => ({ ...c, periods: { ...(c.periods as Record<string, string>), lastMonth: '2026-11' } }),
  });
});
test.afterAll(async () => {
  await deployment?.stop();
});

const rows = (page: Page) => page.getByTestId('league-table').locator('tbody tr');
const settled = (page: Page) => page.waitForTimeout(1200);

test('the league table has 69 rows in 2026-Q3, with peer groups in the URL', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectConsoleErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${deployment.url}/xep-hang?period=2026-Q3`);
  await expect(rows(page)).toHaveCount(69, { timeout: 60_000 });
  await expect(page.getByTestId('rankings-subtitle')).toContainText('xã, phường được xếp hạng');
  // Every commune and ward has a population from the catalogue: none is named for lacking one.
  await expect(page.getByTestId('population-note')).toHaveCount(0);
  await page.getByTestId('panel-bump').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('[data-testid=panel-bump-chart] svg path').count()).toBeGreaterThan(10);
  await settled(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/rankings-communes-1920.png`, fullPage: true });

  await page.getByTestId('peer-grouping').selectOption('type');
  await page.getByTestId('peer-group').selectOption('type:phuong');
  await expect(page).toHaveURL(/peers=type/);
  await expect(page).toHaveURL(/peer=type%3Aphuong/);
  await expect(rows(page)).toHaveCount(9);
  await settled(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/rankings-communes-phuong-1920.png`, fullPage: true });
  // A copied link restores the group.
  await page.reload();
  await expect(rows(page)).toHaveCount(9, { timeout: 60_000 });
  expect(errors).toEqual([]);
});

test('across 1 Jul 2025 ranks are not compared, and the page says so', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${deployment.url}/xep-hang?period=2025-Q3`);
  await expect(rows(page)).toHaveCount(69, { timeout: 60_000 });
  await expect(page.getByTestId('continuity-notes')).toContainText('không so sánh');
  await expect(page.locator('[data-change=not-comparable]').first()).toBeVisible();
});

test('at 390 px the table fits the phone with rank and unit in view', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${deployment.url}/xep-hang?period=2026-Q3&peers=type`);
  await expect(rows(page)).toHaveCount(69, { timeout: 60_000 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await settled(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/rankings-communes-390.png` });
  await page.getByTestId('league-table').screenshot({ path: `${SCREENSHOT_DIR}/rankings-communes-table-390.png` });
});

test('a commune page on a phone, printing on one A4 page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${deployment.url}/don-vi/18073?period=2026-Q3&unit=18073`);
  await expect(page.getByRole('heading', { level: 1, name: 'Phường Thành Sen' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('unit-rank')).toContainText('/69', { timeout: 60_000 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await settled(page);
  // Charts mount as they come near the viewport: bring the waterfall in before the full-page shot and the print.
  await page.getByTestId('panel-why').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-testid=panel-why-chart] svg')).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/unit-18073-390.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pdfPath = `${SCREENSHOT_DIR}/unit-18073.pdf`;
  writeFileSync(pdfPath, pdf);
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).toHaveLength(1);
  if (existsSync('/usr/bin/pdftoppm')) execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdfPath, `${SCREENSHOT_DIR}/unit-18073-print`]);
});
