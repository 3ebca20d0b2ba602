import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR, collectConsoleErrors, horizontalOverflow, seriousA11yViolations } from './helpers';

const FAULTS = 'complaints:unknown-unit,procedures:implausible,emulation:implausible';

test.describe('Data-quality page in a real browser, with systems sending bad records', () => {
  test('lists every record left out, by system, with unit, period, field, value and rule', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(`/chat-luong-du-lieu?period=2023&demo-fault=${FAULTS}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Chất lượng dữ liệu' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Chất lượng dữ liệu' })).toHaveAttribute('aria-current', 'page');

    const complaints = page.getByTestId('data-quality-complaints');
    await expect(complaints.locator('tbody tr')).toHaveCount(12);
    await expect(complaints.locator('tbody tr').first()).toContainText('499');
    await expect(complaints.locator('tbody tr').first()).toContainText('ma_don_vi');
    const procedures = page.getByTestId('data-quality-procedures');
    await expect(procedures.locator('tbody tr')).toHaveCount(2);
    await expect(procedures).toContainText('thanhToanTrucTuyen');
    await expect(procedures).toContainText('Huyện Cẩm Xuyên');
    const emulation = page.getByTestId('data-quality-emulation');
    await expect(emulation).toContainText('nam_tieu_bieu');
    await expect(emulation).toContainText('≥ 2009');
    await expect(page.getByTestId('data-quality-summary')).toContainText('12 bản ghi bị loại');

    const download = page.waitForEvent('download');
    await complaints.getByRole('button', { name: /CSV/ }).click();
    expect((await download).suggestedFilename()).toBe('chat-luong-du-lieu-complaints-2023.csv');

    await page.screenshot({ path: `${SCREENSHOT_DIR}/data-quality-2023.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('reads on a phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/chat-luong-du-lieu?period=2023&demo-fault=${FAULTS}`);
    await expect(page.getByTestId('data-quality-procedures').locator('tbody tr')).toHaveCount(2);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/data-quality-2023-phone.png`, fullPage: true });
    await page.getByTestId('data-quality-procedures').screenshot({ path: `${SCREENSHOT_DIR}/data-quality-2023-phone-procedures.png` });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('a theme page names the records left out and links to the list', async ({ page }) => {
    await page.goto('/khieu-nai-to-cao?period=2023&demo-fault=complaints:unknown-unit');
    const note = page.getByTestId('complaints-summary').getByTestId('panel-left-out');
    await expect(note).toContainText('499 · 01/2023');
    await page.getByTestId('complaints-summary').screenshot({ path: `${SCREENSHOT_DIR}/complaints-left-out-note.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await note.getByRole('link').click();
    await expect(page).toHaveURL(/\/chat-luong-du-lieu\?period=2023/);
    await expect(page.getByTestId('data-quality-complaints').locator('tbody tr')).toHaveCount(12);
  });
});
