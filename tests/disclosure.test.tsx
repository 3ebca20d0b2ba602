import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { endpoint } from '../mocks/systems/endpoint';
import { DISCLOSURE_CONTENTS_BY_BASIS } from '../src/domain/disclosure-contents';
import { disclosureByQuarter, summariseDisclosure } from '../src/domain/disclosure-metrics';
import { parsePeriod, quartersOf, type Period } from '../src/domain/period';
import { rateOf, ratio } from '../src/domain/ratio';
import { communeMatrix } from '../src/features/disclosure/commune-matrix';
import { measure, provinceScope, sumDisclosureCounts, unitsScope, indicatorDataOf } from '../src/domain/indicators';
import { scopeTotals } from '../src/features/disclosure/measures';
import { disclosureValues } from '../src/domain/indicators/disclosure-values';
import { formatPercent } from '../src/lib/format';
import { fetchDisclosureReports, fetchDisclosureSummary } from '../src/sources/disclosure/client';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

const LONG = { timeout: 20_000 };
const cfg = testConfig.sources.disclosure;
const p = (key: string) => parsePeriod(key) as Period;

const summaryRows = async () => (await fetchDisclosureSummary(cfg, { from: '2017-Q1', to: '2024-Q4' })).rows;
const reportsOf = async (year: number, districtCode?: string) =>
  (await fetchDisclosureReports(cfg, { from: `${year}-Q1`, to: `${year}-Q4`, districtCode })).reports;

/** Waits for a figure the page prints (not the "–" placeholder). */
async function text(testId: string): Promise<string> {
  const el = await screen.findByTestId(testId, {}, LONG);
  await waitFor(() => expect(el.textContent).toMatch(/\d/), LONG);
  return el.textContent ?? '';
}

/** Switches a chart panel to its table view; returns its rows as maps header → cell text, keyed by the given column. */
async function panelTable(testId: string, key: string): Promise<Map<string, Map<string, string>>> {
  const panel = await screen.findByTestId(testId, {}, LONG);
  await userEvent.click(await within(panel).findByRole('button', { name: 'Xem dạng bảng' }, LONG));
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
    const cells = new Map(within(tr).getAllByRole('cell').map((td, i) => [headers[i] ?? '', td.textContent ?? '']));
    rows.set(cells.get(key) ?? '', cells);
  }
  return rows;
}

describe('Disclosure page against the fake QCDC reporting app', () => {
  it('shows one value per district everywhere: map = ranking = table = drill-down total = domain = Overview KPI', async () => {
    const period = p('2024-Q3');
    const rows = await summaryRows();
    const canLoc = measure('disclosure.onTime', indicatorDataOf({ disclosureRows: rows }), unitsScope(['443']), period).value;
    const expected = formatPercent(canLoc, 'vi');
    // The Overview's own value function, on the same roll-up.
    expect(disclosureValues(rows, new Set(['443'])).onTimeRate(period)).toBe(canLoc);

    renderApp('/cong-khai?period=2024-Q3&unit=443');
    expect(await text('kpi-onTime-value')).toBe(expected);
    expect(screen.getByTestId('disclosure-subtitle').textContent).toBe('Huyện Can Lộc · Quý III/2024');

    const ranking = await panelTable('panel-ranking', 'Mã');
    expect(ranking.get('443')?.get('Nội dung công khai đúng hạn')).toBe(expected);

    const map = screen.getByTestId('panel-map');
    await userEvent.click(await within(map).findByText(/Bảng số liệu \(13 đơn vị\)/, {}, LONG));
    const mapRow = await waitFor(() => {
      const tr = map.querySelector('tr[data-code="443"]');
      expect(tr).not.toBeNull();
      return tr as HTMLElement;
    }, LONG);
    expect(within(mapRow).getAllByRole('cell')[0]?.textContent).toBe(expected);

    // The drill-down adds Can Lộc's communes up to the same share.
    expect(await text('commune-matrix-total-ontime')).toBe(expected);

    cleanup();
    renderApp('/?period=2024-Q3&unit=443');
    expect(await text('kpi-disclosure-ontime-value')).toBe(expected);
  });

  it('adds each district’s communes up to the district roll-up, and the province headline up to the Overview', async () => {
    const rows = await summaryRows();
    const year = p('2022');
    const reports = await reportsOf(2022);
    const communes = communeMatrix(reports, DISCLOSURE_CONTENTS_BY_BASIS, quartersOf(year));
    for (const code of new Set(rows.map((r) => r.districtCode))) {
      const sum = sumDisclosureCounts(communes.filter((c) => c.districtCode === code).map((c) => c.totals));
      expect({ code, ...sum }).toEqual({ code, ...scopeTotals(rows, year, new Set([code])) });
    }
    // The province as the domain tally of every commune report sees it.
    const { byChannel: _channels, ...provinceCounts } = summariseDisclosure(reports, DISCLOSURE_CONTENTS_BY_BASIS).province.counts;
    expect(provinceCounts).toEqual(scopeTotals(rows, year));

    renderApp('/cong-khai?period=2022');
    const headline = await text('kpi-onTime-value');
    expect(headline).toBe(formatPercent(measure('disclosure.onTime', indicatorDataOf({ disclosureRows: rows }), provinceScope([]), year).value, 'vi'));
    cleanup();
    renderApp('/?period=2022');
    expect(await text('kpi-disclosure-ontime-value')).toBe(headline);
  });

  it('measures each quarter of 2023 against its own list: 11 contents before 1 Jul, 14 after', async () => {
    const reports = await reportsOf(2023);
    const communes = new Set(reports.map((r) => r.communeCode)).size;
    const quarters = disclosureByQuarter(reports, DISCLOSURE_CONTENTS_BY_BASIS);
    expect(quarters.map((q) => q.counts.required)).toEqual([11, 11, 14, 14].map((n) => n * communes));
    const onTime = quarters.reduce((s, q) => s + q.counts.publishedOnTime, 0);
    const required = quarters.reduce((s, q) => s + q.counts.required, 0);
    const expected = formatPercent(rateOf(ratio(onTime, required)), 'vi');
    // Computing against 11 contents throughout would give a different (wrong) share.
    expect(formatPercent(onTime / (11 * 4 * communes), 'vi')).not.toBe(expected);

    renderApp('/cong-khai?period=2023');
    expect(await text('kpi-onTime-value')).toBe(expected);
    // The heatmap explains the two lists side by side and offers to show one.
    expect(await screen.findByTestId('heatmap-span-note', {}, LONG)).toHaveTextContent('Pháp lệnh 34/2007');
    const heatmap = screen.getByTestId('panel-heatmap');
    expect(within(heatmap).getByRole('radio', { name: 'Cả hai danh mục' })).toBeChecked();
    const cells = await panelTable('panel-heatmap', 'Mã');
    const header = [...(cells.get('443')?.keys() ?? [])];
    expect(header.filter((h) => h.startsWith('PL'))).toHaveLength(11);
    expect(header.filter((h) => /^L\d/.test(h))).toHaveLength(14);
    // A Law content's province cell counts only the quarters under the Law, as the domain tally does.
    const publicAssets = summariseDisclosure(reports, DISCLOSURE_CONTENTS_BY_BASIS).byContent.find((c) => c.contentCode === 'L10_06');
    expect(publicAssets?.required).toBe(2 * communes);
    expect(cells.get('')?.get('L6')).toBe(formatPercent(rateOf(ratio(publicAssets?.publishedOnTime ?? NaN, publicAssets?.required ?? 0)), 'vi'));
    await userEvent.click(within(heatmap).getByRole('radio', { name: 'Luật 10/2022 (14 nội dung)' }));
    await waitFor(() => expect(within(heatmap).queryAllByRole('columnheader', { name: /^PL\d/ })).toHaveLength(0));
  });

  it('lists the communes that stopped filing or disclosing in the attention panel', async () => {
    renderApp('/cong-khai?period=2024');
    const panel = await screen.findByTestId('panel-attention', {}, LONG);
    const list = await within(panel).findByTestId('attention-list', {}, LONG);
    const items = within(list).getAllByRole('listitem');
    // The three communes of the demo data that stop filing or disclosing come first, at 0 % on time.
    expect(items.slice(0, 3).map((li) => li.getAttribute('data-code'))).toEqual(['18559', '18793', '18751']);
    expect(items[0]?.textContent).toContain('Xã Hương Liên');
    expect(items[0]?.textContent).toContain('Không nộp báo cáo 4/4 quý');
    expect(items[1]?.textContent).toContain('Không công khai nội dung nào 4/4 quý');
    expect(items[2]?.textContent).toContain('Đúng hạn dưới 50%');
    expect(within(panel).getByTestId('attention-count').textContent).toMatch(/^Năm 2024: \d+ xã cần chú ý\.$/);

    // A row selects the commune's district, and the drill-down marks what is missing.
    await userEvent.click(within(list).getByRole('button', { name: /Xã Hương Liên/ }));
    await waitFor(() => expect(window.location.search).toContain('unit=444'));
    const matrix = await screen.findByTestId('commune-matrix', {}, LONG);
    const row = await waitFor(() => {
      const tr = matrix.querySelector<HTMLElement>('tr[data-code="18559"]');
      expect(tr).not.toBeNull();
      return tr as HTMLElement;
    }, LONG);
    // Over the whole year each of the 14 contents reads "no report", 0 of 4 quarters on time.
    expect(within(row).getAllByText('Không nộp báo cáo; 0/4 quý đúng hạn')).toHaveLength(14);
  });

  it('marks on time, late and missing contents of one quarter in the drill-down', async () => {
    const reports = (await reportsOf(2024, '441')).filter((r) => r.quarter === '2024-Q2');
    const late = reports.flatMap((r) => r.items.filter((i) => i.published && !i.onTime)).length;
    const missing = reports.filter((r) => r.filed !== false).flatMap((r) => r.items.filter((i) => !i.published)).length;
    renderApp('/cong-khai?period=2024-Q2&unit=441');
    const matrix = await screen.findByTestId('commune-matrix', {}, LONG);
    expect(within(matrix).queryAllByText('Trễ hạn')).toHaveLength(late);
    expect(within(matrix).queryAllByText('Chưa công khai')).toHaveLength(missing);
    expect(late + missing).toBeGreaterThan(0);
  });

  it('shows a month its quarter, and speaks English when asked', async () => {
    const data = indicatorDataOf({ disclosureRows: await summaryRows() });
    const q3Value = measure('disclosure.onTime', data, provinceScope([]), p('2024-Q3')).value;
    const q3 = formatPercent(q3Value, 'vi');
    renderApp('/cong-khai?period=2024-08');
    expect(await text('kpi-onTime-value')).toBe(q3);
    expect(screen.getByTestId('quarterly-note').textContent).toContain('Quý III/2024');
    cleanup();

    renderApp('/cong-khai?period=2024-Q3&lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Grassroots-democracy disclosure' }, LONG)).toBeInTheDocument();
    expect(await text('kpi-onTime-value')).toBe(formatPercent(q3Value, 'en'));
    expect(await within(await screen.findByTestId('panel-attention', {}, LONG)).findByText(/communes need attention/, {}, LONG)).toBeInTheDocument();
  });

  it('keeps a failing commune-report endpoint inside its panels, and a failing system inside this page’s panels', async () => {
    server.use(http.get(endpoint(cfg.baseUrl, 'bao-cao-quy'), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    renderApp('/cong-khai?period=2024');
    for (const id of ['panel-heatmap', 'panel-attention']) {
      const alert = await within(await screen.findByTestId(id, {}, LONG)).findByRole('alert', {}, LONG);
      expect(alert.textContent).toContain('HTTP 500');
    }
    // The roll-up still feeds the headline, the ranking and the trend.
    expect(await text('kpi-onTime-value')).toMatch(/%$/);
    expect(within(screen.getByTestId('panel-ranking')).queryByRole('alert')).toBeNull();
    expect(within(screen.getByTestId('panel-trend')).queryByRole('alert')).toBeNull();
    cleanup();

    server.use(http.get(endpoint(cfg.baseUrl, '*'), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    renderApp('/cong-khai?period=2024');
    for (const id of ['panel-headline', 'panel-map', 'panel-ranking', 'panel-trend', 'panel-heatmap', 'panel-attention', 'panel-posting']) {
      await within(await screen.findByTestId(id, {}, LONG)).findByRole('alert', {}, LONG);
    }
    expect(screen.getByRole('heading', { level: 1, name: 'Công khai theo QCDCCS' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('selects a unit from the ranking table and shows the legal posting thresholds from the contents list', async () => {
    renderApp('/cong-khai?period=2024');
    const thresholds = await screen.findByTestId('posting-thresholds', {}, LONG);
    expect(thresholds.textContent).toContain('tối thiểu 30 ngày liên tục: nội dung 1–3, 5–12');
    expect(thresholds.textContent).toContain('niêm yết thường xuyên (tính đủ khi còn niêm yết đến hết quý): nội dung 4, 13');
    expect(thresholds.textContent).toContain('luật không quy định thời gian niêm yết tối thiểu: nội dung 14');
    expect(thresholds.textContent).not.toContain('90');
    const ranking = await panelTable('panel-ranking', 'Mã');
    expect(ranking.size).toBe(13);
    const panel = screen.getByTestId('panel-ranking');
    await userEvent.click(within(panel).getByText('Huyện Vũ Quang'));
    await waitFor(() => expect(window.location.search).toContain('unit=441'));
    expect(await screen.findByRole('heading', { name: /Từng xã, từng nội dung: Huyện Vũ Quang/ }, LONG)).toBeInTheDocument();
    // The selected row is highlighted; clicking it again clears the selection.
    await userEvent.click(within(panel).getByText('Huyện Vũ Quang'));
    await waitFor(() => expect(window.location.search).not.toContain('unit='));
  });
});

