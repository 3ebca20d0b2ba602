import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { endpoint } from '../mocks/systems/endpoint';
import { monthsOf, parsePeriod, type Period } from '../src/domain/period';
import type { CaseFileMonth } from '../src/domain/procedures';
import { caseFileTotals, countServiceLevels } from '../src/domain/procedures-metrics';
import { rateOf } from '../src/domain/ratio';
import { formatNumber, formatPercent } from '../src/lib/format';
import { fetchCaseFiles, fetchServiceCatalogue } from '../src/sources/procedures/client';
import { SERVICE_CATALOGUE_PATH } from '../src/sources/procedures/wire-schema';
import { renderApp } from './render-app';
import { server } from './setup';
import { testConfig } from './test-config';

const WAIT = { timeout: 15_000 };
const cfg = testConfig.sources.procedures;
const p = (text: string) => parsePeriod(text) as Period;
const pct = (v: number | null) => formatPercent(v, 'vi');
/** The value, or a failure naming what was missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

/** "1.234" → 1234 */
const count = (text: string) => Number(text.replace(/\./g, ''));

async function yearRecords(year: number): Promise<CaseFileMonth[]> {
  return (await fetchCaseFiles(cfg, { from: `${year}-01`, to: `${year}-12` })).records;
}

async function valueOf(testId: string): Promise<string> {
  const el = await screen.findByTestId(`${testId}-value`, {}, WAIT);
  await waitFor(() => expect(el.textContent).not.toBe('–'), WAIT);
  return el.textContent ?? '';
}

/** Switches a chart panel to its table and returns the visible rows as cell texts. */
async function panelTable(testId: string): Promise<string[][]> {
  const panel = await screen.findByTestId(testId, {}, WAIT);
  const toggle = await within(panel).findByRole('button', { name: 'Xem dạng bảng' }, WAIT);
  await userEvent.click(toggle);
  return tableRows(panel);
}

function tableRows(panel: HTMLElement): string[][] {
  return within(panel)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => within(tr).getAllByRole('cell').map((td) => td.textContent ?? ''));
}

/** Every row of a paged table, page by page. */
async function allPages(panel: HTMLElement): Promise<string[][]> {
  const rows = tableRows(panel);
  let next = within(panel).queryByRole('button', { name: 'Trang sau' });
  while (next && !(next as HTMLButtonElement).disabled) {
    await userEvent.click(next);
    rows.push(...tableRows(panel));
    next = within(panel).queryByRole('button', { name: 'Trang sau' });
  }
  return rows;
}

describe('Online public services page against the fake procedure system', () => {
  it('shows the 1,190 level-3 services the province published for 2017, under Decree 43/2011', async () => {
    renderApp('/dich-vu-cong?period=2017');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' })).toBeInTheDocument();
    const headline = await screen.findByTestId('services-levels-headline', {}, WAIT);
    expect(headline.textContent).toContain('mức độ 3 năm 2017: 1.190');
    expect((await screen.findByTestId('services-levels-total-province', {}, WAIT)).textContent).toContain('mức độ 3: 1.190');
    const levels = screen.getByTestId('services-levels');
    expect(within(levels).getByRole('heading', { level: 2 }).textContent).toContain('Nghị định 43/2011/NĐ-CP');
  });

  it('gives a district one figure on the map, in the ranking, in the headline and on the Overview', async () => {
    const period = p('2020');
    const records = await yearRecords(2020);
    const expected = (code: string, which: 'onlineShare' | 'onTime') => pct(rateOf(caseFileTotals(records, monthsOf(period), new Set([code]))[which]));

    const first = renderApp('/dich-vu-cong?period=2020');
    const ranking = await panelTable('services-ranking-district');
    expect(ranking).toHaveLength(13);
    const rankingRow = must(ranking.find((r) => r[0] === '444'));
    expect(rankingRow[1]).toBe('Huyện Hương Khê');
    expect(rankingRow[4]).toBe(expected('444', 'onlineShare'));
    // The counts behind the rate are the pooled counts of the same records.
    const totals = caseFileTotals(records, monthsOf(period), new Set(['444']));
    expect(count(rankingRow[2] as string)).toBe(totals.receivedOnline);
    expect(count(rankingRow[3] as string)).toBe(totals.received);
    // Every district in the ranking agrees with the domain function.
    for (const row of ranking) expect(row[4]).toBe(expected(row[0] as string, 'onlineShare'));

    const map = await screen.findByTestId('services-map');
    const details = await waitFor(() => {
      const el = map.querySelector('details.choropleth__table');
      expect(el).not.toBeNull();
      return el as HTMLDetailsElement;
    }, WAIT);
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const mapRow = await waitFor(() => must(map.querySelector('tr[data-code="444"]')), WAIT);
    expect(within(mapRow as HTMLElement).getAllByRole('cell')[0]?.textContent).toBe(expected('444', 'onlineShare'));

    // The on-time switch changes the map and the rankings together.
    await userEvent.click(screen.getByRole('radio', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' }));
    await waitFor(() => expect(within(map as HTMLElement).getAllByText(/Tỷ lệ hồ sơ giải quyết đúng hạn theo đơn vị cấp huyện/).length).toBeGreaterThan(0));
    const onTimeRow = await waitFor(() => {
      const row = tableRows(screen.getByTestId('services-ranking-district')).find((r) => r[0] === '444');
      expect(row?.[4]).toBe(expected('444', 'onTime'));
      return row;
    });
    expect(onTimeRow?.[4]).toMatch(/%$/);
    await waitFor(() => expect(within(map.querySelector('tr[data-code="444"]') as HTMLElement).getAllByRole('cell')[0]?.textContent).toBe(expected('444', 'onTime')));
    first.unmount();

    const second = renderApp('/dich-vu-cong?period=2020&unit=444');
    expect(await valueOf('services-kpi-online')).toBe(expected('444', 'onlineShare'));
    expect(await valueOf('services-kpi-ontime')).toBe(expected('444', 'onTime'));
    second.unmount();

    renderApp('/?period=2020&unit=444');
    expect(await valueOf('kpi-services-online')).toBe(expected('444', 'onlineShare'));
    expect(await valueOf('kpi-services-ontime')).toBe(expected('444', 'onTime'));
  });

  it('makes the province the sum of the departments and the districts', async () => {
    const period = p('2021-H1');
    const records = await yearRecords(2021);
    renderApp('/dich-vu-cong?period=2021-H1');
    const rows = await panelTable('services-scopes');
    expect(rows.map((r) => r[0])).toEqual(['Sở, ban, ngành', 'UBND cấp huyện', 'Toàn tỉnh']);
    const [dept, dist, province] = rows as [string[], string[], string[]];
    // Columns: scope, received, online, online %, resolved, on time, on-time %, paid, paid %, digitised, digitised %.
    for (const i of [1, 2, 4, 5, 7, 9]) expect(count(province[i] as string)).toBe(count(dept[i] as string) + count(dist[i] as string));
    const all = caseFileTotals(records, monthsOf(period));
    expect(count(province[1] as string)).toBe(all.received);
    expect(province[3]).toBe(pct(rateOf(all.onlineShare)));
    expect(province[6]).toBe(pct(rateOf(all.onTime)));
    expect(await valueOf('services-kpi-received')).toBe(formatNumber(all.received, 'vi'));
    expect(await valueOf('services-kpi-online')).toBe(province[3]);
  });

  it('adds each unit’s services by level up to the province count, in the year’s own scheme', async () => {
    const catalogue = await fetchServiceCatalogue(cfg, 2019);
    const province = countServiceLevels(catalogue.services);
    if (province?.scheme !== 'decree43') throw new Error('2019 reports Decree 43 levels');
    renderApp('/dich-vu-cong?period=2019-Q2');
    const panel = await screen.findByTestId('services-levels', {}, WAIT);
    const districts = await panelTable('services-levels');
    expect(districts).toHaveLength(13);
    await userEvent.click(within(panel).getByRole('radio', { name: 'Sở, ban, ngành' }));
    const departments = await allPages(panel);
    expect(departments).toHaveLength(19);
    // Columns: code, unit, level 1, level 2, level 3, level 4, total.
    const sum = (rows: string[][], column: number) => rows.reduce((s, r) => s + count(r[column] as string), 0);
    for (const [column, level] of [[2, 1], [3, 2], [4, 3], [5, 4]] as const) {
      expect(sum(districts, column) + sum(departments, column)).toBe(province.byLevel[level]);
    }
    expect(sum(districts, 6) + sum(departments, 6)).toBe(province.total);
    expect(screen.getByTestId('services-levels-total-province').textContent).toContain(`mức độ 3: ${formatNumber(province.byLevel[3], 'vi')}`);
  });

  it('switches to full-process and partial services from 2022, never mixed with levels 1–4', async () => {
    renderApp('/dich-vu-cong?period=2022-Q3');
    const panel = await screen.findByTestId('services-levels', {}, WAIT);
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 2 }).textContent).toContain('Nghị định 42/2022/NĐ-CP'), WAIT);
    const toggle = await within(panel).findByRole('button', { name: 'Xem dạng bảng' }, WAIT);
    await userEvent.click(toggle);
    const headers = within(panel).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers.join('|')).toMatch(/Một phần\|Toàn trình/);
    expect(headers.join('|')).not.toMatch(/Mức độ/);
    expect(screen.getByTestId('services-levels-scheme').textContent).toContain('Điều 11 Nghị định 42/2022/NĐ-CP');
    expect((await screen.findByTestId('services-levels-headline', {}, WAIT)).textContent).toMatch(/toàn trình năm 2022: [\d.]+ · một phần: [\d.]+/);
  });

  it('shows 2022-Q1, before Decree 42 took effect on 1 Aug 2022, under Decree 43 levels', async () => {
    renderApp('/dich-vu-cong?period=2022-Q1');
    const panel = await screen.findByTestId('services-levels', {}, WAIT);
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 2 }).textContent).toContain('Nghị định 43/2011/NĐ-CP'), WAIT);
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toContain('2021');
  });

  it('surfaces Hương Khê’s late files in the October 2020 floods and the land department’s 2019 backlog', async () => {
    const first = renderApp('/dich-vu-cong?period=2020');
    const list = await screen.findByTestId('services-anomalies-list', {}, WAIT);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-code'))).toEqual(['444', '444']);
    expect(items[0]?.textContent).toMatch(/^Huyện Hương Khê, Tháng 10\/2020: [\d,]+%/);
    expect(items[0]?.textContent).toContain('Mưa lũ lịch sử tháng 10–11/2020');
    first.unmount();

    renderApp('/dich-vu-cong?period=2019');
    const list2019 = await screen.findByTestId('services-anomalies-list', {}, WAIT);
    await waitFor(() => expect(within(list2019).getAllByRole('listitem').map((li) => li.getAttribute('data-month'))).toEqual(['2019-05', '2019-06', '2019-07', '2019-08']), WAIT);
    expect(within(list2019).getAllByRole('listitem')[0]?.textContent).toContain('Sở Tài nguyên và Môi trường');
  });

  it('selects a district page-wide from a ranking, and marks a department on the page only', async () => {
    renderApp('/dich-vu-cong?period=2024');
    const user = userEvent.setup();
    const ranking = await screen.findByTestId('services-ranking-district');
    await panelTable('services-ranking-district');
    const row = must(within(ranking).getAllByRole('row').find((tr) => tr.textContent?.startsWith('444')));
    await user.click(row);
    await waitFor(() => expect(window.location.search).toContain('unit=444'));
    expect(screen.getByTestId('services-subtitle').textContent).toBe('Huyện Hương Khê · Năm 2024');
    expect(within(screen.getByTestId('services-headline')).getByRole('heading', { level: 2 }).textContent).toContain('Huyện Hương Khê');
    expect(within(screen.getByTestId('services-trend-online')).getByRole('heading', { level: 2 }).textContent).toContain('Huyện Hương Khê');
    await waitFor(() => expect(within(ranking).getAllByRole('row').find((tr) => tr.textContent?.startsWith('444'))?.getAttribute('aria-selected')).toBe('true'));
    expect(screen.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('444');

    const departments = await screen.findByTestId('services-ranking-department');
    await panelTable('services-ranking-department');
    // Nineteen departments fill more than one page: find the land department through the table's search.
    await user.type(within(departments).getByRole('searchbox', { name: 'Tìm trong bảng' }), 'Tài nguyên');
    const land = must(within(departments).getAllByRole('row').find((tr) => tr.textContent?.startsWith('000.00.09.H23')));
    await user.click(land);
    expect(await within(departments).findByText(/Đang đánh dấu: Sở Tài nguyên và Môi trường/)).toBeInTheDocument();
    expect(window.location.search).toContain('unit=444');
    expect(window.location.search).not.toContain('H23');
  });

  it('keeps a failing catalogue inside the levels panel, and a failing system inside its panels', async () => {
    server.use(http.get(endpoint(cfg.baseUrl, SERVICE_CATALOGUE_PATH), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const first = renderApp('/dich-vu-cong?period=2024');
    const levels = await screen.findByTestId('services-levels');
    expect((await within(levels).findByRole('alert', {}, WAIT)).textContent).toContain('HTTP 500');
    expect(await valueOf('services-kpi-online')).toMatch(/%$/);
    expect((await panelTable('services-ranking-district')).length).toBe(13);
    first.unmount();

    server.use(http.get(endpoint(cfg.baseUrl, '*'), () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    renderApp('/dich-vu-cong?period=2024');
    for (const id of ['services-headline', 'services-map', 'services-ranking-district', 'services-ranking-department', 'services-scopes', 'services-trend-online', 'services-trend-ontime', 'services-levels', 'services-payment', 'services-anomalies']) {
      expect((await within(await screen.findByTestId(id)).findByRole('alert', {}, WAIT)).textContent).toContain('HTTP 500');
    }
    expect(screen.getByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('NaN');
  });
});
