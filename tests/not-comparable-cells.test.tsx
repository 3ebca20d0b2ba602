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

/** The cells of a unit's row, found through the table's search box (the table is paged). */
async function rowOf(table: HTMLElement, name: string): Promise<string[]> {
  const panel = table.closest('section') as HTMLElement;
  const search = within(panel).getByRole('searchbox');
  await userEvent.clear(search);
  await userEvent.type(search, name);
  const row = await waitFor(() => within(table).getAllByRole('row').find((tr) => tr.textContent?.includes(name)) ?? Promise.reject(new Error(`no row ${name}`)), LONG);
  return within(row).getAllByRole('cell').map((td) => td.textContent ?? '');
}

describe('Cells of units not comparable across the 1 Jul 2025 reform', () => {
  it('say "không so sánh được" in the complaints table for 2025, where the province row keeps its figures', async () => {
    renderApp('/khieu-nai-to-cao?period=2025');
    const table = await tableOf('complaints-ranking');
    const unit = await rowOf(table, 'Phường Thành Sen');
    expect(unit).toContain('không so sánh được');
    // No figure cell of the unit is a bare dash.
    expect(unit.slice(2)).not.toContain('–');
    expect((await rowOf(table, 'Toàn tỉnh')).some((text) => /\d/.test(text))).toBe(true);
  }, 90_000);

  it('say "not comparable" in English', async () => {
    renderApp('/khieu-nai-to-cao?period=2025&lang=en');
    const table = await tableOf('complaints-ranking');
    expect(await rowOf(table, 'Phường Thành Sen')).toContain('not comparable');
  }, 90_000);

  it('leave a period within one unit set untouched: 2025-Q3 has figures for the same unit', async () => {
    renderApp('/khieu-nai-to-cao?period=2025-Q3');
    const table = await tableOf('complaints-ranking');
    const unit = await rowOf(table, 'Phường Thành Sen');
    expect(unit.slice(2).some((text) => /\d/.test(text))).toBe(true);
    expect(unit).not.toContain('không so sánh được');
  }, 90_000);
});
