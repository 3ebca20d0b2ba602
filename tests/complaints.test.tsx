import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { endpoint } from '../mocks/systems/endpoint';
import type { ComplaintMonth } from '../src/domain/complaints';
import { complaintTotals } from '../src/domain/complaints-metrics';
import { monthsOf, parsePeriod, type Period } from '../src/domain/period';
import { populationOf } from '../src/domain/population';
import { rateOf } from '../src/domain/ratio';
import { complaintValues } from '../src/domain/indicators/value-functions';
import { formatNumber, formatPercent } from '../src/lib/format';
import { fetchComplaintMonths } from '../src/sources/complaints/client';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

const LONG = { timeout: 15_000 };
const YEAR_2019 = parsePeriod('2019') as Period;

async function records2019(): Promise<ComplaintMonth[]> {
  return (await fetchComplaintMonths(testConfig.sources.complaints, { from: '2019-01', to: '2019-12' })).records;
}

const figure = async (id: string) => {
  const el = await screen.findByTestId(`complaints-figure-${id}`, {}, LONG);
  await waitFor(() => expect(el.textContent).toMatch(/\d/), LONG);
  return el.textContent ?? '';
};

/** Switches a chart panel to its table view and returns its cells by row (the key column's text, by default the unit name → cell texts by header). */
async function panelTable(testId: string, keyColumn = 1): Promise<{ headers: string[]; rows: Map<string, Map<string, string>> }> {
  const panel = await screen.findByTestId(testId, {}, LONG);
  const toggle = await within(panel).findByRole('button', { name: 'Xem dạng bảng' }, LONG);
  await userEvent.click(toggle);
  // The data table, not the population-source table some panels carry under the chart.
  const table = await waitFor(() => {
    const found = panel.querySelector<HTMLElement>('.data-table table');
    expect(found).not.toBeNull();
    return found as HTMLElement;
  });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((th) => (th.textContent ?? '').replace(/[▲▼]/g, '').trim());
  const rows = new Map<string, Map<string, string>>();
  for (const tr of within(table).getAllByRole('row').slice(1)) {
    const cells = within(tr).getAllByRole('cell').map((td) => td.textContent ?? '');
    rows.set(cells[keyColumn] ?? '', new Map(headers.map((h, i) => [h, cells[i] ?? ''])));
  }
  return { headers, rows };
}

/** The Vietnamese number the page prints, read back as a number ("1.234" → 1234, "71,7" → 71.7). */
const numberOf = (text: string) => Number(text.replace(/\./g, '').replace(',', '.').replace(/[^\d.-]/g, ''));

describe('Complaints page against the fake complaints system', () => {
  it('shows the same figure for a district in the ranking, its table, the map, the domain function and the Overview KPI', async () => {
    const records = await records2019();
    const kyAnhTown = complaintTotals(records, monthsOf(YEAR_2019), new Set(['449']));
    const per10k = (kyAnhTown.received / (populationOf('449')?.population ?? NaN)) * 10_000;
    const resolution = rateOf(kyAnhTown.resolution);

    renderApp('/khieu-nai-to-cao?period=2019');
    const { rows } = await panelTable('complaints-ranking');
    const row = rows.get('Thị xã Kỳ Anh');
    expect(row?.get('Tổng số đơn')).toBe(formatNumber(kyAnhTown.received, 'vi'));
    expect(row?.get('Đơn/10.000 dân')).toBe(formatNumber(per10k, 'vi', 1));
    expect(row?.get('Tỷ lệ giải quyết')).toBe(formatPercent(resolution, 'vi'));

    // The map's own table (behind its disclosure) prints the same value.
    const map = screen.getByTestId('complaints-map');
    const mapToggle = await within(map).findByText(/Bảng số liệu \(13 đơn vị\)/, {}, LONG);
    await userEvent.click(mapToggle);
    const mapRow = await waitFor(() => {
      const tr = map.querySelector('tr[data-code="449"]');
      expect(tr).not.toBeNull();
      return tr as HTMLElement;
    }, LONG);
    expect(mapRow.textContent).toContain(formatNumber(per10k, 'vi', 1));

    // The province row is the sum of the districts, and the summary shows it.
    const districts = [...rows].filter(([name]) => name !== 'Toàn tỉnh');
    expect(districts).toHaveLength(13);
    const sum = districts.reduce((s, [, cells]) => s + numberOf(cells.get('Tổng số đơn') ?? ''), 0);
    expect(numberOf(rows.get('Toàn tỉnh')?.get('Tổng số đơn') ?? '')).toBe(sum);
    expect(sum).toBe(complaintTotals(records, monthsOf(YEAR_2019)).received);
    expect(numberOf(await figure('received'))).toBe(sum);

    // Clicking the unit's row selects it page-wide: the summary now shows the unit, with the same numbers.
    const rankingTable = screen.getByTestId('complaints-ranking').querySelector('.data-table table') as HTMLElement;
    await userEvent.click(within(rankingTable).getByText('Thị xã Kỳ Anh'));
    await waitFor(() => expect(window.location.search).toContain('unit=449'));
    expect(await screen.findByText('Tổng hợp kỳ báo cáo: Thị xã Kỳ Anh')).toBeInTheDocument();
    expect(screen.getByTestId('complaints-subtitle').textContent).toBe('Thị xã Kỳ Anh · Năm 2019');
    await waitFor(() => expect(screen.getByTestId('complaints-figure-received').textContent).toBe(formatNumber(kyAnhTown.received, 'vi')));
    expect(screen.getByTestId('complaints-figure-resolution').textContent).toBe(formatPercent(resolution, 'vi'));
    expect(screen.getByTestId('complaints-figure-per10k').textContent).toBe(formatNumber(per10k, 'vi', 1));

    // The Overview's KPI for the same unit and period, from its own value functions, agrees.
    const overview = complaintValues(new Map([[2019, records]]), new Set(['449']));
    expect(overview.received(YEAR_2019)).toBe(kyAnhTown.received);
    expect(overview.resolutionRate(YEAR_2019)).toBe(resolution);
    cleanup();
    renderApp('/?period=2019&unit=449');
    const kpi = await screen.findByTestId('kpi-complaints-received-value', {}, LONG);
    await waitFor(() => expect(kpi.textContent).toBe(formatNumber(kyAnhTown.received, 'vi')), LONG);
    expect(screen.getByTestId('kpi-complaints-resolution-value').textContent).toBe(formatPercent(resolution, 'vi'));
  });

  it('makes the 2019 surge in Kỳ Anh town obvious, and selecting it shows its months', async () => {
    const records = await records2019();
    renderApp('/khieu-nai-to-cao?period=2019');
    const notice = await screen.findByTestId('surge-notice', {}, LONG);
    expect(notice.textContent).toContain('Thị xã Kỳ Anh: từ Tháng 5/2019 đến Tháng 8/2019');

    // Worst per 10,000 residents: last of the ranking (lowest first), before the province row.
    const { rows } = await panelTable('complaints-ranking');
    const names = [...rows.keys()];
    expect(names.at(-1)).toBe('Toàn tỉnh');
    expect(names.at(-2)).toBe('Thị xã Kỳ Anh');

    // Highest share of over-level petitions: first row of the quality table.
    const quality = await panelTable('complaints-quality');
    expect([...quality.rows.keys()][0]).toBe('Thị xã Kỳ Anh');

    await userEvent.click(within(notice).getByRole('button', { name: 'Chọn Thị xã Kỳ Anh' }));
    await waitFor(() => expect(window.location.search).toContain('unit=449'));
    const trend = await panelTable('complaints-trend', 0);
    const july = complaintTotals(records, ['2019-07'], new Set(['449'])).received;
    expect(trend.rows.get('T7/19')?.get('Tổng số đơn')).toBe(formatNumber(july, 'vi'));
    for (const month of ['T6/19', 'T7/19', 'T8/19']) {
      const cells = trend.rows.get(month);
      expect(numberOf(cells?.get('Tổng số đơn') ?? '')).toBeGreaterThan(1.5 * numberOf(cells?.get('Cùng kỳ năm trước') ?? ''));
    }
  });

  it('names no surge in a quiet year', async () => {
    renderApp('/khieu-nai-to-cao?period=2018');
    await figure('received');
    expect(screen.queryByTestId('surge-notice')).toBeNull();
  });

  it('shows Vũ Quang’s chair below the legal minimum of reception sessions', async () => {
    renderApp('/khieu-nai-to-cao?period=2019');
    const below = await screen.findByTestId('reception-below', {}, LONG);
    expect(below.textContent).toContain('Huyện Vũ Quang');
    const { rows } = await panelTable('complaints-reception');
    expect(rows.get('Huyện Vũ Quang')?.get('Tối thiểu theo luật')).toBe('24');
    expect(numberOf(rows.get('Huyện Vũ Quang')?.get('Buổi tiếp định kỳ') ?? '')).toBeLessThan(24);
  });

  it('switches the headline to the resolution rate (map and ranking agree) and the comparison to absolute counts', async () => {
    const { records } = await fetchComplaintMonths(testConfig.sources.complaints, { from: '2024-01', to: '2024-12' });
    const kyAnhTown = rateOf(complaintTotals(records, ['2024-07', '2024-08', '2024-09'], new Set(['449'])).resolution);
    renderApp('/khieu-nai-to-cao?period=2024-Q3');
    await figure('received');
    await userEvent.click(within(screen.getByTestId('headline-switch')).getByRole('button', { name: 'Tỷ lệ giải quyết thuộc thẩm quyền' }));
    expect(await screen.findByText('Xếp hạng đơn vị: tỷ lệ giải quyết thuộc thẩm quyền')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Bản đồ tỷ lệ giải quyết thuộc thẩm quyền' })).toBeInTheDocument();
    const map = screen.getByTestId('complaints-map');
    await userEvent.click(await within(map).findByText(/Bảng số liệu/, {}, LONG));
    await waitFor(() => expect(map.querySelector('tr[data-code="449"]')?.textContent).toContain(formatPercent(kyAnhTown, 'vi')), LONG);
    const ranking = await panelTable('complaints-ranking');
    expect(ranking.rows.get('Thị xã Kỳ Anh')?.get('Tỷ lệ giải quyết')).toBe(formatPercent(kyAnhTown, 'vi'));
    await userEvent.click(within(screen.getByTestId('complaints-ranking')).getByRole('button', { name: 'Xem biểu đồ' }));

    const panel = screen.getByTestId('complaints-comparison');
    expect(within(panel).getByTestId('population-note').textContent).toContain('ước tính minh họa cho');
    await userEvent.click(within(panel).getByRole('button', { name: 'Số đơn' }));
    const { headers } = await panelTable('complaints-comparison');
    expect(headers).toContain('Tổng số đơn');
    expect(headers).not.toContain('Đơn/10.000 dân');
    expect(within(panel).queryByTestId('population-note')).toBeNull();
  });

  it('keeps a failing complaints system inside its panels, with a retry that recovers', async () => {
    server.use(http.get(endpoint(testConfig.sources.complaints.baseUrl, '*'), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    renderApp('/khieu-nai-to-cao?period=2019');
    for (const id of ['complaints-summary', 'complaints-ranking', 'complaints-trend', 'complaints-reception', 'complaints-map']) {
      const alert = await within(await screen.findByTestId(id, {}, LONG)).findByRole('alert', {}, LONG);
      expect(alert.textContent).toContain('HTTP 500');
    }
    // The shell, fed by the unit catalogue, still works.
    const unitSelect = screen.getByRole('combobox', { name: 'Đơn vị' });
    await waitFor(() => expect(within(unitSelect).getAllByRole('option').length).toBe(14));

    server.resetHandlers();
    await userEvent.click(within(screen.getByTestId('complaints-summary')).getByRole('button', { name: 'Thử lại' }));
    expect(numberOf(await figure('received'))).toBeGreaterThan(0);
  });

  it('still shows the figures, by unit code, when the unit catalogue fails', async () => {
    server.use(http.get(endpoint(testConfig.sources.units.baseUrl, '*'), () => HttpResponse.json({}, { status: 500 })));
    renderApp('/khieu-nai-to-cao?period=2019');
    const { rows } = await panelTable('complaints-ranking');
    expect(rows.has('449')).toBe(true);
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('speaks English', async () => {
    renderApp('/khieu-nai-to-cao?period=2019&lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Complaints and denunciations' })).toBeInTheDocument();
    expect(await screen.findByText('Petition surges in the period', {}, LONG)).toBeInTheDocument();
  });
});
