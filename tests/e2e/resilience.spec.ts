import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, watchCsp } from './helpers';

/**
 * Hardening and failure states in a real browser, on the production build served with the deployment's security
 * headers (vite.config.ts `preview.headers`) and the build's <meta> Content-Security-Policy.
 */

const PAGES: ReadonlyArray<[string, string]> = [
  ['/?period=2024', 'panel-complaints'],
  ['/cong-khai?period=2024', 'panel-map'],
  ['/khieu-nai-to-cao?period=2024', 'complaints-map'],
  ['/dich-vu-cong?period=2024', 'services-map'],
  ['/dan-van-kheo?period=2024', 'emulation-registry'],
  ['/xep-hang?period=2024', 'panel-league'],
  ['/don-vi/443?period=2024', 'unit-period'],
  ['/trinh-chieu?period=2024', 'start-presenting'],
];

test.describe('Content-Security-Policy', () => {
  test('is in force, and no page of the dashboard breaks it (charts, maps, demo service worker, exports)', async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto('/?period=2024');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);

    for (const [path, testId] of PAGES) {
      await page.goto(path);
      await expect(page.getByTestId(testId).first()).toBeVisible();
      await expect(page.locator('[aria-busy=true]')).toHaveCount(0, { timeout: 30_000 });
      await page.waitForTimeout(500);
    }
    // A PNG and an XLSX download exercise the blob:, data: and lazy-chunk paths under the policy.
    await page.goto('/khieu-nai-to-cao?period=2024');
    const panel = page.getByTestId('complaints-ranking');
    // Charts mount as they near the viewport and are then fitted to their width: export the chart once it is settled.
    await panel.scrollIntoViewIfNeeded();
    await expect.poll(() => panel.locator('svg path').count()).toBeGreaterThan(12);
    await page.waitForTimeout(1500);
    const png = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'PNG' }).click();
    await png;
    expect(await violations()).toEqual([]);

    // The listener works: an inline script is refused and reported (so the empty list above means something).
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineScriptRan = true';
      document.body.append(s);
    });
    await expect.poll(violations).toContainEqual(expect.stringContaining('script-src'));
    expect(await page.evaluate(() => (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan)).toBeUndefined();
  });
});

test.describe('Failures a reader can act on', () => {
  // The demo's service worker fetches the page's files, where page.route cannot reach: the connection is cut instead.
  test('a page whose code cannot load says so inside the shell, with a reload button; other pages still work', async ({ page, context }) => {
    await page.goto('/?period=2024');
    await expect(page.getByTestId('kpi-complaints-received-value')).toHaveText(/\d/);
    await context.setOffline(true);
    await page.getByRole('navigation').getByRole('link', { name: 'Khiếu nại, tố cáo' }).click();
    const failed = page.getByTestId('page-load-failed');
    await expect(failed).toContainText('Không tải được trang này');
    await expect(failed.getByRole('button', { name: 'Tải lại' })).toBeVisible();
    // The shell stays: navigation and filters are on screen, and another page opens.
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/page-chunk-failed.png` });
    // Pages already loaded keep working.
    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
    await expect(failed).toHaveCount(0);
    // Back online, the reload button brings the page.
    await context.setOffline(false);
    await page.getByRole('navigation').getByRole('link', { name: 'Khiếu nại, tố cáo' }).click();
    await page.getByTestId('page-load-failed').getByRole('button', { name: 'Tải lại' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Khiếu nại, tố cáo' })).toBeVisible();
  });

  test('an Excel download whose code cannot load says so beside the button', async ({ page, context }) => {
    await page.goto('/khieu-nai-to-cao?period=2024');
    const panel = page.getByTestId('complaints-ranking');
    await expect.poll(() => panel.locator('svg path').count()).toBeGreaterThan(12);
    await context.setOffline(true);
    await panel.getByRole('button', { name: 'Tải Excel' }).click();
    await expect(panel.getByTestId('download-failure')).toContainText('Không tải được tệp XLSX');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/xlsx-chunk-failed.png` });
  });

  test('an invalid ?period= in a link is reported, not replaced silently', async ({ page }) => {
    await page.goto('/khieu-nai-to-cao?period=2031-Q7');
    const notice = page.getByTestId('period-notice');
    await expect(notice).toContainText('Kỳ "2031-Q7" trong đường dẫn không hợp lệ');
    await expect(notice).toContainText('Quý III/2026');
    await notice.getByRole('button', { name: 'Đóng' }).click();
    await expect(notice).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('period')).toBeNull();
    await page.goto('/khieu-nai-to-cao?period=2023-Q2');
    await expect(page.getByRole('heading', { level: 1, name: 'Khiếu nại, tố cáo' })).toBeVisible();
    await expect(page.getByTestId('period-notice')).toHaveCount(0);
  });
});

test.describe('A failing system and the briefing pack', () => {
  test('the pack is made with the slides whose systems answered; the cover names the missing ones', async ({ page }, info) => {
    await page.goto('/trinh-chieu?period=2024&demo-fault=complaints:500');
    const status = page.getByTestId('pdf-status');
    await expect(status).toContainText('Tệp PDF sẽ không có', { timeout: 30_000 });
    await expect(status).toContainText('Hệ thống báo cáo công tác tiếp công dân');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bộ tài liệu PDF' }).click()]);
    const file = info.outputPath('pack-with-missing.pdf');
    await download.saveAs(file);
    const cover = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(cover).toContain('Không có trong tài liệu (hệ thống không trả lời)');
    expect(cover).toContain('Khiếu nại, tố cáo (Hệ thống báo cáo công tác tiếp công dân');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, info.outputPath('pack-missing-cover')]);
  });
});
