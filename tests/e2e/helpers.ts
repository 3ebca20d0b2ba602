import { expect, type Page } from '@playwright/test';

export const SCREENSHOT_DIR = 'test-results/screenshots';

/** Waits for a KPI to show a figure (not the "–" placeholder) and returns its text. */
export async function kpiValue(page: Page, testId: string): Promise<string> {
  const el = page.getByTestId(`${testId}-value`);
  await expect(el).toHaveText(/\d/);
  return (await el.textContent()) ?? '';
}

/** Every console error fails the test: a blank chart usually announces itself there first. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}
