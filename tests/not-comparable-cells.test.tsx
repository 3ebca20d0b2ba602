import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

/*
 * The year 2025 spans the 1 Jul 2025 reform. The complaints system reported its first half by district, which no new
 * unit took over whole: every one of the 69 communes and wards is "not comparable" for the year. A table says so in
 * its cells, in words, so a printed or downloaded table is not read as "no data".
 */
const LONG = { timeout: 30_000 };

async function tableOf(testId: string): Promise<HTMLElement> {
  const panel = await screen.findByTestId(testId, {}, LONG);
  await userEvent.click(await within(panel).findByRole('button', { name: /Xem dạng bảng|View as table/ }, LONG));
  return waitFor(() => panel.querySelector<HTMLElement>('.data-table table') ?? Promise.reject(new Error('no table')), LONG);
}

const rowOf = (table: HTMLElement, name: string) => {
  const row = within(table).getAllByRole('row').find((tr) => tr.textContent?.includes(name));
  if (!row) throw new Error(`no row ${name}`);
  return within(row).getAllByRole('cell').map((td) => td.textContent ?? '');
};

describe('Cells of units not comparable across the 1 Jul 2025 reform', () => {
  it('say "không so sánh được" in the complaints table for 2025, where the province row keeps its figures', async () => {
    renderApp('/khieu-nai-to-cao?period=2025');
    const table = await tableOf('complaints-ranking');
    const unit = await waitFor(() => {
      const cells = rowOf(table, 'Phường Thành Sen');
      expect(cells).toContain('không so sánh được');
      return cells;
    }, LONG);
    // No figure cell of the unit is a bare dash.
    expect(unit.slice(2)).not.toContain('–');
    expect(rowOf(table, 'Toàn tỉnh').some((text) => /\d/.test(text))).toBe(true);
  }, 90_000);

  it('say "not comparable" in English', async () => {
    renderApp('/khieu-nai-to-cao?period=2025&lang=en');
    const table = await tableOf('complaints-ranking');
    await waitFor(() => expect(rowOf(table, 'Phường Thành Sen')).toContain('not comparable'), LONG);
  }, 90_000);

  it('leave a period within one unit set untouched: 2025-Q3 has figures for the same unit', async () => {
    renderApp('/khieu-nai-to-cao?period=2025-Q3');
    const table = await tableOf('complaints-ranking');
    await waitFor(() => expect(rowOf(table, 'Phường Thành Sen').slice(2).some((text) => /\d/.test(text))).toBe(true), LONG);
    expect(rowOf(table, 'Phường Thành Sen')).not.toContain('không so sánh được');
  }, 90_000);
});
