import { expect, test } from '@playwright/test';

test.describe('Start-up in a real browser', () => {
  test('a bad runtime config shows an error page naming every wrong field', async ({ page }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { province: { code: 'HT', name: 'Hà Tĩnh' }, demo: 'yes', sources: {} } }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'Cấu hình triển khai không hợp lệ' })).toBeVisible();
    for (const field of ['province.code', 'demo', 'sources.units', 'periods', 'boundaries']) {
      await expect(alert).toContainText(field);
    }
  });

  test('a config file that is not JSON says so', async ({ page }) => {
    await page.route('**/config.json', (route) => route.fulfill({ body: '{ "demo": true,', contentType: 'application/json' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('config.json is not valid JSON');
  });

  test('the shell is on screen before the demo upstream systems answer', async ({ page }) => {
    // Hold back the demo chunk (MSW and the generators): the page must render without it, then fill in.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/browser-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/?period=2024');
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
    await expect(page.getByTestId('panel-complaints')).toContainText('Đang tải số liệu');
    await expect(page.getByTestId('kpi-emulation-models-value')).toHaveCount(0);
    release();
    await expect(page.getByTestId('kpi-emulation-models-value')).toHaveText(/\d/);
  });
});
