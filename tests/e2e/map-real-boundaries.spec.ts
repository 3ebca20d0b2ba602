import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { SCREENSHOT_DIR } from './helpers';

/**
 * The same build, pointed by its runtime config at the province's real boundaries: the test-only fixture in
 * ../shared (licence unclear, so never committed), converted by the import command into the served folder at test
 * time. The map must draw the 13 real shapes with the colour of each unit's legend class.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = resolve(root, '..', 'shared/fixtures/boundaries/ha-tinh-districts-2019.geojson');
const dist = resolve(root, process.env.E2E_DIST ?? 'dist');
const served = '/test-geo/ha-tinh-districts-2019.geojson';

test.skip(!existsSync(fixture), 'boundary fixture not available');

test.beforeAll(() => {
  const out = resolve(dist, `.${served}`);
  mkdirSync(dirname(out), { recursive: true });
  execFileSync('node', ['scripts/run-ts.mjs', 'scripts/boundaries-import.ts', fixture, '--code-property', 'code', '--out', out, '--expect', '436,437,439,440,441,442,443,444,445,446,447,448,449', '--target-kb', '80'], {
    cwd: root,
    stdio: 'pipe',
  });
});

test('draws the real Hà Tĩnh shapes from config, coloured by the legend of known values', async ({ page }) => {
  await page.route('**/config.json', async (route) => {
    const config = JSON.parse(readFileSync(resolve(dist, 'config.json'), 'utf8'));
    config.boundaries = { url: served, format: 'geojson', codeProperty: 'ma_huyen', illustrative: false };
    await route.fulfill({ json: config });
  });
  await page.goto('/khieu-nai-to-cao?period=2019');
  const map = page.getByTestId('complaints-map');
  const paths = map.locator('path[data-code]');
  await expect(paths).toHaveCount(13);
  // Real boundaries: the "illustrative" notice is gone.
  await expect(map).not.toContainText('Ranh giới minh họa');

  // Each unit's fill equals the swatch of the legend class its value falls in (values read from the map's own table).
  await map.locator('summary', { hasText: /Bảng số liệu/ }).click();
  const rows = map.locator('tr[data-code]');
  await expect(rows).toHaveCount(13);
  const viNumber = (text: string) => Number(text.replace(/[^\d,.-]/g, '').replace(/\./g, '').replace(',', '.'));
  const legend = await map.locator('li[data-kind="class"]').evaluateAll((items) =>
    items.map((li) => ({
      label: li.querySelector('.choropleth__legend-label')?.textContent ?? '',
      colour: getComputedStyle(li.querySelector('.choropleth__swatch') as Element).backgroundColor,
    })),
  );
  expect(legend.length).toBeGreaterThanOrEqual(3);
  const classes = legend.map((c) => {
    const [lo = '', hi = ''] = c.label.split('–');
    return { lower: viNumber(lo), upper: viNumber(hi), colour: c.colour };
  });
  const values = await rows.evaluateAll((trs) => trs.map((tr) => ({ code: tr.getAttribute('data-code') ?? '', text: tr.querySelector('td')?.textContent ?? '' })));
  const fills = new Map(await paths.evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-code') ?? '', p.getAttribute('fill') ?? ''] as [string, string])));
  const hexToRgb = (hex: string) => {
    const n = Number.parseInt(hex.replace('#', ''), 16);
    return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
  };
  let checked = 0;
  for (const { code, text } of values) {
    const value = viNumber(text);
    if (!Number.isFinite(value)) continue;
    // Labels are rounded to one decimal: take the class whose rounded bounds hold the value's rounded text.
    const inClass = classes.filter((c) => value >= c.lower - 0.05 && value <= c.upper + 0.05);
    expect(inClass.length, `${code} ${text}`).toBeGreaterThan(0);
    expect(inClass.map((c) => c.colour), `${code} ${text}`).toContain(hexToRgb(fills.get(code) ?? ''));
    checked++;
  }
  expect(checked).toBe(13);

  const bbox = await map.locator('path[data-code="444"]').boundingBox();
  const city = await map.locator('path[data-code="436"]').boundingBox();
  // Hương Khê (≈1,264 km²) is far larger on screen than Hà Tĩnh city (≈57 km²).
  expect((bbox?.width ?? 0) * (bbox?.height ?? 0)).toBeGreaterThan(10 * (city?.width ?? 1) * (city?.height ?? 1));
  await map.screenshot({ path: `${SCREENSHOT_DIR}/map-real-boundaries.png` });
});
